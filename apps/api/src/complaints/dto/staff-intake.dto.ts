import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional } from 'class-validator';
import { ART_54_2_REASONS, type Art542Reason, STAFF_INTAKE_CHANNELS, type StaffIntakeChannel } from '@app/domain';
import { ComplaintIntakeDto } from './complaint-intake.dto';
import { IsInstant, NotAfterNow } from './instant-validators';

/** A complaint staff register for a consumer who called, wrote or came in. */
export class StaffIntakeDto extends ComplaintIntakeDto {
  @ApiProperty({ enum: STAFF_INTAKE_CHANNELS, example: 'phone', description: 'How the complaint reached the body' })
  @IsEnum(STAFF_INTAKE_CHANNELS)
  channel: StaffIntakeChannel;

  // No example: the documented body registers an ordinary complaint.
  @ApiPropertyOptional({
    enum: ART_54_2_REASONS,
    description:
      'Law 19 Art 54.2, when it is clear at intake: the case harms the national or public interest ' +
      '(public_interest), is illegal or unethical (illegal_or_unethical), or harms many consumers whose ' +
      'number is not fully known (many_unknown_consumers). Negotiation and mediation are then barred: the ' +
      'case can only be transferred, refused or withdrawn. The reason is on the timeline',
  })
  @IsOptional()
  @IsEnum(ART_54_2_REASONS)
  barReason?: Art542Reason;

  @ApiPropertyOptional({
    example: '2026-03-02T09:30:00+07:00',
    description:
      'When the complaint reached the body (a letter received, a call noted on paper), if earlier than ' +
      'this registration; ISO 8601 with its offset, not in the future. The case is received then, and the ' +
      'clocks of reception run from it: triage, and the 7 working days to forward the request to the ' +
      'business (Law 19 Art 57.4). Default: now',
  })
  @IsOptional()
  @IsInstant()
  @NotAfterNow()
  receivedAt?: string;
}
