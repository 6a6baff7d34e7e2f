import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FINAL_STATUSES,
  OUTCOME_CODES,
  PURCHASE_CHANNELS,
  STAFF_INTAKE_CHANNELS,
  WEB_INTAKE_CHANNEL,
} from '@app/domain';

const CHANNELS = [WEB_INTAKE_CHANNEL, ...STAFF_INTAKE_CHANNELS];

export class CodeLabelDto {
  @ApiProperty({ description: 'Stable code, for machines' }) code: string;
  @ApiProperty({ description: 'The code in the language asked for (?lang= or Accept-Language)' }) label: string;
}

export class CommuneRefDto {
  @ApiProperty({ example: '05443', description: 'Official GSO code of the commune-level unit (since 1 July 2025)' })
  code: string;
  @ApiProperty({ example: 'Phường Phan Đình Phùng', description: 'Its official name' }) name: string;
}

export class OpenBusinessDto {
  @ApiProperty({ example: 'Công ty TNHH Điện máy Phương Nam', description: 'Name of the business complained about' })
  name: string;
  @ApiProperty({ example: '4600123456', description: 'Its tax code (mã số thuế)' }) taxCode: string;
}

/**
 * One closed complaint, anonymised: no names, contacts, addresses, product or narrative; months, not days.
 * Published only when the consumer consented to publication.
 */
export class OpenComplaintDto {
  @ApiProperty({
    example: '9f2c4e7a1b3d5f60718293a4b5c6d7e8',
    description:
      'Public id of the complaint (32 hex characters): stable across requests and dumps, derived one-way from the internal id ' +
      '(not the tracking code); it cannot be used to find or follow the case',
  })
  id: string;

  @ApiProperty({ type: CodeLabelDto, description: 'Sector of the purchase (GET /reference/sectors)' })
  sector: CodeLabelDto;

  @ApiProperty({ type: CommuneRefDto, description: 'Commune where the complaint was filed (the consumer’s commune)' })
  commune: CommuneRefDto;

  @ApiProperty({
    type: CodeLabelDto,
    description: `How the complaint reached the body; code one of ${CHANNELS.join(', ')}`,
  })
  channel: CodeLabelDto;

  @ApiProperty({
    type: CodeLabelDto,
    description: `Where the consumer bought; code one of ${PURCHASE_CHANNELS.join(', ')}`,
  })
  purchaseChannel: CodeLabelDto;

  @ApiProperty({ example: '2026-02', description: 'Month of receipt, YYYY-MM (Asia/Ho_Chi_Minh); the day is withheld' })
  receivedMonth: string;

  @ApiProperty({ example: '2026-03', description: 'Month of closure, YYYY-MM (Asia/Ho_Chi_Minh)' })
  closedMonth: string;

  @ApiProperty({
    type: CodeLabelDto,
    description: `Final status; code one of ${FINAL_STATUSES.join(', ')}`,
  })
  finalStatus: CodeLabelDto;

  @ApiPropertyOptional({
    type: CodeLabelDto,
    nullable: true,
    description: `Outcome; code one of ${OUTCOME_CODES.join(', ')}; null when none was recorded`,
  })
  outcome: CodeLabelDto | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 1290000,
    description: 'Amount of the purchase in dispute, whole VND, as the consumer stated it; null when not stated',
  })
  amountClaimedVnd: number | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 1290000,
    description: 'Money recovered for the consumer, whole VND (monetary relief only); null otherwise',
  })
  amountRecoveredVnd: number | null;

  @ApiProperty({
    example: 12,
    description:
      'Working days from receipt to closure on the Vietnamese calendar (weekends, public holidays and Tết ' +
      'excluded; Labour Code Arts 111–112)',
  })
  workingDaysToClosure: number;

  @ApiPropertyOptional({
    type: OpenBusinessDto,
    nullable: true,
    description:
      'The business complained about, when it is registered with a tax code; null for sellers without one and ' +
      'for household businesses (hộ kinh doanh), which may be natural persons',
  })
  business: OpenBusinessDto | null;
}

export class OpenComplaintPageDto {
  @ApiProperty({ type: [OpenComplaintDto], description: 'Ordered by closure time, then id' })
  items: OpenComplaintDto[];

  @ApiPropertyOptional({ nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}
