import { REFUSAL_GROUNDS, type RefusalGround } from './case-state';
import type { FieldViolation } from './domain-error';
import type { REFUSAL_OUTCOMES } from './outcomes';

export type RefusalOutcome = (typeof REFUSAL_OUTCOMES)[number];

/** Law 19 Art 58: what each ground says, for staff, the API docs and the refusal email. */
export const REFUSAL_GROUND_LABELS: Readonly<Record<RefusalGround, Readonly<Record<'vi' | 'en', string>>>> = {
  a: {
    vi: 'người tiêu dùng là người chưa thành niên, mất hoặc hạn chế năng lực hành vi dân sự mà không có người đại diện',
    en: 'the consumer is a minor or lacks legal capacity and has no representative',
  },
  b: {
    vi: 'người yêu cầu không phải là người tiêu dùng hoặc người đại diện của người tiêu dùng',
    en: 'the requester is neither the consumer nor their representative',
  },
  c: {
    vi: 'không đủ thông tin để xác định tổ chức, cá nhân kinh doanh hoặc giao dịch',
    en: 'there is not enough information to identify the business or the transaction',
  },
  d: {
    vi: 'yêu cầu không thuộc phạm vi, thẩm quyền của cơ quan, tổ chức tiếp nhận',
    en: 'the request is outside the remit of the receiving body',
  },
  e: {
    vi: 'yêu cầu đã được giải quyết trước đó',
    en: 'the request has already been handled',
  },
};

/**
 * Which Art 58 grounds each refusal outcome code may go with: a plain refusal with any; "business
 * not found" only with (c) (the business cannot be identified); "duplicate" only with (e) (already handled).
 */
export const REFUSAL_OUTCOME_GROUNDS: Readonly<Record<RefusalOutcome, readonly RefusalGround[]>> = {
  refused: REFUSAL_GROUNDS,
  business_not_found: ['c'],
  duplicate: ['e'],
};

/** "(c) label": the ground's letter as Art 58 numbers it, then what it says. */
export function refusalGroundLabel(ground: string | undefined, language: 'vi' | 'en'): string | undefined {
  if (ground === undefined || !Object.hasOwn(REFUSAL_GROUND_LABELS, ground)) return undefined;
  return `(${ground}) ${REFUSAL_GROUND_LABELS[ground as RefusalGround][language]}`;
}

/** Art 58: an outcome code that contradicts the recorded ground is refused. */
export function refusalOutcomeViolations(ground: RefusalGround, code: RefusalOutcome): FieldViolation[] {
  return REFUSAL_OUTCOME_GROUNDS[code].includes(ground)
    ? []
    : [{ field: 'outcomeCode', rule: 'art_58_outcome_contradicts_ground' }];
}
