import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export const BREACH_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type BreachExportFormat = (typeof BREACH_EXPORT_FORMATS)[number];

export class BreachExportQuery {
  @ApiProperty({ enum: BREACH_EXPORT_FORMATS })
  @IsIn(BREACH_EXPORT_FORMATS)
  format: BreachExportFormat;
}
