import { REFUSAL_GROUNDS, type StatisticsFigures, type StatisticsReport, type StatisticsRow } from '@app/domain';
import { DIMENSION_LABELS, formatLocalDateTime, formatPeriod } from '@app/statistics/export';
import { horizontalBarChart, verticalBarChart } from '../pdf/pdf-charts';
import {
  contentWidth,
  keyValues,
  MARGIN,
  newDocument,
  pageNumbers,
  paragraph,
  section,
  table,
} from '../pdf/pdf-layout';
import type { Doc, TableColumn } from '../pdf/pdf-layout';
import { type AnnualReportData, breakdownOf, plan126Indicators } from './annual-report-data';
import {
  BREAKDOWN_TITLES,
  formatCount,
  formatDays,
  formatShare,
  formatTarget,
  formatVnd,
  INDICATOR_NAMES,
  REPORT_TEXT,
  VERDICT_WORDS,
} from './annual-report-text';

/** The figures a breakdown table prints (the XLSX has all of them). */
const FIGURE_COLUMNS: readonly (TableColumn & { value: (f: StatisticsFigures) => string })[] = [
  { header: 'Tiếp nhận', width: 1, align: 'right', value: (f) => formatCount(f.received) },
  { header: 'Từ chối', width: 1, align: 'right', value: (f) => formatCount(f.refused) },
  { header: 'Chuyển đi', width: 1, align: 'right', value: (f) => formatCount(f.transferred) },
  { header: 'Đang xử lý', width: 1, align: 'right', value: (f) => formatCount(f.inProgress) },
  { header: 'Thành công', width: 1, align: 'right', value: (f) => formatCount(f.resolved) },
  { header: 'Không thành công', width: 1, align: 'right', value: (f) => formatCount(f.unresolved) },
  { header: 'Tỷ lệ hỗ trợ', width: 1, align: 'right', value: (f) => formatShare(f.supportedShare) },
  { header: 'Tỷ lệ thành công', width: 1, align: 'right', value: (f) => formatShare(f.resolvedSuccessShare) },
  { header: 'Ngày LV trung vị', width: 1, align: 'right', value: (f) => formatDays(f.daysToClosure.median) },
  { header: 'Bồi hoàn (đ)', width: 1.4, align: 'right', value: (f) => formatCount(f.moneyRecoveredVnd) },
];

function breakdownTable(doc: Doc, report: StatisticsReport, firstHeader: string): void {
  if (report.rows.length === 0) {
    paragraph(doc, REPORT_TEXT.none);
    return;
  }
  const line = (label: string, f: StatisticsFigures) => [label, ...FIGURE_COLUMNS.map((c) => c.value(f))];
  table(
    doc,
    [{ header: firstHeader, width: 2.8 }, ...FIGURE_COLUMNS],
    [...report.rows.map((row) => line(row.label, row)), line(REPORT_TEXT.total, report.totals)],
    { boldLast: true },
  );
}

/** "2026-03" → "03/2026"; other keys keep the row's label. */
const monthLabel = (row: StatisticsRow) =>
  /^\d{4}-\d{2}$/.test(row.key) ? `${row.key.slice(5)}/${row.key.slice(0, 4)}` : row.label;

function titleBlock(doc: Doc, data: AnnualReportData): void {
  const width = contentWidth(doc);
  doc.font('bold').fontSize(10).text(REPORT_TEXT.issuer, MARGIN, doc.y, { width, align: 'left' });
  doc.moveDown(1.2);
  doc.font('bold').fontSize(15).text(REPORT_TEXT.title(data.year), { width, align: 'center' });
  doc.moveDown(0.3).font('regular').fontSize(10).text(REPORT_TEXT.basis, { width, align: 'center' });
  doc.text(`${REPORT_TEXT.period}: ${formatPeriod(data.period)}`, { width, align: 'center' });
  doc.text(`${REPORT_TEXT.generatedAt}: ${formatLocalDateTime(data.generatedAt)}`, { width, align: 'center' });
}

function indicators(doc: Doc, data: AnnualReportData): void {
  section(doc, `1. ${REPORT_TEXT.indicators}`);
  table(
    doc,
    [
      { header: REPORT_TEXT.indicator, width: 5 },
      { header: REPORT_TEXT.result, width: 1.3, align: 'right' },
      { header: REPORT_TEXT.target, width: 1.3, align: 'right' },
      { header: REPORT_TEXT.assessment, width: 1.6, align: 'center' },
    ],
    plan126Indicators(data.totals).map((indicator) => [
      INDICATOR_NAMES[indicator.key],
      formatShare(indicator.value),
      formatTarget(indicator),
      VERDICT_WORDS[indicator.verdict],
    ]),
    { fontSize: 9.5 },
  );
}

function totals(doc: Doc, data: AnnualReportData): void {
  const t = data.totals;
  section(doc, `2. ${REPORT_TEXT.totals}`);
  const grounds = REFUSAL_GROUNDS.filter((g) => t.refusedByGround[g] > 0)
    .map((g) => `điểm ${g}: ${formatCount(t.refusedByGround[g])}`)
    .join('; ');
  keyValues(doc, [
    ['Tiếp nhận', formatCount(t.received)],
    ['Thụ lý', formatCount(t.accepted)],
    ['Từ chối (Điều 58)', `${formatCount(t.refused)}${grounds ? ` (${grounds})` : ''}`],
    ['Chuyển cơ quan có thẩm quyền', formatCount(t.transferred)],
    ['Đang giải quyết', formatCount(t.inProgress)],
    ['Giải quyết thành công', formatCount(t.resolved)],
    ['Không thành công', formatCount(t.unresolved)],
    ['Rút yêu cầu', formatCount(t.withdrawn)],
    [
      'Thời gian giải quyết (ngày làm việc)',
      `trung vị ${formatDays(t.daysToClosure.median)}, phân vị 90 ${formatDays(t.daysToClosure.p90)}`,
    ],
    [
      'Doanh nghiệp trả lời đúng hạn (Điều 31.2, 57.2)',
      `${formatCount(t.businessTimelyResponse.met)} đúng hạn, ${formatCount(t.businessTimelyResponse.breached)} quá hạn (${formatShare(t.businessTimelyResponse.rate)})`,
    ],
    ['Số tiền người tiêu dùng yêu cầu', formatVnd(t.moneyClaimedVnd)],
    ['Số tiền được bồi hoàn', formatVnd(t.moneyRecoveredVnd)],
  ]);
}

function charts(doc: Doc, data: AnnualReportData): void {
  section(doc, '3. Xu hướng theo tháng', 200);
  verticalBarChart(doc, {
    title: REPORT_TEXT.monthTrend,
    yAxis: 'Số hồ sơ tiếp nhận',
    xAxis: 'Tháng',
    bars: breakdownOf(data, 'month').rows.map((row) => ({ label: monthLabel(row), value: row.received })),
    format: formatCount,
  });
  const sectors = [...breakdownOf(data, 'sector').rows].sort((a, b) => b.received - a.received);
  section(doc, '4. Cơ cấu theo lĩnh vực', 120);
  horizontalBarChart(doc, {
    title: REPORT_TEXT.sectorChart,
    xAxis: 'Số hồ sơ tiếp nhận',
    bars: sectors.map((row) => ({ label: row.label, value: row.received })),
    format: formatCount,
  });
}

function mediation(doc: Doc, data: AnnualReportData, n: number): void {
  section(doc, `${n}. ${REPORT_TEXT.mediation}`);
  const line = (row: AnnualReportData['mediation']['total']) => [
    row.name,
    formatCount(row.assigned),
    formatCount(row.concluded),
    formatCount(row.successes),
    formatShare(row.successRate),
    formatDays(row.medianWorkingDays),
  ];
  table(
    doc,
    [
      { header: 'Tổ chức hòa giải', width: 4 },
      { header: 'Được phân công', width: 1, align: 'right' },
      { header: 'Kết thúc hòa giải', width: 1, align: 'right' },
      { header: 'Hòa giải thành', width: 1, align: 'right' },
      { header: 'Tỷ lệ thành', width: 1, align: 'right' },
      { header: 'Ngày LV (trung vị)', width: 1, align: 'right' },
    ],
    [...data.mediation.organisations.map(line), line(data.mediation.total)],
    { boldLast: true, fontSize: 8.5 },
  );
}

function ecommerce(doc: Doc, data: AnnualReportData, n: number): void {
  const e = data.ecommerce;
  section(doc, `${n}. ${REPORT_TEXT.ecommerce}`);
  keyValues(doc, [
    [
      'Tỷ lệ thương mại điện tử',
      `${formatShare(e.share)} (${formatCount(e.ecommerce)}/${formatCount(e.received)} hồ sơ)`,
    ],
    ['Thuộc lĩnh vực thương mại điện tử', formatCount(e.ecommerceSector)],
    ['Mua qua sàn thương mại điện tử, mạng xã hội', formatCount(e.onlinePurchase)],
  ]);
  paragraph(doc, REPORT_TEXT.ecommerceNote, 8);
}

function businesses(doc: Doc, data: AnnualReportData, n: number): void {
  section(doc, `${n}. ${REPORT_TEXT.topBusinesses}`);
  if (data.topBusinesses.length === 0) paragraph(doc, REPORT_TEXT.none);
  else
    table(
      doc,
      [
        { header: 'STT', width: 0.6, align: 'right' },
        { header: 'Doanh nghiệp', width: 5 },
        { header: 'Mã số thuế', width: 1.8 },
        { header: 'Khiếu nại có căn cứ', width: 1.2, align: 'right' },
        { header: 'Thành công', width: 1.1, align: 'right' },
        { header: 'Không thành công', width: 1.1, align: 'right' },
      ],
      data.topBusinesses.map((b, i) => [
        String(i + 1),
        b.name,
        b.taxCode ?? '–',
        formatCount(b.substantiated),
        formatCount(b.resolved),
        formatCount(b.unresolved),
      ]),
      { fontSize: 8.5 },
    );
  paragraph(doc, REPORT_TEXT.topBusinessesNote, 8);
}

/**
 * The annual report in Vietnamese (Plan 126/KH-UBND): the two indicators against their targets,
 * the totals, bar charts of the month trend and the sectors, every breakdown, mediation outcomes,
 * vulnerable consumers, the e-commerce share and the businesses with the most substantiated complaints.
 */
export function annualReportPdf(data: AnnualReportData): Promise<Buffer> {
  const { doc, bytes } = newDocument({
    title: REPORT_TEXT.title(data.year),
    author: REPORT_TEXT.issuer,
    date: data.generatedAt,
  });
  titleBlock(doc, data);
  indicators(doc, data);
  totals(doc, data);
  charts(doc, data);
  let n = 5;
  for (const by of ['sector', 'commune', 'channel', 'outcome', 'handling_org', 'month'] as const) {
    section(doc, `${n}. ${BREAKDOWN_TITLES[by].heading}`);
    breakdownTable(doc, breakdownOf(data, by), DIMENSION_LABELS[by].vi);
    n += 1;
  }
  section(doc, `${n}. ${REPORT_TEXT.vulnerable}`);
  breakdownTable(doc, breakdownOf(data, 'vulnerable_group'), DIMENSION_LABELS.vulnerable_group.vi);
  mediation(doc, data, n + 1);
  ecommerce(doc, data, n + 2);
  businesses(doc, data, n + 3);
  pageNumbers(doc);
  doc.end();
  return bytes;
}
