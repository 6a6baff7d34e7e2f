import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { parsePopulationCsv, type PopulationCsvFailure, populationFailures, toLocalDate } from '@app/domain';
import { CommuneEntity } from '@app/persistence';
import { type ConstraintFailure, RequestValidationError } from '../../common/validation/validation.pipe';
import { CommunePopulationDto, PopulationImportDto, PutCommunePopulationDto } from './dto/commune-population.dto';

const toDto = (c: CommuneEntity): CommunePopulationDto => ({
  code: c.code,
  name: c.name,
  kind: c.kind,
  population: c.population,
  year: c.populationYear,
});

/** The year a figure may be for at the latest: the current one in Viet Nam. */
const currentYear = (now: Date) => Number(toLocalDate(now).slice(0, 4));

/** A failure of the import as a field of the 400: `lines.<n>.<column>`, the message saying the line too. */
function importFailure(f: PopulationCsvFailure): { field: string; constraints: ConstraintFailure[] } {
  if (f.field === 'file') return { field: 'file', constraints: [{ name: f.rule, args: [...f.args] }] };
  const field = f.field === 'line' ? `lines.${f.line}` : `lines.${f.line}.${f.field}`;
  return { field, constraints: [{ name: 'csvLine', args: [f.line, f.rule, ...f.args] }] };
}

/**
 * The communes' population, which admins set from official figures (the province has given none,
 * so none is shipped): one at a time, or a CSV file of all of them, all or nothing. The department's
 * commune table divides by it (complaints per 10,000 inhabitants).
 */
@Injectable()
export class CommunePopulationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<CommunePopulationDto[]> {
    return (await this.communes().find({ order: { code: 'ASC' } })).map(toDto);
  }

  async set(code: string, body: PutCommunePopulationDto, now = new Date()): Promise<CommunePopulationDto> {
    const commune = await this.communes().findOneBy({ code });
    if (!commune) throw new NotFoundException('No commune with this code');
    const failures = populationFailures(body.population, body.year, currentYear(now));
    if (failures.length > 0) {
      throw new RequestValidationError(
        failures.map((f) => ({ field: f.field, constraints: [{ name: f.rule, args: [...f.args] }] })),
      );
    }
    commune.population = body.population;
    commune.populationYear = body.population === null ? null : (body.year ?? null);
    return toDto(await this.communes().save(commune));
  }

  /** Every line checked first; then one statement sets them all, or nothing is stored. */
  async import(text: string | undefined, now = new Date()): Promise<PopulationImportDto> {
    if (text === undefined || text.trim() === '') {
      throw new RequestValidationError([{ field: 'file', constraints: [{ name: 'csvMissing', args: [] }] }]);
    }
    const codes = new Set((await this.communes().find({ select: { code: true } })).map((c) => c.code));
    const result = parsePopulationCsv(text, codes, currentYear(now));
    if (!result.ok) throw new RequestValidationError(result.failures.map(importFailure));
    await this.dataSource.query(
      `UPDATE communes c SET population = v.population, population_year = v.year
         FROM unnest($1::varchar[], $2::integer[], $3::smallint[]) AS v(code, population, year)
        WHERE c.code = v.code`,
      [
        result.rows.map((r) => r.code),
        result.rows.map((r) => r.value?.population ?? null),
        result.rows.map((r) => r.value?.year ?? null),
      ],
    );
    return { imported: result.rows.length, communes: await this.list() };
  }

  private communes() {
    return this.dataSource.getRepository(CommuneEntity);
  }
}
