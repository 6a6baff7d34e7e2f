import { ApiProperty } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { STAFF_INTAKE_CHANNELS, type StaffIntakeChannel } from '@app/domain';
import { ComplaintIntakeDto } from './complaint-intake.dto';

/** A complaint staff register for a consumer who called, wrote or came in. */
export class StaffIntakeDto extends ComplaintIntakeDto {
  @ApiProperty({ enum: STAFF_INTAKE_CHANNELS, example: 'phone', description: 'How the complaint reached the body' })
  @IsEnum(STAFF_INTAKE_CHANNELS)
  channel: StaffIntakeChannel;
}
