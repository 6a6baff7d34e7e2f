import type { DeadlineKind } from '@app/domain';
import type { Language } from './template-types';

// Without the number of days: the policy is editable, the label is not.
const DEADLINE_LABELS: Readonly<Record<DeadlineKind, Readonly<Record<Language, string>>>> = {
  business_acknowledgement: {
    vi: 'thời hạn doanh nghiệp xác nhận đã nhận khiếu nại',
    en: "the business's deadline to acknowledge the complaint",
  },
  business_negotiation: {
    vi: 'thời hạn thương lượng của doanh nghiệp',
    en: "the business's negotiation deadline",
  },
  forwarding: {
    vi: 'thời hạn chuyển yêu cầu đến doanh nghiệp',
    en: 'the deadline to forward the request to the business',
  },
  business_result_report: {
    vi: 'thời hạn doanh nghiệp báo cáo kết quả thương lượng',
    en: "the business's deadline to report the negotiation result",
  },
  consumer_information: {
    vi: 'thời hạn người tiêu dùng bổ sung thông tin',
    en: "the consumer's deadline to provide more information",
  },
  triage: {
    vi: 'thời hạn xem xét, phân loại hồ sơ',
    en: 'the deadline to review and triage the case',
  },
  business_mediation_consent: {
    vi: 'thời hạn doanh nghiệp trả lời đề nghị hòa giải',
    en: "the business's deadline to accept or decline mediation",
  },
  mediator_assignment: {
    vi: 'thời hạn phân công hòa giải viên',
    en: 'the deadline to assign a mediator',
  },
  mediation_conclusion: {
    vi: 'thời hạn kết thúc hòa giải',
    en: 'the deadline to conclude mediation',
  },
  settlement_performance: {
    vi: 'thời hạn thực hiện kết quả hòa giải thành',
    en: 'the deadline to carry out the mediated settlement',
  },
  court_recognition: {
    vi: 'thời hạn yêu cầu Tòa án công nhận kết quả hòa giải thành',
    en: 'the deadline to ask a court to recognise the settlement',
  },
};

const ANY_DEADLINE: Readonly<Record<Language, string>> = { vi: 'thời hạn xử lý', en: 'a deadline' };

/** Human name of a clock, lower case; a generic one when the kind is missing or unknown. */
export function deadlineLabel(kind: DeadlineKind | undefined, language: Language): string {
  const labels = kind !== undefined && Object.hasOwn(DEADLINE_LABELS, kind) ? DEADLINE_LABELS[kind] : ANY_DEADLINE;
  return labels[language];
}
