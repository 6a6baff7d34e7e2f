import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BREACH_DATA_CATEGORIES,
  BREACH_STATES,
  type BreachDataCategory,
  type BreachState,
} from '@app/domain/personal-data';

export class BreachCaseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'TN-2026-000123', description: 'Null if erased' })
  trackingCode: string | null;
}

export class BreachRecorderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Null if the account is gone' })
  name: string | null;
}

export class BreachDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: BREACH_STATES, description: 'open: authority not notified; notified; closed' })
  state: BreachState;
  @ApiProperty({ format: 'date-time' }) discoveredAt: Date;
  @ApiProperty({ format: 'date-time', description: 'discoveredAt + 72 h (Law 91/2025/QH15 Art 23)' })
  notifyBy: Date;
  @ApiProperty({ description: 'Open and past notifyBy' }) overdue: boolean;
  @ApiProperty({ description: 'The authority was notified after notifyBy' }) notifiedLate: boolean;
  @ApiProperty({ example: 'Law 91/2025/QH15 on Personal Data Protection, Art 23' }) legalBasis: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: Date;
  @ApiProperty({ type: BreachRecorderDto }) recordedBy: BreachRecorderDto;
  @ApiProperty() description: string;
  @ApiProperty({ enum: BREACH_DATA_CATEGORIES, isArray: true }) dataCategories: BreachDataCategory[];
  @ApiPropertyOptional({ type: Number, nullable: true }) approximatePeople: number | null;
  @ApiProperty({ type: [BreachCaseDto] }) cases: BreachCaseDto[];
  @ApiPropertyOptional({ type: String, nullable: true }) consequences: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) measures: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) authorityNotifiedAt: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true }) authorityReference: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) subjectsNotifiedAt: Date | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) closedAt: Date | null;
}

export class BreachListDto {
  @ApiProperty({
    type: [BreachDto],
    description: 'Open first (the nearest notifyBy first), then notified, then closed (latest first)',
  })
  items: BreachDto[];
}
