import { BREACH_CATEGORY_LABELS } from '@app/domain/personal-data';
import { csvField, formatLocalDateTime, newWorkbook, sheetName, UTF8_BOM } from '@app/statistics/export';
import type { Language } from '../../common/validation/messages';
import type { BreachDto } from './dto/breach.dto';

type Cell = string | number | null;

const t = (vi: string, en: string) => ({ vi, en });

const STATE_LABELS = {
  open: t('Chưa thông báo', 'Not notified'),
  notified: t('Đã thông báo', 'Notified'),
  closed: t('Đã đóng', 'Closed'),
} as const;

const YES_NO = { true: t('Có', 'Yes'), false: t('Không', 'No') } as const;

const when = (instant: Date | null) => (instant ? formatLocalDateTime(new Date(instant)) : null);

/** The register's columns: heading and cell, in the caller's language (times in Viet Nam, dd/mm/yyyy HH:mm). */
const COLUMNS: readonly { header: { vi: string; en: string }; cell: (b: BreachDto, l: Language) => Cell }[] = [
  { header: t('Mã', 'Id'), cell: (b) => b.id },
  { header: t('Trạng thái', 'State'), cell: (b, l) => STATE_LABELS[b.state][l] },
  { header: t('Phát hiện lúc', 'Discovered'), cell: (b) => when(b.discoveredAt) },
  { header: t('Hạn thông báo (72 giờ)', 'Notify by (72 hours)'), cell: (b) => when(b.notifyBy) },
  { header: t('Quá hạn', 'Overdue'), cell: (b, l) => YES_NO[`${b.overdue}`][l] },
  { header: t('Mô tả', 'Description'), cell: (b) => b.description },
  {
    header: t('Loại dữ liệu', 'Categories of data'),
    cell: (b, l) => b.dataCategories.map((c) => BREACH_CATEGORY_LABELS[c][l]).join('; '),
  },
  { header: t('Số người (ước tính)', 'People (approx.)'), cell: (b) => b.approximatePeople },
  {
    header: t('Hồ sơ liên quan', 'Cases affected'),
    cell: (b) => b.cases.map((c) => c.trackingCode ?? c.id).join('; '),
  },
  { header: t('Hậu quả', 'Consequences'), cell: (b) => b.consequences },
  { header: t('Biện pháp đã thực hiện', 'Measures taken'), cell: (b) => b.measures },
  { header: t('Thông báo cơ quan chức năng lúc', 'Authority notified'), cell: (b) => when(b.authorityNotifiedAt) },
  { header: t('Số hiệu thông báo', 'Notification reference'), cell: (b) => b.authorityReference },
  { header: t('Thông báo chậm', 'Notified late'), cell: (b, l) => YES_NO[`${b.notifiedLate}`][l] },
  { header: t('Thông báo người bị ảnh hưởng lúc', 'People notified'), cell: (b) => when(b.subjectsNotifiedAt) },
  { header: t('Đóng lúc', 'Closed'), cell: (b) => when(b.closedAt) },
  { header: t('Ghi nhận lúc', 'Recorded'), cell: (b) => when(b.recordedAt) },
  { header: t('Người ghi nhận', 'Recorded by'), cell: (b) => b.recordedBy.name },
];

// A text cell Excel would run as a formula (CSV injection) is kept as text by a leading apostrophe,
// as the statistics export does.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return csvField(FORMULA_START.test(value) ? `'${value}` : value);
}

/** The register as CSV in UTF-8 with a BOM (Excel reads Vietnamese intact), CRLF line ends. */
export function breachRegisterCsv(breaches: readonly BreachDto[], language: Language): Buffer {
  const lines = [
    COLUMNS.map((c) => csvCell(c.header[language])).join(','),
    ...breaches.map((b) => COLUMNS.map((c) => csvCell(c.cell(b, language))).join(',')),
  ];
  return Buffer.from(`${UTF8_BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The register as an XLSX workbook of one sheet: a bold, frozen heading row, long texts wrapped. */
export async function breachRegisterXlsx(
  breaches: readonly BreachDto[],
  language: Language,
  generatedAt: Date,
): Promise<Buffer> {
  const workbook = newWorkbook(generatedAt);
  const sheet = workbook.addWorksheet(sheetName(language === 'en' ? 'Breach register' : 'Sổ theo dõi vi phạm'));
  const header = sheet.addRow(COLUMNS.map((c) => c.header[language]));
  header.font = { bold: true };
  for (const breach of breaches) sheet.addRow(COLUMNS.map((c) => c.cell(breach, language)));
  COLUMNS.forEach((column, i) => {
    const long = ['Description', 'Consequences', 'Measures taken'].includes(column.header.en);
    sheet.getColumn(i + 1).width = long ? 48 : 20;
    if (long) sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** so-vi-pham-du-lieu-<yyyy-mm-dd>.<format>. */
export function breachExportFilename(generatedAt: Date, format: 'csv' | 'xlsx'): string {
  return `so-vi-pham-du-lieu-${formatLocalDateTime(generatedAt).slice(0, 10).split('/').reverse().join('-')}.${format}`;
}
