import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';

/** Who asks for a new access key: the tracking code and the email the complaint was filed with. */
export class KeyRecoveryDto {
  @ApiProperty({ example: 'TN-2026-000123' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @MaxLength(24)
  @Matches(/^[A-Z]{1,6}-\d{4}-\d{6,}$/)
  trackingCode: string;

  @ApiProperty({ example: 'lan@example.vn' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(250)
  @IsEmail()
  email: string;
}

export class KeyRecoveryAnswerDto {
  @ApiProperty({ example: 'accepted' }) status: 'accepted';
}
