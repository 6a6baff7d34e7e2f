import type { StatisticsDimension, StatisticsFilters, StatisticsStage } from '@app/domain';

export type ExportLanguage = 'vi' | 'en';
type Text = Readonly<Record<ExportLanguage, string>>;

/** Words of the export's header block and its fixed columns. */
export const EXPORT_TEXT = {
  title: { vi: 'Thống kê khiếu nại, yêu cầu của người tiêu dùng', en: 'Consumer complaint statistics' },
  sheet: { vi: 'Thống kê', en: 'Statistics' },
  period: { vi: 'Kỳ số liệu', en: 'Period' },
  groupedBy: { vi: 'Phân theo', en: 'Grouped by' },
  notGrouped: { vi: 'Tổng hợp (không phân nhóm)', en: 'Totals only (not grouped)' },
  filters: { vi: 'Điều kiện lọc', en: 'Filters' },
  noFilters: { vi: 'Không lọc (toàn bộ hồ sơ trong phạm vi được xem)', en: 'None (every case in view)' },
  generatedAt: { vi: 'Thời điểm lập', en: 'Generated at' },
  freshAsOf: { vi: 'Số liệu tính đến', en: 'Figures as of' },
  key: { vi: 'Mã', en: 'Code' },
  total: { vi: 'Tổng cộng', en: 'Total' },
} as const satisfies Record<string, Text>;

export const DIMENSION_LABELS: Readonly<Record<StatisticsDimension, Text>> = {
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  commune: { vi: 'Xã, phường', en: 'Commune' },
  channel: { vi: 'Kênh tiếp nhận', en: 'Intake channel' },
  outcome: { vi: 'Kết quả', en: 'Outcome' },
  vulnerable_group: { vi: 'Nhóm người tiêu dùng dễ bị tổn thương', en: 'Vulnerable consumer group' },
  handling_org: { vi: 'Đơn vị giải quyết', en: 'Handling unit' },
  month: { vi: 'Tháng', en: 'Month' },
};

export const FILTER_LABELS: Readonly<Record<keyof StatisticsFilters, Text>> = {
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  commune: { vi: 'Xã, phường', en: 'Commune' },
  channel: { vi: 'Kênh tiếp nhận', en: 'Intake channel' },
  vulnerable: { vi: 'Người tiêu dùng dễ bị tổn thương', en: 'Vulnerable consumers' },
  handlingOrg: { vi: 'Đơn vị giải quyết', en: 'Handling unit' },
};

export const VULNERABLE_FILTER_WORDS: Readonly<Record<'true' | 'false', Text>> = {
  true: { vi: 'chỉ hồ sơ của người tiêu dùng dễ bị tổn thương (Điều 8)', en: 'only vulnerable consumers (Art 8)' },
  false: { vi: 'trừ người tiêu dùng dễ bị tổn thương', en: 'excluding vulnerable consumers' },
};

export const STAGE_LABELS: Readonly<Record<StatisticsStage, Text>> = {
  reception: { vi: 'tiếp nhận', en: 'reception' },
  consultation: { vi: 'tư vấn', en: 'consultation' },
  negotiation: { vi: 'thương lượng', en: 'negotiation' },
  mediation: { vi: 'hòa giải', en: 'mediation' },
};

/** The legal clocks, as a column heading names them (libs/domain DEADLINE_KINDS). */
export const CLOCK_KIND_LABELS: Readonly<Record<string, Text>> = {
  business_acknowledgement: { vi: 'DN xác nhận tiếp nhận (Điều 31.2)', en: 'business acknowledgement (Art 31.2)' },
  business_negotiation: { vi: 'DN tiến hành thương lượng (Điều 57.2)', en: 'business negotiation (Art 57.2)' },
  forwarding: { vi: 'chuyển yêu cầu cho DN (Điều 57.4)', en: 'forwarding to the business (Art 57.4)' },
  business_result_report: { vi: 'DN báo cáo kết quả (Điều 57.5)', en: 'business result report (Art 57.5)' },
  consumer_information: { vi: 'người tiêu dùng bổ sung thông tin', en: 'consumer information' },
  triage: { vi: 'xử lý ban đầu', en: 'triage' },
  business_mediation_consent: { vi: 'DN đồng ý hòa giải', en: 'business mediation consent' },
  mediator_assignment: { vi: 'phân công hòa giải viên', en: 'mediator assignment' },
  mediation_conclusion: { vi: 'kết thúc hòa giải', en: 'mediation conclusion' },
  settlement_performance: { vi: 'thực hiện kết quả hòa giải', en: 'settlement performance' },
  court_recognition: { vi: 'yêu cầu Tòa án công nhận', en: 'court recognition' },
};

export const pick = (text: Text, language: ExportLanguage): string => text[language];
