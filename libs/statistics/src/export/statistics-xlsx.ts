import ExcelJS from 'exceljs';
import type { StatisticsReport } from '@app/domain';
import { DIMENSION_LABELS, EXPORT_TEXT, type ExportLanguage } from './export-labels';
import { describeFilters, type FilterNames, formatLocalDateTime, formatPeriod } from './export-format';
import { type CellKind, exportTable } from './export-table';

/** Excel number formats: thousands separated counts and VND, percentages and days with one decimal. */
export const NUMBER_FORMATS: Readonly<Record<Exclude<CellKind, 'text'>, string>> = {
  count: '#,##0',
  vnd: '#,##0',
  share: '0.0%',
  days: '0.0',
  rate: '#,##0.0',
};

export interface XlsxContext {
  readonly language: ExportLanguage;
  readonly generatedAt: Date;
  /** Names of the filtered sector, commune, unit… (codes are printed when absent). */
  readonly filterNames?: FilterNames;
  /** The sheet's heading; the statistics title by default. */
  readonly title?: string;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF8EA9DB' } };

/** Column widths in characters: the label column wide, figures as wide as their heading needs (capped). */
function widthOf(header: string, kind: CellKind, index: number): number {
  if (index === 1) return 36;
  if (kind === 'text') return 12;
  return Math.min(Math.max(12, Math.ceil(header.length * 0.6)), 24);
}

/**
 * Writes the header block (title, period dd/mm/yyyy, grouping, filters in words, generated at) and
 * the table of `report` into `sheet`, with number formats, a frozen header row and column widths.
 */
export function writeStatisticsSheet(sheet: ExcelJS.Worksheet, report: StatisticsReport, context: XlsxContext): void {
  const { language } = context;
  const table = exportTable(report, language);
  sheet.addRow([context.title ?? EXPORT_TEXT.title[language]]).font = { bold: true, size: 14 };
  const block: [string, string][] = [
    [EXPORT_TEXT.period[language], formatPeriod(report.period)],
    [
      EXPORT_TEXT.groupedBy[language],
      report.by ? DIMENSION_LABELS[report.by][language] : EXPORT_TEXT.notGrouped[language],
    ],
    [EXPORT_TEXT.filters[language], describeFilters(report.filters, language, context.filterNames)],
    [EXPORT_TEXT.generatedAt[language], formatLocalDateTime(context.generatedAt)],
    [EXPORT_TEXT.freshAsOf[language], formatLocalDateTime(new Date(report.freshAsOf))],
  ];
  for (const [label, value] of block) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
  }
  sheet.addRow([]);

  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  });
  for (const values of table.rows) sheet.addRow([...values]);
  const totals = sheet.addRow([...table.totals]);
  totals.font = { bold: true };
  totals.eachCell((cell) => (cell.border = { top: THIN }));

  table.columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = widthOf(column.header, column.kind, i);
    if (column.kind === 'text') return;
    // Only the table's cells: the header block above shares these columns.
    for (let r = header.number + 1; r <= totals.number; r += 1) {
      sheet.getCell(r, i + 1).numFmt = NUMBER_FORMATS[column.kind];
    }
  });
  // Scrolling keeps the column headings and each row's code and label in view.
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: header.number, activeCell: `C${header.number + 1}` }];
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

export function newWorkbook(generatedAt: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Consumer complaints — Thái Nguyên';
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  return workbook;
}

/** The report as an XLSX workbook of one sheet. */
export async function statisticsXlsx(report: StatisticsReport, context: XlsxContext): Promise<Buffer> {
  const workbook = newWorkbook(context.generatedAt);
  writeStatisticsSheet(workbook.addWorksheet(sheetName(EXPORT_TEXT.sheet[context.language])), report, context);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
