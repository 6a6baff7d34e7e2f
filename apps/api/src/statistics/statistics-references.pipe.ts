import { Injectable, PipeTransform } from '@nestjs/common';
import { ReferenceCodes } from '@app/cases';
import type { FieldViolation } from '@app/domain';
import { fieldErrors } from '../complaints/field-errors';
import type { StatisticsQueryDto } from './dto/statistics-query.dto';

/** After the global ValidationPipe: the sector and commune filters must name rows of the reference tables. */
@Injectable()
export class StatisticsReferencesPipe<T extends StatisticsQueryDto> implements PipeTransform<T, Promise<T>> {
  constructor(private readonly references: ReferenceCodes) {}

  async transform(query: T): Promise<T> {
    const [sectorKnown, communeKnown] = await Promise.all([
      query.sector === undefined || this.references.isSector(query.sector),
      query.commune === undefined || this.references.isCommune(query.commune),
    ]);
    const violations: FieldViolation[] = [];
    if (!sectorKnown) violations.push({ field: 'sector', rule: 'knownSector' });
    if (!communeKnown) violations.push({ field: 'commune', rule: 'knownCommune' });
    if (violations.length > 0) throw fieldErrors(violations);
    return query;
  }
}
