import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { verify } from '@node-rs/argon2';
import { Repository } from 'typeorm';
import { CaseNotifier } from '@app/cases';
import { AppConfig } from '@app/config';
import { UserEntity } from '@app/persistence';
import { csrfTokenFor, StaffSession } from '../common/auth/staff-token';
import { AccessTokenDto, LoginDto } from './dto/login.dto';
import { StaffSessionDto } from './dto/staff-session.dto';
import type { Language } from '../common/validation/messages';
import { LoginAttempts } from './login-attempts.service';
import { StaffTokens } from './staff-tokens.service';

// Verifying against a fixed hash when the user is unknown (or has no password yet) keeps the
// timing of every refusal alike.
const UNKNOWN_USER_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$J+7fz74QmU8gmJpX6bO4YQ$zyGpmw2U9wvVDYyCsgx5gUg0ElSN1KwlagDGXjah+Nc';

/** Staff sign-in, the session behind a token, renewal and sign-out everywhere. */
@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly tokens: StaffTokens,
    private readonly config: AppConfig,
    private readonly attempts: LoginAttempts,
    private readonly notifier: CaseNotifier,
  ) {}

  /** 401 alike for an unknown email, a wrong password, an inactive account or one without a password yet. */
  // A locked account (failed sign-ins in a row, from any address) answers 429 before any password is
  // checked, known or not, so that the answer tells nothing about which emails have accounts.
  async login({ email, password }: LoginDto, language: Language = 'vi'): Promise<AccessTokenDto> {
    const name = email.trim().toLowerCase();
    await this.attempts.refuseIfLocked(name, language);
    const user = await this.users.findOne({ where: { email: name, active: true } });
    const matches = await verify(user?.passwordHash ?? UNKNOWN_USER_HASH, password).catch(() => false);
    if (!user?.passwordHash || !matches) {
      const firstLock = await this.attempts.failed(name);
      if (firstLock && user) await this.tellOwnerOfLock(user);
      throw new UnauthorizedException('Wrong email or password');
    }
    await this.attempts.succeeded(name);
    return this.tokens.issue(user);
  }

  /** The owner learns of the lock once per streak of failures (issue 12 item 1). */
  private async tellOwnerOfLock(user: UserEntity): Promise<void> {
    await this.notifier.write(this.users.manager, [
      {
        messageKey: `staff:${user.id}:login-locked:${Date.now()}`,
        caseId: null,
        to: { kind: 'staff', email: user.email, language: user.language, userId: user.id },
        template: 'staff_login_locked',
        data: { trackingCode: '', link: `${this.config.publicBaseUrl}/staff/login`, fullName: user.fullName },
      },
    ]);
  }

  async session(session: StaffSession): Promise<StaffSessionDto> {
    const user = await this.users.findOne({ where: { id: session.claims.sub }, relations: { organisation: true } });
    if (!user) throw new UnauthorizedException('Invalid or expired token');
    return {
      user: {
        id: user.id,
        email: user.email,
        fullName: user.fullName,
        role: user.role,
        organisationId: user.organisationId,
        organisationName: user.organisation?.name ?? null,
        supervisor: user.isSupervisor,
        language: user.language,
      },
      csrfToken: csrfTokenFor(this.config.jwt.secret, session.claims),
      expiresAt: new Date(session.claims.exp * 1000).toISOString(),
    };
  }

  /** A fresh token for the signed-in account (the guard has checked the current one). */
  async renew(session: StaffSession): Promise<AccessTokenDto> {
    const user = await this.users.findOneBy({ id: session.claims.sub, active: true });
    if (!user) throw new UnauthorizedException('Invalid or expired token');
    return this.tokens.issue(user);
  }

  /** Ends every token of the account at once: each carries the version this moves past. */
  async logout(session: StaffSession): Promise<void> {
    await this.users.increment({ id: session.claims.sub }, 'tokenVersion', 1);
  }
}
