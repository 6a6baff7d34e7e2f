import {
  monthLabel,
  STATISTICS_DIMENSIONS,
  type StatisticsDimension,
  type StatisticsFigures,
  type StatisticsReport,
  type StatisticsRow,
} from '@app/domain';
import type { AnnualReportData } from '@app/reports';

const noDays = { cases: 0, median: null, p90: null };

export function figures(overrides: Partial<StatisticsFigures> = {}): StatisticsFigures {
  return {
    received: 0,
    accepted: 0,
    refused: 0,
    refusedByGround: { a: 0, b: 0, c: 0, d: 0, e: 0 },
    transferred: 0,
    inProgress: 0,
    resolved: 0,
    unresolved: 0,
    withdrawn: 0,
    supportedShare: null,
    resolvedSuccessShare: null,
    daysToClosure: noDays,
    daysPerStage: { reception: noDays, consultation: noDays, negotiation: noDays, mediation: noDays },
    businessTimelyResponse: { met: 0, breached: 0, rate: null },
    clocksBreachedByKind: {},
    moneyClaimedVnd: 0,
    moneyRecoveredVnd: 0,
    ...overrides,
  };
}

/** 12 received, 1 refused (c), 5 resolved, 1 unresolved: indicator 1 = 91.7% (met), 2 = 83.3% (met). */
export const TOTALS = figures({
  received: 12,
  accepted: 11,
  refused: 1,
  refusedByGround: { a: 0, b: 0, c: 1, d: 0, e: 0 },
  inProgress: 5,
  resolved: 5,
  unresolved: 1,
  supportedShare: 0.9167,
  resolvedSuccessShare: 0.8333,
  daysToClosure: { cases: 6, median: 7.5, p90: 14 },
  businessTimelyResponse: { met: 6, breached: 2, rate: 0.75 },
  moneyClaimedVnd: 25_000_000,
  moneyRecoveredVnd: 8_490_000,
});

const ROWS: Record<StatisticsDimension, [string, string, number][]> = {
  sector: [
    ['ecommerce', 'Thương mại điện tử', 7],
    ['finance', 'Tài chính, ngân hàng và bảo hiểm', 3],
    ['food', 'Thực phẩm và đồ uống', 2],
  ],
  commune: [['05443', 'Phường Phan Đình Phùng', 12]],
  channel: [
    ['web', 'Biểu mẫu trực tuyến', 10],
    ['phone', 'Điện thoại', 2],
  ],
  outcome: [
    ['none', 'Chưa có kết quả (đang xử lý)', 5],
    ['monetary_relief', 'Được bồi hoàn bằng tiền', 5],
  ],
  vulnerable_group: [
    ['none', 'Không thuộc nhóm dễ bị tổn thương', 10],
    ['elderly', 'Người cao tuổi', 2],
  ],
  handling_org: [['org-sct', 'Sở Công Thương', 12]],
  month: ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03'].map((m, i) => [m, monthLabel(m, 'vi'), i * 2]),
};

function breakdown(by: StatisticsDimension): StatisticsReport {
  const rows: StatisticsRow[] = ROWS[by].map(([key, label, received]) => ({ key, label, ...figures({ received }) }));
  return {
    period: { from: '2025-11-15', to: '2026-11-14' },
    by,
    filters: {},
    totals: TOTALS,
    rows,
    freshAsOf: '2026-11-20T02:00:00.000Z',
  };
}

export const ANNUAL_DATA: AnnualReportData = {
  year: 2026,
  period: { from: '2025-11-15', to: '2026-11-14' },
  generatedAt: new Date('2026-11-20T02:00:00Z'),
  totals: TOTALS,
  breakdowns: STATISTICS_DIMENSIONS.map((by) => ({ by, report: breakdown(by) })),
  mediation: {
    organisations: [
      {
        organisationId: 'org-a',
        name: 'Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thái Nguyên',
        assigned: 4,
        concluded: 3,
        successes: 2,
        successRate: 0.6667,
        medianWorkingDays: 6,
      },
    ],
    total: {
      organisationId: '',
      name: 'Tổng cộng',
      assigned: 4,
      concluded: 3,
      successes: 2,
      successRate: 0.6667,
      medianWorkingDays: 6,
    },
  },
  ecommerce: { received: 12, ecommerce: 8, ecommerceSector: 7, onlinePurchase: 5, share: 0.6667 },
  topBusinesses: [
    { name: 'Công ty TNHH Điện Máy Ví Dụ', taxCode: '4600123456', substantiated: 3, resolved: 2, unresolved: 1 },
    { name: 'Cửa hàng Âm Thanh Số', taxCode: null, substantiated: 1, resolved: 1, unresolved: 0 },
  ],
};
