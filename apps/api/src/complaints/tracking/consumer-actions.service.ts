import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appendEvent, CaseActionError, CasePrincipal, CaseWorkflowService, toCaseState } from '@app/cases';
import { allowedActions, type CaseStatus, ratingRefusal } from '@app/domain';
import { CaseEntity } from '@app/persistence';
import type { ComplaintViewDto } from '../dto/complaint-view.dto';
import type { RatingDto } from '../dto/rating.dto';
import { ComplaintViewService } from './complaint-view.service';

/** What the consumer does on their case through the access key: lifecycle actions and the final rating. */
@Injectable()
export class ConsumerActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workflow: CaseWorkflowService,
    private readonly views: ComplaintViewService,
  ) {}

  /** `body` was validated for `action` (ActionBodyPipe): only the fields the consumer sent for it. */
  async perform(c: CaseEntity, action: string, body: Record<string, unknown>): Promise<ComplaintViewDto> {
    const result = await this.workflow.perform(c.id, action, body, this.principal(c));
    return this.views.view(result.case);
  }

  async rate(c: CaseEntity, body: RatingDto): Promise<ComplaintViewDto> {
    const now = new Date();
    const rated = await this.dataSource.transaction(async (m) => {
      const locked = await m.findOneOrFail(CaseEntity, { where: { id: c.id }, lock: { mode: 'pessimistic_write' } });
      const refusal = ratingRefusal(locked.status as CaseStatus, locked.rating !== null);
      if (refusal) {
        const allowed = allowedActions(toCaseState(locked), { kind: 'consumer' }, now);
        throw new CaseActionError('invalid_transition', [refusal], {
          status: locked.status,
          version: locked.version,
          allowedActions: allowed,
        });
      }
      locked.rating = body.score;
      locked.ratingComment = body.comment ?? null;
      const saved = await m.save(locked);
      await appendEvent(m, c.id, this.principal(c), {
        action: 'rated',
        fromStatus: null,
        toStatus: null,
        visibility: 'public',
        at: now,
        public: { score: body.score },
        // The comment is for the handling body, not for the business.
        detail: body.comment ? { comment: body.comment } : {},
      });
      return saved;
    });
    return this.views.view(rated, now);
  }

  private principal(c: CaseEntity): CasePrincipal {
    return { kind: 'consumer', caseId: c.id };
  }
}
