import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { staffSeesConfidential, StaffPrincipal } from '@app/cases';
import { MediationSessionEntity } from '@app/persistence';
import { CaseQueryService } from '../../cases/case-query.service';
import { SessionDto } from './dto/session.dto';
import { toSessionDto } from './session.presenter';

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

  private sessionsOf(caseId: string): Promise<MediationSessionEntity[]> {
    return this.dataSource
      .getRepository(MediationSessionEntity)
      .find({ where: { caseId }, order: { startsAt: 'ASC', createdAt: 'ASC' } });
  }
}
