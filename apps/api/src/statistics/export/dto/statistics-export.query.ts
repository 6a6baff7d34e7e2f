import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { StatisticsQueryDto } from '../../dto/statistics-query.dto';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `GET /api/v1/statistics/export`: the parameters of GET /statistics, and the file format. */
export class StatisticsExportQueryDto extends StatisticsQueryDto {
  @ApiProperty({
    enum: EXPORT_FORMATS,
    example: 'xlsx',
    description:
      '`csv`: UTF-8 with a BOM (Excel opens the Vietnamese text as is), a header row, one line per row, then the ' +
      'totals; counts and VND as integers, shares as percentages with 1 decimal, durations in working days. `xlsx`: ' +
      'a header block (title, period, grouping, filters, generated at) above the table, with number formats',
  })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;
}
