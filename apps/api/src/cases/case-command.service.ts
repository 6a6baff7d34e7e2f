import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  appendEvent,
  CaseActionError,
  CaseNotifier,
  CaseWorkflowService,
  issueBusinessLink,
  resultReportDueAt,
  revokeBusinessLinks,
  StaffPrincipal,
} from '@app/cases';
import { AppConfig } from '@app/config';
import { CasePartyEntity } from '@app/persistence';
import { CaseQueryService } from './case-query.service';
import { toEventForStaff } from './case.presenter';
import type { StaffActionBody } from './dto/actions/staff-action-bodies';
import { MessageDto, NoteDto } from './dto/case-inputs.dto';
import { CaseDetailDto, CaseEventDto } from './dto/case.dto';

/** Write side of the staff case API. Lifecycle actions go through the workflow (the state machine). */
@Injectable()
export class CaseCommandService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: CaseWorkflowService,
    private readonly queries: CaseQueryService,
    private readonly notifier: CaseNotifier,
    private readonly config: AppConfig,
  ) {}

  /** `body` was validated for `action` (ActionBodyPipe): only that action's fields, typed and bounded. */
  async act(staff: StaffPrincipal, id: string, action: string, body: StaffActionBody): Promise<CaseDetailDto> {
    const { version, ...input } = body;
    const result = await this.workflow.perform(id, action, input, { kind: 'staff', staff }, version);
    // From the committed case itself: the action may have moved it out of the caller's scope.
    const detail = await this.queries.detailOf(staff, result.case);
    return result.businessLinkUrl ? { ...detail, businessLinkUrl: result.businessLinkUrl } : detail;
  }

  async addNote(staff: StaffPrincipal, id: string, { body }: NoteDto): Promise<CaseEventDto> {
    const c = await this.queries.visibleCase(staff, id);
    // A mediator's notes belong to the mediation, confidential to its circle (Art 62.2).
    const mediation = staff.role === 'mediator' || staff.role === 'mediation_admin';
    const event = await this.dataSource.transaction((m) =>
      appendEvent(
        m,
        c.id,
        { kind: 'staff', staff },
        {
          action: 'note',
          fromStatus: null,
          toStatus: null,
          visibility: mediation ? 'confidential' : 'internal',
          detail: { body },
          at: new Date(),
        },
      ),
    );
    return toEventForStaff(event, staff, c);
  }

  async sendMessage(staff: StaffPrincipal, id: string, { to, body }: MessageDto): Promise<CaseEventDto> {
    const c = await this.queries.visibleCase(staff, id);
    const party = await this.dataSource.getRepository(CasePartyEntity).findOneBy({ caseId: c.id, role: to });
    const language = to === 'consumer' ? c.language : 'vi';
    const event = await this.dataSource.transaction(async (m) => {
      const written = await appendEvent(
        m,
        c.id,
        { kind: 'staff', staff },
        {
          action: 'message',
          fromStatus: null,
          toStatus: null,
          visibility: 'public',
          public: { to, body },
          at: new Date(),
        },
      );
      await this.notifier.write(m, [
        {
          messageKey: `event:${written.id}:${to}`,
          caseId: c.id,
          to: { kind: to, email: party?.email, language },
          template: to === 'consumer' ? 'message' : 'message_to_business',
          data: { trackingCode: c.trackingCode, body },
        },
      ]);
      return written;
    });
    return toEventForStaff(event, staff, c);
  }

  /**
   * A new secure link for the business (the old ones for the same purpose stop working); shown once.
   * During negotiation, for it; after it, while its result report is owed (Art 57.5), for the report.
   */
  async reissueBusinessLink(staff: StaffPrincipal, id: string): Promise<{ businessLinkUrl: string; expiresAt: Date }> {
    const now = new Date();
    const { token, expiresAt } = await this.dataSource.transaction(async (m) => {
      const c = await this.queries.visibleCase(staff, id, m, true);
      const purpose =
        c.status === 'negotiation' ? 'negotiation' : (await resultReportDueAt(m, c.id)) ? 'result_report' : null;
      if (!purpose) {
        throw new CaseActionError('invalid_transition', [{ field: 'status', rule: 'not_in_negotiation' }]);
      }
      const issued = await issueBusinessLink(m, c.id, this.config.businessLinkTtlDays, now, purpose);
      await appendEvent(
        m,
        c.id,
        { kind: 'staff', staff },
        {
          action: 'business_link_issued',
          fromStatus: null,
          toStatus: null,
          visibility: 'internal',
          detail: { expiresAt: issued.expiresAt, purpose },
          at: now,
        },
      );
      return issued;
    });
    return { businessLinkUrl: this.notifier.businessLink(token), expiresAt };
  }

  /** Every link of the case stops working now (e.g. a link sent to the wrong address). */
  async revokeLinks(staff: StaffPrincipal, id: string): Promise<void> {
    const c = await this.queries.visibleCase(staff, id);
    const now = new Date();
    await this.dataSource.transaction(async (m) => {
      await revokeBusinessLinks(m, c.id, now);
      await appendEvent(
        m,
        c.id,
        { kind: 'staff', staff },
        {
          action: 'business_link_revoked',
          fromStatus: null,
          toStatus: null,
          visibility: 'internal',
          at: now,
        },
      );
    });
  }
}
