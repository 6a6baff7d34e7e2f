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

/** A fresh staff token: the answer to login, renew and a password change. */
export class AccessTokenDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer …`; keep it in memory only' })
  accessToken: string;

  @ApiProperty({ example: 1800, description: 'Seconds the token lives; renew it before' })
  expiresIn: number;

  @ApiProperty({ example: 'officer' })
  role: string;

  @ApiProperty({
    description:
      'Send as `X-CSRF-Token` with a request signed by the cc_staff cookie (same value as the cc_csrf cookie)',
  })
  csrfToken: string;
}
