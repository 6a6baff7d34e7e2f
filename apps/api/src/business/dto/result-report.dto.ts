import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { REPORTED_RESULTS, type ReportedResult } from '@app/domain';

/** The business's report of how the negotiation ended, through its link (Law 19 Art 57.5). */
export class ResultReportDto {
  @ApiProperty({
    enum: REPORTED_RESULTS,
    example: 'agreement',
    description: 'How the negotiation ended: an agreement, no agreement, or the consumer moved to mediation',
  })
  @IsIn(REPORTED_RESULTS)
  result: ReportedResult;

  @ApiProperty({
    example: 'Đã hoàn lại 1.290.000 đồng cho người tiêu dùng ngày 12/11/2026.',
    description: 'What was agreed and done, or why there was no agreement',
  })
  @IsString()
  @MinLength(5)
  @MaxLength(5000)
  summary: string;

  @ApiPropertyOptional({
    example: 1290000,
    description: 'Money agreed for the consumer, in VND; only with `agreement` (otherwise 422)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  amountVnd?: number;
}

/** The report as received: the link has done its job and stops working. */
export class ResultReportReceiptDto {
  @ApiProperty({ example: 'TN-2026-000123' }) trackingCode: string;
  @ApiProperty({ enum: REPORTED_RESULTS }) result: ReportedResult;
  @ApiProperty({ format: 'date-time' }) reportedAt: Date;
}
