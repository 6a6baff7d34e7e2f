import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The mediation the consumer asked for, as the business decides on it (Law 19 Art 61). */
export class BusinessMediationDto {
  @ApiProperty({
    example: 'Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thái Nguyên',
    description: 'The mediation organisation the consumer chose (Art 63.1)',
  })
  organisation: string;

  @ApiProperty({ format: 'date-time' })
  requestedAt: Date;

  @ApiPropertyOptional({
    nullable: true,
    format: 'date-time',
    description:
      'When the business agreed; null while its answer is pending (accept or decline with POST /business/{token}/mediation/accept or …/decline)',
  })
  businessConsentAt: Date | null;

  @ApiPropertyOptional({
    nullable: true,
    format: 'date-time',
    description: 'The last moment to answer (policy, 5 working days by default); without an answer the request ends',
  })
  consentDueAt: Date | null;
}
