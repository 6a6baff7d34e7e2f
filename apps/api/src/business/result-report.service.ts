import { GoneException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendEvent, applyCaseState, CaseActionError, meetClocks, resultReportDueAt, toCaseState } from '@app/cases';
import { readResultReport } from '@app/domain';
import { BusinessLinkEntity, CaseEntity } from '@app/persistence';
import { BusinessLinkService } from './business-link.service';
import { ResultReportDto, ResultReportReceiptDto } from './dto/result-report.dto';

/**
 * The business reports the result of the negotiation through the link it negotiated with (Law 19
 * Art 57.5): the report is kept on the case, its clock is met (late too: the escalation stops) and
 * the link stops. One transaction.
 */
@Injectable()
export class ResultReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: BusinessLinkService,
  ) {}

  async report(token: string, body: ResultReportDto): Promise<ResultReportReceiptDto> {
    const link = await this.links.validLink(token, 'result_report');
    const now = new Date();
    return this.dataSource.transaction(async (m) => {
      const c = await m.findOneOrFail(CaseEntity, { where: { id: link.caseId }, lock: { mode: 'pessimistic_write' } });
      // Checked again under the case lock: a concurrent report found it open too.
      if (!(await resultReportDueAt(m, c.id))) throw new GoneException('The result of the negotiation was reported');
      const decision = readResultReport(body, now);
      if (!decision.ok) throw new CaseActionError('rule_violated', decision.details);
      const { report } = decision;
      applyCaseState(c, { ...toCaseState(c), negotiationResult: report }, now);
      const clocks = await meetClocks(m, c.id, 'negotiation_result_reported', now);
      c.nextDueAt = clocks.nextDueAt;
      if (!clocks.overdue) c.overdueSince = null;
      await m.save(c);
      await m.update(BusinessLinkEntity, { id: link.id }, { revokedAt: now });
      // The parties see that the result was reported and which; the summary and money are for staff.
      await appendEvent(
        m,
        c.id,
        { kind: 'business', caseId: c.id },
        {
          action: 'negotiation_result_reported',
          fromStatus: null,
          toStatus: null,
          visibility: 'public',
          public: { result: report.result },
          detail: { ...report },
          at: now,
        },
      );
      return { trackingCode: c.trackingCode, result: report.result, reportedAt: now };
    });
  }
}
