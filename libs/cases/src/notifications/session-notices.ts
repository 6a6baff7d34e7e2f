import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AppConfig } from '@app/config';
import { sessionEnd, sessionLocation } from '@app/domain';
import { CaseEntity, CasePartyEntity, MediationSessionEntity, OrganisationEntity } from '@app/persistence';
import { CaseNotifier } from './case-notifier';
import { buildIcs, icsAttachment, type IcsInvitation } from './ics';
import type { NotificationRequest } from './notification-request';

export type SessionNoticeKind = 'scheduled' | 'rescheduled' | 'cancelled';

const TEMPLATE = {
  scheduled: 'session_scheduled',
  rescheduled: 'session_rescheduled',
  cancelled: 'session_cancelled',
} as const;

const SUMMARY = {
  vi: (code: string) => `Hòa giải hồ sơ ${code}`,
  en: (code: string) => `Mediation session, case ${code}`,
} as const;

const DESCRIPTION = {
  vi: (code: string) =>
    `Phiên hòa giải hồ sơ ${code} theo Luật Bảo vệ quyền lợi người tiêu dùng 2023 (Điều 61–66). Nội dung hòa giải được giữ bí mật (khoản 2 Điều 62).`,
  en: (code: string) =>
    `Mediation of case ${code} under the 2023 Consumer Protection Law (Articles 61–66). What is said stays confidential (Article 62.2).`,
} as const;

/** The address inside "Name <address>", or the whole value when it is a bare address. */
function mailbox(from: string): string {
  return /<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? from.trim();
}

type Party = CasePartyEntity & { email: string; role: 'consumer' | 'business' };

/**
 * The emails a session change sends to both parties, each with its .ics: a REQUEST (new or
 * changed) or a CANCEL, always the same UID for the session and the session's current SEQUENCE.
 * The key is per session, sequence and party, so deciding the same change twice sends it once.
 */
@Injectable()
export class SessionNotices {
  constructor(
    private readonly notifier: CaseNotifier,
    private readonly config: AppConfig,
  ) {}

  /** `<session id>@<host of PUBLIC_BASE_URL>`: stable for the session, unique to this system. */
  uid(sessionId: string): string {
    return `${sessionId}@${new URL(this.config.publicBaseUrl).hostname}`;
  }

  async requests(
    m: EntityManager,
    c: CaseEntity,
    session: MediationSessionEntity,
    kind: SessionNoticeKind,
    extra: { reason?: string; previousStartsAt?: Date } = {},
  ): Promise<NotificationRequest[]> {
    const parties = (
      await m.find(CasePartyEntity, { where: { caseId: c.id, role: In(['consumer', 'business']) } })
    ).filter((p): p is Party => !!p.email?.trim());
    const organisation = await this.organisationOf(m, c);
    return parties.map((party) => {
      const language = party.role === 'consumer' ? c.language : 'vi';
      // The business learns the consumer's address only if the consumer agreed to share it.
      const attendees = parties.filter(
        (p) => p === party || party.role === 'consumer' || (p.role === 'consumer' && p.contactShared),
      );
      return {
        messageKey: `session:${session.id}:seq${session.icsSequence}:${kind}:${party.role}`,
        caseId: c.id,
        to: { kind: party.role, email: party.email, language },
        template: TEMPLATE[kind],
        data: {
          trackingCode: c.trackingCode,
          sessionAt: session.startsAt,
          durationMinutes: session.durationMinutes,
          place: session.place ?? undefined,
          onlineUrl: session.onlineUrl ?? undefined,
          organisationName: organisation?.name,
          reason: extra.reason,
          previousSessionAt: extra.previousStartsAt,
        },
        attachments: [
          icsAttachment({
            ...this.invitation(c, session, party.role, organisation),
            method: kind === 'cancelled' ? 'cancel' : 'request',
            attendees: attendees.map((p) => ({ name: p.name, email: p.email })),
          }),
        ],
      };
    });
  }

  /**
   * The session as one party's calendar file to download: the event of the invitation it was
   * emailed (same UID, SEQUENCE, summary, description, organiser) as a PUBLISH, which asks no one
   * to reply; a cancelled session as STATUS:CANCELLED, so a calendar that has it marks it so.
   */
  async calendarFile(
    m: EntityManager,
    c: CaseEntity,
    session: MediationSessionEntity,
    role: 'consumer' | 'business',
  ): Promise<string> {
    return buildIcs({
      ...this.invitation(c, session, role, await this.organisationOf(m, c)),
      method: 'publish',
      cancelled: session.status === 'cancelled',
      attendees: [],
    });
  }

  private organisationOf(m: EntityManager, c: CaseEntity): Promise<OrganisationEntity | null> {
    return c.mediationOrgId ? m.findOneBy(OrganisationEntity, { id: c.mediationOrgId }) : Promise.resolve(null);
  }

  /** The event as `role` receives it: in the consumer's language or Vietnamese, the case link for the consumer. */
  private invitation(
    c: CaseEntity,
    session: MediationSessionEntity,
    role: 'consumer' | 'business',
    organisation: OrganisationEntity | null,
  ): Omit<IcsInvitation, 'method' | 'attendees'> {
    const language = role === 'consumer' ? c.language : 'vi';
    const link = role === 'consumer' ? this.notifier.consumerLink(c.trackingCode) : null;
    return {
      uid: this.uid(session.id),
      sequence: session.icsSequence,
      startsAt: session.startsAt,
      endsAt: sessionEnd(session.startsAt, session.durationMinutes),
      summary: SUMMARY[language](c.trackingCode),
      description: [DESCRIPTION[language](c.trackingCode), link].filter(Boolean).join('\n'),
      location: sessionLocation(session),
      url: session.onlineUrl,
      organizer: {
        name: organisation?.name ?? '',
        email: organisation?.email?.trim() || mailbox(this.config.mail.from),
      },
    };
  }
}
