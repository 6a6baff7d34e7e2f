import { EntityManager, MoreThan } from 'typeorm';
import { type CaseEntity, MediationSessionEntity } from '@app/persistence';
import { appendEvent } from './case-event.writer';
import type { CasePrincipal } from './case-principal';
import type { NotificationRequest } from './notifications/notification-request';
import type { SessionNotices } from './notifications/session-notices';

/** Why the sessions still ahead were cancelled: the case left mediation (shown to the parties). */
const REASON = {
  vi: 'Hồ sơ đã kết thúc hòa giải',
  en: 'The mediation of this case has ended',
} as const;

/**
 * When a case leaves mediation for good, its sessions still ahead are cancelled: each gets a
 * timeline event and a CANCEL .ics to both parties, so no calendar keeps a meeting that will not happen.
 */
export async function cancelUpcomingSessions(
  m: EntityManager,
  c: CaseEntity,
  principal: CasePrincipal,
  notices: SessionNotices,
  now: Date,
): Promise<NotificationRequest[]> {
  const upcoming = await m.findBy(MediationSessionEntity, {
    caseId: c.id,
    status: 'scheduled',
    startsAt: MoreThan(now),
  });
  const requests: NotificationRequest[] = [];
  for (const session of upcoming) {
    session.status = 'cancelled';
    session.icsSequence += 1;
    const saved = await m.save(session);
    const reason = REASON[c.language] ?? REASON.vi;
    await appendEvent(m, c.id, principal, {
      action: 'session_cancelled',
      fromStatus: null,
      toStatus: null,
      visibility: 'public',
      public: { sessionId: saved.id, startsAt: saved.startsAt, reason },
      detail: { sequence: saved.icsSequence, cause: 'case_closed' },
      at: now,
    });
    requests.push(...(await notices.requests(m, c, saved, 'cancelled', { reason })));
  }
  return requests;
}
