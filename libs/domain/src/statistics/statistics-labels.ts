import type { IntakeChannel, VulnerableGroup } from '../intake/intake-vocabulary';
import type { OutcomeCode } from '../cases/outcomes';
import type { StatisticsDimension } from './statistics-types';

export type StatisticsLanguage = 'vi' | 'en';
type Labels<K extends string> = Readonly<Record<K, Readonly<Record<StatisticsLanguage, string>>>>;

/** How a complaint reached the body (the `channel` breakdown; domain.md §7). */
export const INTAKE_CHANNEL_LABELS: Labels<IntakeChannel> = {
  web: { vi: 'Biểu mẫu trực tuyến', en: 'Online form' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  email: { vi: 'Thư điện tử', en: 'Email' },
  in_person: { vi: 'Trực tiếp tại cơ quan', en: 'In person' },
  post: { vi: 'Đường bưu chính', en: 'Post' },
  hotline_referral: { vi: 'Tổng đài 1800.6838 chuyển đến', en: 'Referred by the 1800.6838 hotline' },
};

/** Outcome codes as a table's row heading (no code in brackets, unlike the emails). */
export const OUTCOME_CODE_LABELS: Labels<OutcomeCode> = {
  monetary_relief: { vi: 'Được bồi hoàn bằng tiền', en: 'Refund or compensation' },
  non_monetary_relief: { vi: 'Được đổi, sửa chữa hoặc khắc phục', en: 'Replacement, repair or other remedy' },
  explained: { vi: 'Đã được tư vấn, giải thích', en: 'Resolved by advice' },
  business_not_found: { vi: 'Không xác định được doanh nghiệp', en: 'Business could not be identified' },
  duplicate: { vi: 'Trùng với hồ sơ đã xử lý', en: 'Duplicate of a case already handled' },
  transferred: { vi: 'Chuyển cơ quan có thẩm quyền', en: 'Transferred to the competent authority' },
  referred_to_court: { vi: 'Chuyển Tòa án', en: 'Referred to court' },
  referred_to_arbitration: { vi: 'Chuyển trọng tài', en: 'Referred to arbitration' },
  withdrawn: { vi: 'Người tiêu dùng rút yêu cầu', en: 'Withdrawn by the consumer' },
  refused: { vi: 'Từ chối hỗ trợ', en: 'Support refused' },
};

/** Law 19 Art 8 groups, as the filing form names them. */
export const VULNERABLE_GROUP_LABELS: Labels<VulnerableGroup> = {
  elderly: { vi: 'Người cao tuổi', en: 'Elderly people' },
  disability: { vi: 'Người khuyết tật', en: 'People with disabilities' },
  child: { vi: 'Trẻ em', en: 'Children' },
  ethnic_minority: { vi: 'Người dân tộc thiểu số', en: 'Ethnic minorities' },
  pregnant_or_young_child: {
    vi: 'Phụ nữ mang thai hoặc nuôi con dưới 36 tháng tuổi',
    en: 'Women pregnant or raising a child under 36 months',
  },
  serious_illness: { vi: 'Người mắc bệnh hiểm nghèo', en: 'People with a serious illness' },
  poor_household: { vi: 'Người thuộc hộ nghèo', en: 'Members of poor households' },
  remote_area: {
    vi: 'Người sống ở vùng dân tộc thiểu số, miền núi hoặc vùng khó khăn',
    en: 'Residents of ethnic-minority, mountain or disadvantaged areas',
  },
};

/**
 * The one row of the breakdown by group that counts the sensitive groups together (ethnicity,
 * health: PDPL 91/2025 sensitive personal data, encrypted at rest, so never counted one by one).
 */
export const SENSITIVE_GROUPS_KEY = 'sensitive';
export const SENSITIVE_GROUPS_LABEL: Record<StatisticsLanguage, string> = {
  vi: 'Dân tộc hoặc sức khỏe (dữ liệu nhạy cảm, đếm chung)',
  en: 'Ethnicity or health (sensitive, counted together)',
};

/** The row of cases without a value for the dimension (key `none`). */
export const NO_VALUE_LABELS: Labels<StatisticsDimension> = {
  sector: { vi: 'Chưa xác định lĩnh vực', en: 'No sector' },
  commune: { vi: 'Chưa xác định xã, phường', en: 'No commune' },
  channel: { vi: 'Chưa xác định kênh', en: 'No channel' },
  outcome: { vi: 'Chưa có kết quả (đang xử lý)', en: 'No outcome yet (open)' },
  vulnerable_group: { vi: 'Không thuộc nhóm dễ bị tổn thương', en: 'Not in a vulnerable group' },
  handling_org: { vi: 'Chưa có đơn vị xử lý', en: 'No handling unit' },
  month: { vi: 'Không rõ tháng', en: 'No month' },
};

export const NO_VALUE_KEY = 'none';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-02` → "Tháng 02/2026" / "February 2026". */
export function monthLabel(key: string, language: StatisticsLanguage): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return key;
  return language === 'vi' ? `Tháng ${match[2]}/${match[1]}` : `${MONTHS_EN[Number(match[2]) - 1]} ${match[1]}`;
}

function fromTable<K extends string>(table: Labels<K>, key: string, language: StatisticsLanguage): string | undefined {
  return Object.hasOwn(table, key) ? table[key as K][language] : undefined;
}

/**
 * The label of a row whose key the code knows (channel, outcome, group, month, `none`); undefined
 * for keys named in the reference tables (sector, commune, organisation), whose names the database holds.
 */
export function statisticsKeyLabel(
  dimension: StatisticsDimension,
  key: string,
  language: StatisticsLanguage,
): string | undefined {
  if (key === NO_VALUE_KEY) return NO_VALUE_LABELS[dimension][language];
  switch (dimension) {
    case 'channel':
      return fromTable(INTAKE_CHANNEL_LABELS, key, language);
    case 'outcome':
      return fromTable(OUTCOME_CODE_LABELS, key, language);
    case 'vulnerable_group':
      if (key === SENSITIVE_GROUPS_KEY) return SENSITIVE_GROUPS_LABEL[language];
      return fromTable(VULNERABLE_GROUP_LABELS, key, language);
    case 'month':
      return monthLabel(key, language);
    case 'sector':
    case 'commune':
    case 'handling_org':
      return undefined;
  }
}
