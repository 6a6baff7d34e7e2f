import { EntityManager, IsNull } from 'typeorm';
import { BusinessLinkEntity } from '@app/persistence';
import { hashSecret, newSecret } from './business-link.tokens';

const DAY_MS = 24 * 3600 * 1000;

/** Every link of the case still in force stops working now. */
export async function revokeBusinessLinks(manager: EntityManager, caseId: string, now: Date): Promise<void> {
  await manager.update(BusinessLinkEntity, { caseId, revokedAt: IsNull() }, { revokedAt: now });
}

/** A new link for the business, replacing any earlier one; only its hash is stored. Returns the token. */
export async function issueBusinessLink(
  manager: EntityManager,
  caseId: string,
  ttlDays: number,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  await revokeBusinessLinks(manager, caseId, now);
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + ttlDays * DAY_MS);
  await manager.save(BusinessLinkEntity, { caseId, tokenHash: hashSecret(token), expiresAt });
  return { token, expiresAt };
}
