import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';

export class TestMailDto {
  @ApiProperty({ example: 'operator@example.org', description: 'Where to send the test message' })
  @IsEmail()
  @MaxLength(250)
  to: string;
}

export class QueuedDto {
  @ApiProperty()
  jobId: string;
}
