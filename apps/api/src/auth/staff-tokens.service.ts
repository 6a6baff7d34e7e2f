import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@app/config';
import type { UserEntity } from '@app/persistence';
import { csrfTokenFor } from '../common/auth/staff-token';
import type { AccessTokenDto } from './dto/login.dto';

/** Issues staff tokens: the account, its current token version, and an id the CSRF value is bound to. */
@Injectable()
export class StaffTokens {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async issue(user: Pick<UserEntity, 'id' | 'role' | 'tokenVersion'>): Promise<AccessTokenDto> {
    const claims = { sub: user.id, ver: user.tokenVersion, jti: randomUUID() };
    const accessToken = await this.jwt.signAsync(claims);
    return {
      accessToken,
      expiresIn: this.config.jwt.ttlSeconds,
      role: user.role,
      csrfToken: csrfTokenFor(this.config.jwt.secret, claims),
    };
  }
}
