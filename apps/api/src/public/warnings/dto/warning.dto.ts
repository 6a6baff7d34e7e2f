import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WARNING_KINDS, WARNING_STATUSES, type WarningStatus } from '@app/domain';

export class WarningKindDto {
  @ApiProperty({ enum: WARNING_KINDS, example: 'refusing_warranty' }) code: string;
  @ApiProperty({ example: 'Từ chối bảo hành', description: 'In the language asked for (?lang= or Accept-Language)' })
  label: string;
}

export class WarningCountsDto {
  @ApiProperty({ description: 'Closed complaints against the business, resolved or not, when proposed', example: 7 })
  substantiatedComplaints: number;
  @ApiProperty({ description: 'Of which resolved', example: 4 }) resolved: number;
  @ApiProperty({ description: 'Of which closed without agreement (unresolved)', example: 3 }) unresolved: number;
}

/** What the public sees of a warning: the business, the kind, the summary and the counts. Nothing else. */
export class PublicWarningDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Công ty TNHH Điện máy Phương Nam' }) businessName: string;
  @ApiProperty({ example: '4600123456' }) taxCode: string;
  @ApiProperty({ type: WarningKindDto }) kind: WarningKindDto;
  @ApiProperty({ example: 'Doanh nghiệp nhiều lần từ chối bảo hành sản phẩm còn trong thời hạn bảo hành.' })
  summary: string;
  @ApiProperty({ type: WarningCountsDto }) counts: WarningCountsDto;
  @ApiProperty({ format: 'date-time', example: '2026-03-01T03:00:00.000Z' }) publishedAt: string;
  @ApiProperty({ format: 'date', example: '2026-03-01', description: 'Day of publication (Asia/Ho_Chi_Minh)' })
  publishedOn: string;
  @ApiProperty({
    format: 'date-time',
    example: '2026-03-31T17:00:00.000Z',
    description: 'End of publication: 24:00 (Asia/Ho_Chi_Minh) on the 30th day after publication',
  })
  expiresAt: string;
  @ApiProperty({ format: 'date', example: '2026-03-31', description: 'Last day it is published (Asia/Ho_Chi_Minh)' })
  lastDayOn: string;
}

/** A warning as staff see it: also its status, decisions and the cases behind it (internal only). */
export class WarningDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: WARNING_STATUSES }) status: WarningStatus;
  @ApiProperty() businessName: string;
  @ApiProperty() taxCode: string;
  @ApiProperty({ type: WarningKindDto }) kind: WarningKindDto;
  @ApiProperty() summary: string;
  @ApiProperty({ type: WarningCountsDto }) counts: WarningCountsDto;
  @ApiProperty({ type: [String], description: 'Cases behind the counts (internal, never published)' })
  caseIds: string[];
  @ApiProperty({ format: 'uuid' }) proposedBy: string;
  @ApiProperty({ format: 'date-time' }) proposedAt: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) decidedBy: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Why it was rejected' }) reason: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) expiresAt: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) archivedAt: string | null;
  @ApiProperty({ description: 'Public now: published and not expired (even before the archive sweep runs)' })
  public: boolean;
}
