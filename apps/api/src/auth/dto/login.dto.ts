import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'officer@demo.test' })
  @IsEmail()
  @MaxLength(250)
  email: string;

  @ApiProperty({ example: 'demo-password-2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

export class AccessTokenDto {
  @ApiProperty()
  accessToken: string;

  @ApiProperty({ example: 28800 })
  expiresIn: number;

  @ApiProperty({ example: 'officer' })
  role: string;
}
