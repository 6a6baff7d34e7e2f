import type { FinalStatus, OutcomeCode } from '@app/domain';
import type { Language } from './template-types';

const OUTCOME_LABELS: Readonly<Record<FinalStatus | OutcomeCode, Readonly<Record<Language, string>>>> = {
  resolved: { vi: 'đã được giải quyết', en: 'resolved' },
  unresolved: { vi: 'không giải quyết được', en: 'not resolved' },
  refused: { vi: 'từ chối hỗ trợ', en: 'support refused' },
  withdrawn: { vi: 'người tiêu dùng đã rút yêu cầu', en: 'withdrawn by the consumer' },
  transferred: { vi: 'đã chuyển cơ quan có thẩm quyền', en: 'transferred to the competent authority' },
  referred_to_court: { vi: 'chuyển Tòa án giải quyết', en: 'referred to court' },
  referred_to_arbitration: { vi: 'chuyển trọng tài giải quyết', en: 'referred to arbitration' },
  monetary_relief: { vi: 'được bồi hoàn bằng tiền', en: 'resolved with a refund or compensation' },
  non_monetary_relief: {
    vi: 'được đổi, sửa chữa hoặc khắc phục',
    en: 'resolved by replacement, repair or other remedy',
  },
  explained: { vi: 'đã được tư vấn, giải thích', en: 'resolved by advice' },
  business_not_found: { vi: 'không xác định được doanh nghiệp', en: 'the business could not be identified' },
  duplicate: { vi: 'trùng với hồ sơ đã xử lý', en: 'duplicate of a case already handled' },
};

/**
 * "label (code)": the code stays visible because staff and the consumer quote it to each other;
 * an unknown code is shown as it is; nothing when missing.
 */
export function outcomeLabel(code: string | undefined, language: Language): string | undefined {
  if (code === undefined || code.trim() === '') return undefined;
  if (!Object.hasOwn(OUTCOME_LABELS, code)) return code;
  return `${OUTCOME_LABELS[code as keyof typeof OUTCOME_LABELS][language]} (${code})`;
}
