import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** The token of the emailed link (after `#token=`) and the chosen password. */
export class SetPasswordDto {
  @ApiProperty({ description: 'From the link `/staff/set-password#token=…`' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @ApiProperty({
    minLength: 12,
    maxLength: 200,
    description: 'At least 12 characters, not a common password, not the email',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}
