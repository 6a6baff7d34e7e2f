import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RETENTION_KINDS, type RetentionKind, type RetentionUnit } from '@app/domain';

export class RetentionRuleDto {
  @ApiProperty({ enum: RETENTION_KINDS, example: 'case_personal_data' }) kind: RetentionKind;
  @ApiProperty({ example: 5 }) amount: number;
  @ApiProperty({ enum: ['days', 'years'], example: 'years' }) unit: RetentionUnit;
  @ApiProperty({ example: 'case closed', description: 'What the period runs from' }) from: string;
  @ApiProperty({ example: 'Law 91/2025/QH15 Art 3 (storage limitation)' }) basis: string;
  @ApiProperty({ example: 3, description: 'Items of this kind due now' }) dueNow: number;
}

export class RetentionRunDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) startedAt: Date;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'Null while it runs' })
  finishedAt: Date | null;
  @ApiProperty({
    description: 'Per kind, how many items it anonymised or deleted',
    example: { case_personal_data: 2, evidence_files: 5 },
  })
  counts: Record<string, number>;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The code of the error that stopped it' })
  error: string | null;
}

export class RetentionReportDto {
  @ApiProperty({ type: [RetentionRuleDto], description: 'The policy in force, and what is due now under each rule' })
  policy: RetentionRuleDto[];
  @ApiProperty({ example: 86400, description: 'Seconds between runs of the retention job (RETENTION_INTERVAL)' })
  intervalSeconds: number;
  @ApiProperty({ type: [RetentionRunDto], description: 'The last runs, newest first' })
  runs: RetentionRunDto[];
}
