import { Injectable, StreamableFile } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StaffPrincipal } from '@app/cases';
import type { StatisticsFilters } from '@app/domain';
import { StatisticsQueryService } from '@app/statistics';
import { type FilterNames, statisticsCsv, statisticsExportFilename, statisticsXlsx } from '@app/statistics/export';
import type { Language } from '../../common/validation/messages';
import { statisticsScopeOf } from '../statistics-scope';
import type { StatisticsExportQueryDto } from './dto/statistics-export.query';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The figures of GET /statistics (same roles, scope and parameters) as a CSV or XLSX download. */
@Injectable()
export class StatisticsExportService {
  constructor(
    private readonly statistics: StatisticsQueryService,
    private readonly dataSource: DataSource,
  ) {}

  async export(staff: StaffPrincipal, query: StatisticsExportQueryDto, language: Language): Promise<StreamableFile> {
    const { format, ...statisticsQuery } = query;
    const now = new Date();
    const report = await this.statistics.compute(statisticsQuery, statisticsScopeOf(staff), language, now);
    const bytes =
      format === 'csv'
        ? statisticsCsv(report, language)
        : await statisticsXlsx(report, {
            language,
            generatedAt: now,
            filterNames: await this.filterNames(report.filters, language),
          });
    return new StreamableFile(bytes, {
      type: CONTENT_TYPES[format],
      disposition: `attachment; filename="${statisticsExportFilename(report.period, format)}"`,
      length: bytes.length,
    });
  }

  /** The names of the filtered sector, commune and unit, for the header block's filters in words. */
  private async filterNames(filters: StatisticsFilters, language: Language): Promise<FilterNames> {
    const one = async (sql: string, value: string | undefined) =>
      value === undefined ? undefined : (await this.dataSource.query<{ name: string }[]>(sql, [value]))[0]?.name;
    const [sector, commune, handlingOrg] = await Promise.all([
      one(`SELECT ${language === 'en' ? 'name_en' : 'name_vi'} AS name FROM sectors WHERE code = $1`, filters.sector),
      one(`SELECT name FROM communes WHERE code = $1`, filters.commune),
      one(`SELECT name FROM organisations WHERE id::text = $1`, filters.handlingOrg),
    ]);
    return {
      ...(sector !== undefined && { sector }),
      ...(commune !== undefined && { commune }),
      ...(handlingOrg !== undefined && { handlingOrg }),
    };
  }
}
