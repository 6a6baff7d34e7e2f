import type { StatisticsDimension } from '@app/domain';
import type { IndicatorVerdict, Plan126Indicator } from './annual-report-data';

/** The annual report is written in Vietnamese (the province's working language). */
export const REPORT_TEXT = {
  title: (year: number) => `BÁO CÁO KẾT QUẢ CÔNG TÁC BẢO VỆ QUYỀN LỢI NGƯỜI TIÊU DÙNG NĂM ${year}`,
  basis: 'Theo Kế hoạch số 126/KH-UBND của Ủy ban nhân dân tỉnh Thái Nguyên',
  issuer: 'SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN',
  period: 'Kỳ báo cáo',
  generatedAt: 'Thời điểm lập',
  indicators: 'Chỉ tiêu Kế hoạch 126/KH-UBND',
  indicator: 'Chỉ tiêu',
  result: 'Kết quả',
  target: 'Mục tiêu',
  assessment: 'Đánh giá',
  totals: 'Tổng hợp số liệu',
  monthTrend: 'Số khiếu nại tiếp nhận theo tháng',
  sectorChart: 'Số khiếu nại tiếp nhận theo lĩnh vực',
  mediation: 'Kết quả hòa giải theo tổ chức hòa giải',
  vulnerable: 'Người tiêu dùng dễ bị tổn thương (Điều 8 Luật 19/2023/QH15)',
  ecommerce: 'Khiếu nại liên quan đến thương mại điện tử',
  topBusinesses: 'Doanh nghiệp có nhiều khiếu nại có căn cứ nhất',
  topBusinessesNote:
    'Khiếu nại có căn cứ: hồ sơ tiếp nhận trong kỳ được giải quyết thành công với biện pháp khắc phục (hoàn tiền, đổi, sửa, bồi thường…) hoặc không thành công sau khi đã thương lượng, hòa giải với doanh nghiệp.',
  ecommerceNote:
    'Hồ sơ thuộc lĩnh vực thương mại điện tử, hoặc mua qua sàn thương mại điện tử hay mạng xã hội, trên tổng số hồ sơ tiếp nhận.',
  none: 'Không có số liệu trong kỳ.',
  total: 'Tổng cộng',
} as const;

export const INDICATOR_NAMES: Readonly<Record<Plan126Indicator['key'], string>> = {
  supportedShare: 'Tỷ lệ khiếu nại, yêu cầu được tiếp nhận, hỗ trợ',
  resolvedSuccessShare: 'Tỷ lệ khiếu nại, yêu cầu được giải quyết thành công',
};

export const VERDICT_WORDS: Readonly<Record<IndicatorVerdict, string>> = {
  met: 'Đạt',
  not_met: 'Chưa đạt',
  no_data: 'Chưa có số liệu',
};

/** The annual report's sections by dimension: a sheet (≤ 31 characters) and a heading. */
export const BREAKDOWN_TITLES: Readonly<Record<StatisticsDimension, { sheet: string; heading: string }>> = {
  sector: { sheet: 'Theo lĩnh vực', heading: 'Theo lĩnh vực' },
  commune: { sheet: 'Theo xã, phường', heading: 'Theo xã, phường' },
  channel: { sheet: 'Theo kênh tiếp nhận', heading: 'Theo kênh tiếp nhận' },
  outcome: { sheet: 'Theo kết quả', heading: 'Theo kết quả giải quyết' },
  vulnerable_group: { sheet: 'Người TD dễ bị tổn thương', heading: 'Theo nhóm người tiêu dùng dễ bị tổn thương' },
  handling_org: { sheet: 'Theo đơn vị giải quyết', heading: 'Theo đơn vị giải quyết' },
  month: { sheet: 'Theo tháng', heading: 'Theo tháng' },
};

const vi = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('vi-VN', options);
const COUNT = vi({ maximumFractionDigits: 0 });
const PERCENT = vi({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
const DAYS = vi({ maximumFractionDigits: 1 });

/** 1.234 (dots between thousands, as Vietnamese writes numbers). */
export const formatCount = (n: number): string => COUNT.format(n);
/** 8.490.000 đ */
export const formatVnd = (n: number): string => `${COUNT.format(n)} đ`;
/** 0.8333 → 83,3%; "–" when there is nothing to divide. */
export const formatShare = (share: number | null): string => (share === null ? '–' : `${PERCENT.format(share * 100)}%`);
export const formatDays = (days: number | null): string => (days === null ? '–' : DAYS.format(days));

/** "≥ 90%", "> 80%". */
export function formatTarget(indicator: Plan126Indicator): string {
  return `${indicator.comparison === '>=' ? '≥' : '>'} ${formatCount(indicator.target * 100)}%`;
}
