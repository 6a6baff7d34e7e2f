import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseActionError, isUuid, SessionNotices, staffSeesConfidential, StaffPrincipal } from '@app/cases';
import { toLocalDate } from '@app/domain';
import { CaseEntity, MediationSessionEntity } from '@app/persistence';
import { CaseQueryService } from '../../cases/case-query.service';
import { SessionDto } from './dto/session.dto';
import { toSessionDto } from './session.presenter';

/** A party to the mediation: the consumer (by access key) or the business (by its link). */
export type SessionParty = 'consumer' | 'business';

/**
 * Who reads what of a case's sessions. Everyone who sees the case sees when and where; the
 * attendance and the minutes are confidential (Law 19 Art 62.2) to the mediator, their
 * organisation's mediation admins, and the parties themselves (not system admins).
 */
@Injectable()
export class SessionQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: CaseQueryService,
    private readonly notices: SessionNotices,
  ) {}

  async forStaff(staff: StaffPrincipal, caseId: string): Promise<SessionDto[]> {
    const c = await this.queries.visibleCase(staff, caseId);
    const confidential = staffSeesConfidential(staff, c);
    return (await this.sessionsOf(c.id)).map((s) => toSessionDto(s, confidential));
  }

  /** The consumer (by access key) or the business (by its link): a party to the mediation. */
  async forParty(caseId: string): Promise<SessionDto[]> {
    return (await this.sessionsOf(caseId)).map((s) => toSessionDto(s, true));
  }

  /**
   * One session of the party's case as an .ics to add to a calendar: the invitation the party was
   * emailed (same UID and SEQUENCE, so a calendar keeps one entry), published; never cached.
   * A session of another case, or none: 404.
   */
  async calendarFile(caseId: string, sessionId: string, party: SessionParty): Promise<StreamableFile> {
    const m = this.dataSource.manager;
    const session = isUuid(sessionId) ? await m.findOneBy(MediationSessionEntity, { id: sessionId, caseId }) : null;
    if (!session) throw new CaseActionError('not_found');
    const c = await m.findOneByOrFail(CaseEntity, { id: caseId });
    const ics = Buffer.from(await this.notices.calendarFile(m, c, session, party), 'utf8');
    return new StreamableFile(ics, {
      type: 'text/calendar; charset=utf-8',
      disposition: `attachment; filename="${c.trackingCode}-session-${toLocalDate(session.startsAt)}.ics"`,
      length: ics.length,
    });
  }

  private sessionsOf(caseId: string): Promise<MediationSessionEntity[]> {
    return this.dataSource
      .getRepository(MediationSessionEntity)
      .find({ where: { caseId }, order: { startsAt: 'ASC', createdAt: 'ASC' } });
  }
}
