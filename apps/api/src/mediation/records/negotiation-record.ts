import type { NegotiationResult, StoredRecord } from '@app/domain';
import type { CaseEntity, CaseEventEntity } from '@app/persistence';
import type { NegotiationDetails } from './record-documents';

/**
 * The model has no place for a negotiation: it runs through the business's secure link and the
 * consumer's tracking page, so the record says it was held online through the system.
 */
export const ONLINE_PLACE = 'Trực tuyến qua hệ thống tiếp nhận, giải quyết khiếu nại của người tiêu dùng';

const detail = (e: CaseEventEntity): Record<string, unknown> => (e.data.detail ?? {}) as Record<string, unknown>;
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);
const vnd = (value: unknown): string =>
  typeof value === 'number' && value > 0 ? ` (${value.toLocaleString('vi-VN')} đồng)` : '';

interface Step {
  proposal?: string;
  result?: NegotiationResult;
  resultDetail?: string;
  time?: Date;
}

/** What one timeline event of the negotiation says about its record (nothing for the others). */
function stepOf(e: CaseEventEntity): Step | undefined {
  const d = detail(e);
  switch (e.action) {
    case 'business_respond':
      if (d.type === 'propose_remedy') {
        // A new proposal opens a new round: the earlier result no longer stands.
        return { proposal: `${str(d.description) ?? ''}${vnd(d.amountVnd)}`, result: undefined, time: undefined };
      }
      if (d.type === 'refuse_with_reasons') {
        const reasons = str(d.reasons) ?? '';
        return {
          proposal: `Từ chối: ${reasons}`,
          result: 'rejected',
          resultDetail: 'doanh nghiệp từ chối',
          time: e.at,
        };
      }
      return undefined;
    case 'reject_proposal': {
      const reason = str(d.reason);
      const who = 'người tiêu dùng từ chối đề xuất';
      return { result: 'rejected', resultDetail: reason ? `${who} (${reason})` : who, time: e.at };
    }
    case 'accept_proposal':
      return { result: 'accepted', resultDetail: undefined, time: e.at };
    case 'settle':
      return { result: 'settled', resultDetail: str(d.summary) ?? str(d.outcomeCode), time: e.at };
    default:
      return undefined;
  }
}

/**
 * Art 60 data from the timeline of the last negotiation (from the last forwarding to the business):
 * the business's latest proposal or refusal, and how it ended. Missing parts stay missing.
 */
export function negotiationRecordData(
  c: CaseEntity,
  parties: readonly string[],
  events: readonly CaseEventEntity[],
): StoredRecord<NegotiationDetails> {
  const start = events.map((e) => e.action).lastIndexOf('forward_to_business');
  const complaint = `${c.product}: ${c.description}`;
  if (start < 0) return { parties, content: { complaint } };
  const negotiation = events.slice(start + 1).filter((e) => e.fromStatus === 'negotiation');
  const record = negotiation.reduce<Step>((acc, e) => ({ ...acc, ...stepOf(e) }), {});
  return {
    parties,
    startedAt: events[start].at,
    time: record.time,
    place: ONLINE_PLACE,
    content: { complaint, proposal: record.proposal },
    result: record.result,
    resultDetail: record.resultDetail,
  };
}
