import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { ReportFileFormat } from '@app/reports';

export class ReportFileQuery {
  @ApiProperty({ enum: ['xlsx', 'pdf'], example: 'pdf' })
  @IsIn(['xlsx', 'pdf'])
  format: ReportFileFormat;
}
