import type ExcelJS from 'exceljs';
import {
  formatPeriod,
  formatLocalDateTime,
  newWorkbook,
  NUMBER_FORMATS,
  sheetName,
  writeStatisticsSheet,
} from '@app/statistics/export';
import { type AnnualReportData, plan126Indicators } from './annual-report-data';
import { BREAKDOWN_TITLES, INDICATOR_NAMES, REPORT_TEXT, VERDICT_WORDS } from './annual-report-text';

type Kind = keyof typeof NUMBER_FORMATS | 'text';

/** A small table with a bold heading row, number formats per column and widths. */
function table(
  sheet: ExcelJS.Worksheet,
  columns: readonly { header: string; kind: Kind; width: number }[],
  rows: readonly (readonly (string | number | null)[])[],
): ExcelJS.Row | undefined {
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  let last: ExcelJS.Row | undefined;
  for (const values of rows) {
    const row = (last = sheet.addRow([...values]));
    columns.forEach((column, i) => {
      if (column.kind !== 'text') row.getCell(i + 1).numFmt = NUMBER_FORMATS[column.kind];
    });
  }
  columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = Math.max(sheetColumn.width ?? 0, column.width);
  });
  return last;
}

function heading(sheet: ExcelJS.Worksheet, data: AnnualReportData, title: string): void {
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([REPORT_TEXT.period, formatPeriod(data.period)]).getCell(1).font = { bold: true };
  sheet.addRow([REPORT_TEXT.generatedAt, formatLocalDateTime(data.generatedAt)]).getCell(1).font = { bold: true };
  sheet.addRow([]);
}

function summarySheet(workbook: ExcelJS.Workbook, data: AnnualReportData): void {
  const sheet = workbook.addWorksheet(sheetName('Tổng hợp'));
  heading(sheet, data, REPORT_TEXT.title(data.year));
  sheet.addRow([REPORT_TEXT.basis]);
  sheet.addRow([]);
  sheet.addRow([REPORT_TEXT.indicators]).font = { bold: true };
  table(
    sheet,
    [
      { header: REPORT_TEXT.indicator, kind: 'text', width: 48 },
      { header: REPORT_TEXT.result, kind: 'share', width: 14 },
      { header: REPORT_TEXT.target, kind: 'share', width: 14 },
      { header: REPORT_TEXT.assessment, kind: 'text', width: 16 },
    ],
    plan126Indicators(data.totals).map((indicator) => [
      `${INDICATOR_NAMES[indicator.key]} (${indicator.comparison === '>=' ? '≥' : '>'} mục tiêu)`,
      indicator.value,
      indicator.target,
      VERDICT_WORDS[indicator.verdict],
    ]),
  );
}

function mediationSheet(workbook: ExcelJS.Workbook, data: AnnualReportData): void {
  const sheet = workbook.addWorksheet(sheetName('Hòa giải'));
  heading(sheet, data, REPORT_TEXT.mediation);
  const line = (row: AnnualReportData['mediation']['total']) => [
    row.name,
    row.assigned,
    row.concluded,
    row.successes,
    row.successRate,
    row.medianWorkingDays,
  ];
  const totals = table(
    sheet,
    [
      { header: 'Tổ chức hòa giải', kind: 'text', width: 44 },
      { header: 'Số vụ được phân công', kind: 'count', width: 14 },
      { header: 'Số vụ kết thúc hòa giải', kind: 'count', width: 14 },
      { header: 'Hòa giải thành', kind: 'count', width: 14 },
      { header: 'Tỷ lệ hòa giải thành', kind: 'share', width: 14 },
      { header: 'Ngày làm việc, trung vị', kind: 'days', width: 14 },
    ],
    [...data.mediation.organisations.map(line), line(data.mediation.total)],
  );
  if (totals) totals.font = { bold: true };
}

function ecommerceSheet(workbook: ExcelJS.Workbook, data: AnnualReportData): void {
  const sheet = workbook.addWorksheet(sheetName('Thương mại điện tử'));
  heading(sheet, data, REPORT_TEXT.ecommerce);
  const e = data.ecommerce;
  table(
    sheet,
    [
      { header: 'Chỉ số', kind: 'text', width: 60 },
      { header: 'Giá trị', kind: 'count', width: 14 },
    ],
    [
      ['Tổng số hồ sơ tiếp nhận', e.received],
      ['Hồ sơ liên quan đến thương mại điện tử', e.ecommerce],
      ['  trong đó thuộc lĩnh vực thương mại điện tử', e.ecommerceSector],
      ['  trong đó mua qua sàn thương mại điện tử, mạng xã hội', e.onlinePurchase],
    ],
  );
  const share = sheet.addRow(['Tỷ lệ thương mại điện tử', e.share]);
  share.getCell(2).numFmt = NUMBER_FORMATS.share;
  sheet.addRow([]);
  sheet.addRow([REPORT_TEXT.ecommerceNote]);
}

function businessesSheet(workbook: ExcelJS.Workbook, data: AnnualReportData): void {
  const sheet = workbook.addWorksheet(sheetName('Doanh nghiệp'));
  heading(sheet, data, REPORT_TEXT.topBusinesses);
  table(
    sheet,
    [
      { header: 'STT', kind: 'count', width: 6 },
      { header: 'Doanh nghiệp', kind: 'text', width: 44 },
      { header: 'Mã số thuế', kind: 'text', width: 16 },
      { header: 'Khiếu nại có căn cứ', kind: 'count', width: 14 },
      { header: 'trong đó giải quyết thành công', kind: 'count', width: 16 },
      { header: 'trong đó không thành công', kind: 'count', width: 16 },
    ],
    data.topBusinesses.map((b, i) => [i + 1, b.name, b.taxCode, b.substantiated, b.resolved, b.unresolved]),
  );
  sheet.addRow([]);
  sheet.addRow([REPORT_TEXT.topBusinessesNote]);
}

/** The annual report as a workbook: the indicators, one sheet per breakdown, mediation, e-commerce, businesses. */
export async function annualReportXlsx(data: AnnualReportData): Promise<Buffer> {
  const workbook = newWorkbook(data.generatedAt);
  summarySheet(workbook, data);
  const totalsSheet = workbook.addWorksheet(sheetName(REPORT_TEXT.totals));
  // The period's totals, alone: a breakdown's header block and figures without its rows.
  const first = data.breakdowns[0].report;
  writeStatisticsSheet(
    totalsSheet,
    { ...first, by: null, rows: [], totals: data.totals },
    {
      language: 'vi',
      generatedAt: data.generatedAt,
      title: REPORT_TEXT.totals,
    },
  );
  for (const { by, report } of data.breakdowns) {
    const sheet = workbook.addWorksheet(sheetName(BREAKDOWN_TITLES[by].sheet));
    writeStatisticsSheet(sheet, report, {
      language: 'vi',
      generatedAt: data.generatedAt,
      title: `${REPORT_TEXT.title(data.year)} — ${BREAKDOWN_TITLES[by].heading}`,
    });
  }
  mediationSheet(workbook, data);
  ecommerceSheet(workbook, data);
  businessesSheet(workbook, data);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
