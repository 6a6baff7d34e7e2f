import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendEvent, CaseActionError, StaffPrincipal } from '@app/cases';
import { CaseQueryService } from '../../cases/case-query.service';

/** Staff take a case's attention flag off (e.g. the settlement was performed after all). */
@Injectable()
export class AttentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: CaseQueryService,
  ) {}

  async clear(staff: StaffPrincipal, id: string): Promise<void> {
    const now = new Date();
    await this.dataSource.transaction(async (m) => {
      const c = await this.queries.visibleCase(staff, id, m, true);
      if (c.attentionReason === null) {
        throw new CaseActionError('invalid_transition', [{ field: 'attentionReason', rule: 'not_flagged' }]);
      }
      // Not a lifecycle change: the version stays.
      await m.query(
        `UPDATE cases SET attention_reason = NULL, attention_since = NULL, updated_at = now() WHERE id = $1`,
        [c.id],
      );
      await appendEvent(
        m,
        c.id,
        { kind: 'staff', staff },
        {
          action: 'attention_cleared',
          fromStatus: null,
          toStatus: null,
          visibility: 'internal',
          detail: { reason: c.attentionReason, since: c.attentionSince },
          at: now,
        },
      );
    });
  }
}
