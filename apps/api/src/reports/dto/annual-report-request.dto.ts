import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** The year whose reporting period (policy; Plan 126/KH-UBND: 15 Nov of the year before – 14 Nov) is reported. */
export class AnnualReportRequestDto {
  @ApiProperty({ example: 2026, minimum: 2024, maximum: 2100, description: 'Year of the report' })
  @Type(() => Number)
  @IsInt()
  // Law 19/2023/QH15 is in force from 1 July 2024: no earlier report is made under it.
  @Min(2024)
  @Max(2100)
  year: number;
}

export class ReportAcceptedDto {
  @ApiProperty({ format: 'uuid', description: 'Follow it at GET /api/v1/reports/{id}' })
  id: string;
}
