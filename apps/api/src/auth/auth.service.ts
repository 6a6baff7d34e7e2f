import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { CookieOptions } from 'express';
import { InjectRepository } from '@nestjs/typeorm';
import { verify } from '@node-rs/argon2';
import { Repository } from 'typeorm';
import { AppConfig } from '@app/config';
import { UserEntity } from '@app/persistence';
import { AccessTokenDto, LoginDto } from './dto/login.dto';

// Verifying against a fixed hash when the user is unknown keeps the timing of both answers alike.
const UNKNOWN_USER_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$J+7fz74QmU8gmJpX6bO4YQ$zyGpmw2U9wvVDYyCsgx5gUg0ElSN1KwlagDGXjah+Nc';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async login({ email, password }: LoginDto): Promise<AccessTokenDto> {
    const user = await this.users.findOne({ where: { email: email.trim().toLowerCase(), active: true } });
    const matches = await verify(user?.passwordHash ?? UNKNOWN_USER_HASH, password).catch(() => false);
    if (!user || !matches) throw new UnauthorizedException('Wrong email or password');
    // The guard reads role and unit from the account on every request, so the token carries only its id.
    const accessToken = await this.jwt.signAsync({ sub: user.id });
    return { accessToken, expiresIn: this.config.jwt.ttlSeconds, role: user.role };
  }

  /** The staff cookie lives as long as the token and reaches only the /admin pages (the queue board). */
  staffCookieOptions(): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'strict',
      path: '/admin',
      secure: this.config.env === 'production',
      maxAge: this.config.jwt.ttlSeconds * 1000,
    };
  }
}
