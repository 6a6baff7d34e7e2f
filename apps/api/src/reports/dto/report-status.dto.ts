import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ReportPeriodDto {
  @ApiProperty({ example: '2025-11-15' })
  from: string;

  @ApiProperty({ example: '2026-11-14' })
  to: string;
}

export class ReportStatusDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['annual'] })
  kind: 'annual';

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ type: ReportPeriodDto })
  period: ReportPeriodDto;

  @ApiProperty({
    enum: ['queued', 'running', 'done', 'failed'],
    description: '`queued` again while a failed attempt waits to be retried (then `error` says why)',
  })
  status: 'queued' | 'running' | 'done' | 'failed';

  @ApiProperty({ minimum: 0, maximum: 100, example: 45 })
  percent: number;

  @ApiPropertyOptional({ description: 'Why the last attempt failed' })
  error?: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({ format: 'date-time' })
  finishedAt?: string;
}
