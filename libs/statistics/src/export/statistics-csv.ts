import type { StatisticsReport } from '@app/domain';
import type { ExportLanguage } from './export-labels';
import { type Cell, type CellKind, exportTable } from './export-table';

/** Excel reads a CSV as UTF-8 (Vietnamese text intact) only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

// A text cell Excel would run as a formula (CSV injection): the leading apostrophe keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Counts and VND as integers, shares as percentages with one decimal, days with at most one decimal. */
function written(value: Cell, kind: CellKind): string {
  if (value === null) return '';
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  switch (kind) {
    case 'count':
    case 'vnd':
      return String(Math.round(value));
    case 'share':
      return (value * 100).toFixed(1);
    case 'days':
      return String(Math.round(value * 10) / 10);
    case 'rate':
      return value.toFixed(1);
    case 'text':
      return String(value);
  }
}

/** The report as CSV in UTF-8 with a BOM: the header row, one line per row, then the totals line (CRLF). */
export function statisticsCsv(report: StatisticsReport, language: ExportLanguage): Buffer {
  const table = exportTable(report, language);
  const line = (cells: readonly Cell[], kinds: readonly CellKind[]) =>
    cells.map((cell, i) => csvField(written(cell, kinds[i]))).join(',');
  const kinds = table.columns.map((column) => column.kind);
  const lines = [
    line(
      table.columns.map((column) => column.header),
      kinds.map(() => 'text'),
    ),
    ...table.rows.map((row) => line(row, kinds)),
    line(table.totals, kinds),
  ];
  return Buffer.from(`${UTF8_BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}
