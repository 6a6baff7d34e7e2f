import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash } from '@node-rs/argon2';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '@app/config';
import { CaseNotifier, hashSecret, newSecret } from '@app/cases';
import { passwordRefusals } from '@app/domain';
import { StaffPasswordLinkEntity, UserEntity } from '@app/persistence';
import { passwordFieldsRefused, policyError } from '../common/auth/password-errors';
import type { Language } from '../common/validation/messages';
import { accountError } from './account-errors';

const HOUR_MS = 3_600_000;

/**
 * Set-password links: one is emailed when an admin creates an account or asks for a new one. Only
 * the token's hash is stored; a link works once, until it expires, and a newer one replaces it.
 */
@Injectable()
export class PasswordLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: CaseNotifier,
    private readonly config: AppConfig,
  ) {}

  /**
   * In the caller's transaction: ends the account's earlier links, stores a new one and writes its
   * email to the outbox (the worker sends it once the transaction commits).
   */
  async issue(m: EntityManager, user: UserEntity): Promise<void> {
    await this.revokeOpenLinks(m, user.id);
    const token = newSecret();
    const expiresAt = new Date(Date.now() + this.config.passwordLinkTtlHours * HOUR_MS);
    const link = await m.save(StaffPasswordLinkEntity, { userId: user.id, tokenHash: hashSecret(token), expiresAt });
    await this.notifier.write(m, [
      {
        messageKey: `staff:${user.id}:password-link:${link.id}`,
        caseId: null,
        // Not in the account's in-app list: the body holds the token until it is sent.
        to: { kind: 'staff', email: user.email, language: user.language, userId: null },
        template: 'staff_password_link',
        data: {
          trackingCode: '',
          link: `${this.config.publicBaseUrl}/staff/set-password#token=${encodeURIComponent(token)}`,
          fullName: user.fullName,
          linkExpiresAt: expiresAt,
        },
        containsSecret: true,
      },
    ]);
  }

  /** Links not yet used stop working: a newer one was sent, or the account was deactivated. */
  async revokeOpenLinks(m: EntityManager, userId: string): Promise<void> {
    await m.update(
      StaffPasswordLinkEntity,
      { userId, usedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: () => 'now()' },
    );
  }

  /**
   * Sets the password of the link's account: 410 when the link is unknown, used, expired or
   * replaced (or the account deactivated); 400 when the policy refuses the password, and the link
   * stays usable. Every earlier token of the account stops working.
   */
  async setPassword(token: string, password: string, language: Language): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const link = await m.findOne(StaffPasswordLinkEntity, {
        where: { tokenHash: hashSecret(token) },
        lock: { mode: 'pessimistic_write' },
      });
      const open = link && !link.usedAt && !link.revokedAt && link.expiresAt.getTime() > Date.now();
      const user = open ? await m.findOneBy(UserEntity, { id: link.userId, active: true }) : null;
      if (!link || !user) throw accountError('link_expired', language);
      const refused = policyError('password', passwordRefusals(password, user.email), language);
      if (refused) throw passwordFieldsRefused([refused], language);
      await m.update(
        UserEntity,
        { id: user.id },
        { passwordHash: await hash(password), tokenVersion: () => 'token_version + 1' },
      );
      await m.update(StaffPasswordLinkEntity, { id: link.id }, { usedAt: () => 'now()' });
      await this.revokeOpenLinks(m, user.id);
    });
  }
}
