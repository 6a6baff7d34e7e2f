import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class BusinessCaseViewDto {
  @ApiProperty({ example: 'TN-2026-000123' }) trackingCode: string;
  @ApiProperty() status: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: Date;
  @ApiProperty() sectorCode: string;
  @ApiProperty() product: string;
  @ApiPropertyOptional({ nullable: true }) purchaseDate: string | null;
  @ApiPropertyOptional({ nullable: true }) amountVnd: number | null;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String] }) desiredResolutions: string[];
  @ApiProperty({ description: 'Contact details only when the consumer agreed to share them' })
  consumer: { name: string; email: string | null; phone: string | null };
  @ApiProperty() business: { name: string; taxCode: string | null; shopId: string | null; orderId: string | null };
  @ApiProperty({ type: 'array', items: { type: 'object' } }) timeline: Record<string, unknown>[];
  @ApiPropertyOptional({ nullable: true }) openProposal: Record<string, unknown> | null;
  @ApiProperty({ type: [String] }) allowedActions: string[];
  @ApiProperty({ format: 'date-time' }) linkExpiresAt: Date;
}
