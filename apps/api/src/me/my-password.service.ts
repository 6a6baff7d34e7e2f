import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { DataSource, IsNull } from 'typeorm';
import { passwordRefusals } from '@app/domain';
import { StaffPasswordLinkEntity, UserEntity } from '@app/persistence';
import type { AccessTokenDto } from '../auth/dto/login.dto';
import { StaffTokens } from '../auth/staff-tokens.service';
import {
  currentPasswordWrong,
  passwordFieldsRefused,
  PasswordFieldError,
  policyError,
} from '../common/auth/password-errors';
import type { StaffPrincipal } from '../common/auth/auth.decorators';
import type { Language } from '../common/validation/messages';
import type { ChangePasswordDto } from './dto/change-password.dto';

/** A staff member changes their own password: every other token ends, the caller gets a fresh one. */
@Injectable()
export class MyPasswordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: StaffTokens,
  ) {}

  async change(staff: StaffPrincipal, body: ChangePasswordDto, language: Language): Promise<AccessTokenDto> {
    const user = await this.dataSource.transaction(async (m) => {
      const me = await m.findOne(UserEntity, {
        where: { id: staff.userId, active: true },
        lock: { mode: 'pessimistic_write' },
      });
      if (!me) throw new UnauthorizedException('Invalid or expired token');
      const current = me.passwordHash ? await verify(me.passwordHash, body.currentPassword).catch(() => false) : false;
      const errors = [
        current ? null : currentPasswordWrong(language),
        policyError('newPassword', passwordRefusals(body.newPassword, me.email), language),
      ].filter((e): e is PasswordFieldError => e !== null);
      if (errors.length > 0) throw passwordFieldsRefused(errors, language);
      me.passwordHash = await hash(body.newPassword);
      me.tokenVersion += 1;
      await m.update(UserEntity, { id: me.id }, { passwordHash: me.passwordHash, tokenVersion: me.tokenVersion });
      // A password is set: a set-password link still open is no longer needed.
      await m.update(
        StaffPasswordLinkEntity,
        { userId: me.id, usedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: () => 'now()' },
      );
      return me;
    });
    return this.tokens.issue(user);
  }
}
