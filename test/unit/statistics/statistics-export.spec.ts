import ExcelJS from 'exceljs';
import type { StatisticsFigures, StatisticsReport, StatisticsRow } from '@app/domain';
import { csvField, statisticsCsv, statisticsExportFilename, statisticsXlsx, UTF8_BOM } from '@app/statistics/export';
import { parseCsv } from '../../support/csv';

const noDays = { cases: 0, median: null, p90: null };

function figures(overrides: Partial<StatisticsFigures> = {}): StatisticsFigures {
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

const ecommerce: StatisticsRow = {
  key: 'ecommerce',
  label: 'Thương mại điện tử',
  ...figures({
    received: 1234,
    accepted: 1000,
    refused: 234,
    refusedByGround: { a: 0, b: 0, c: 200, d: 34, e: 0 },
    resolved: 5,
    unresolved: 1,
    supportedShare: 0.8104,
    resolvedSuccessShare: 0.8333,
    daysToClosure: { cases: 6, median: 4.5, p90: 12 },
    businessTimelyResponse: { met: 3, breached: 1, rate: 0.75 },
    clocksBreachedByKind: { business_acknowledgement: 1 },
    moneyClaimedVnd: 12_900_000,
    moneyRecoveredVnd: 8_490_000,
  }),
};
// A label with a comma, quotes and a leading "=" (names come from admin-edited reference data).
const tricky: StatisticsRow = {
  key: 'other',
  label: '=Khác, "chưa phân loại"',
  ...figures({ received: 2, accepted: 2, supportedShare: 1 }),
};

const report: StatisticsReport = {
  period: { from: '2025-11-15', to: '2026-11-14' },
  by: 'sector',
  filters: { commune: '05443', vulnerable: true },
  totals: figures({
    received: 1236,
    accepted: 1002,
    refused: 234,
    refusedByGround: { a: 0, b: 0, c: 200, d: 34, e: 0 },
    resolved: 5,
    unresolved: 1,
    supportedShare: 0.8107,
    resolvedSuccessShare: 0.8333,
    daysToClosure: { cases: 6, median: 4.5, p90: 12 },
    businessTimelyResponse: { met: 3, breached: 1, rate: 0.75 },
    clocksBreachedByKind: { business_acknowledgement: 1 },
    moneyClaimedVnd: 12_900_000,
    moneyRecoveredVnd: 8_490_000,
  }),
  rows: [ecommerce, tricky],
  freshAsOf: '2026-11-20T02:30:00.000Z',
};

describe(statisticsCsv.name, () => {
  const sut = statisticsCsv(report, 'vi');

  it('starts with the UTF-8 BOM, so Excel keeps the Vietnamese text', () => {
    expect([...sut.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(sut.toString('utf8').startsWith(UTF8_BOM)).toBe(true);
    expect(sut.toString('utf8')).toContain('Thương mại điện tử');
  });

  it('writes the header row in the caller’s language, one line per row, then the totals line', () => {
    const lines = parseCsv(sut.toString('utf8').slice(1));
    expect(lines).toHaveLength(4);
    expect(lines[0].slice(0, 5)).toEqual(['Mã', 'Lĩnh vực', 'Tiếp nhận', 'Thụ lý', 'Từ chối']);
    expect(lines.map((line) => line[1])).toEqual([
      'Lĩnh vực',
      'Thương mại điện tử',
      '\'=Khác, "chưa phân loại"',
      'Tổng cộng',
    ]);
    expect(lines.every((line) => line.length === lines[0].length)).toBe(true);
    const en = parseCsv(statisticsCsv(report, 'en').toString('utf8').slice(1));
    expect(en[0].slice(0, 5)).toEqual(['Code', 'Sector', 'Received', 'Accepted', 'Refused']);
    expect(en[3][1]).toBe('Total');
  });

  it('quotes fields with commas and quotes (doubling them), and keeps a leading "=" from running as a formula', () => {
    expect(sut.toString('utf8')).toContain(',"\'=Khác, ""chưa phân loại""",');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('plain')).toBe('plain');
  });

  it('writes money as integers, shares as percentages with one decimal, durations in working days', () => {
    const [header, row] = parseCsv(sut.toString('utf8').slice(1));
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Tiếp nhận')).toBe('1234');
    expect(cell('Từ chối theo điểm c Điều 58')).toBe('200');
    expect(cell('Tỷ lệ tiếp nhận, hỗ trợ (%)')).toBe('81.0');
    expect(cell('Tỷ lệ giải quyết thành công (%)')).toBe('83.3');
    expect(cell('Ngày làm việc đến khi kết thúc, trung vị')).toBe('4.5');
    expect(cell('Ngày làm việc đến khi kết thúc, phân vị 90')).toBe('12');
    expect(cell('Ngày làm việc giai đoạn hòa giải, trung vị')).toBe('');
    expect(cell('Quá hạn: DN xác nhận tiếp nhận (Điều 31.2)')).toBe('1');
    expect(cell('Số tiền yêu cầu (đồng)')).toBe('12900000');
    expect(cell('Số tiền được bồi hoàn (đồng)')).toBe('8490000');
  });

  it('is named thong-ke-<from>-<to>', () => {
    expect(statisticsExportFilename(report.period, 'csv')).toBe('thong-ke-2025-11-15-2026-11-14.csv');
  });
});

describe(statisticsXlsx.name, () => {
  // 20 Nov 2026, 16:05 in Hà Nội.
  const generatedAt = new Date('2026-11-20T09:05:00Z');
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const bytes = await statisticsXlsx(report, {
      language: 'vi',
      generatedAt,
      filterNames: { commune: 'Phường Phan Đình Phùng' },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    sheet = workbook.worksheets[0];
  });

  const rowValues = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  const headerRow = () => {
    for (let n = 1; n <= sheet.rowCount; n += 1) if (sheet.getCell(n, 1).value === 'Mã') return n;
    throw new Error('no header row');
  };

  it('has the header block: title, period dd/mm/yyyy, grouping, filters in words, generated at', () => {
    expect(sheet.name).toBe('Thống kê');
    expect(sheet.getCell('A1').value).toBe('Thống kê khiếu nại, yêu cầu của người tiêu dùng');
    expect(rowValues(2)).toEqual(['Kỳ số liệu', '15/11/2025 – 14/11/2026']);
    expect(rowValues(3)).toEqual(['Phân theo', 'Lĩnh vực']);
    expect(rowValues(4)).toEqual([
      'Điều kiện lọc',
      'Xã, phường: Phường Phan Đình Phùng; Người tiêu dùng dễ bị tổn thương: chỉ hồ sơ của người tiêu dùng dễ bị tổn thương (Điều 8)',
    ]);
    expect(rowValues(5)).toEqual(['Thời điểm lập', '20/11/2026 16:05']);
    expect(rowValues(6)).toEqual(['Số liệu tính đến', '20/11/2026 09:30']);
  });

  it('has the rows and the totals as numbers, shares as fractions shown as percentages', () => {
    const h = headerRow();
    const header = rowValues(h) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    expect(sheet.getCell(h + 1, 2).value).toBe('Thương mại điện tử');
    expect(sheet.getCell(h + 1, col('Tiếp nhận')).value).toBe(1234);
    expect(sheet.getCell(h + 1, col('Tỷ lệ giải quyết thành công (%)')).value).toBe(0.8333);
    expect(sheet.getCell(h + 2, 2).value).toBe('=Khác, "chưa phân loại"');
    expect(sheet.getCell(h + 3, 2).value).toBe('Tổng cộng');
    expect(sheet.getCell(h + 3, col('Tiếp nhận')).value).toBe(1236);
    expect(sheet.getCell(h + 3, col('Số tiền được bồi hoàn (đồng)')).value).toBe(8_490_000);
    expect(sheet.getCell(h + 3, 1).value).toBeNull();
  });

  it('formats counts and VND #,##0, shares 0.0%, days 0.0', () => {
    const h = headerRow();
    const header = rowValues(h) as string[];
    const fmt = (row: number, name: string) => sheet.getCell(row, header.indexOf(name) + 1).numFmt;
    for (const row of [h + 1, h + 3]) {
      expect(fmt(row, 'Tiếp nhận')).toBe('#,##0');
      expect(fmt(row, 'Số tiền yêu cầu (đồng)')).toBe('#,##0');
      expect(fmt(row, 'Tỷ lệ tiếp nhận, hỗ trợ (%)')).toBe('0.0%');
      expect(fmt(row, 'Ngày làm việc đến khi kết thúc, trung vị')).toBe('0.0');
    }
  });

  it('freezes the header row and the label columns, and sets column widths', () => {
    const h = headerRow();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: h, xSplit: 2 });
    expect(sheet.getColumn(2).width).toBe(36);
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(12);
  });

  it('labels everything in English for an English caller', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await statisticsXlsx(report, { language: 'en', generatedAt });
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const en = workbook.worksheets[0];
    expect(en.name).toBe('Statistics');
    expect(en.getCell('A1').value).toBe('Consumer complaint statistics');
    expect(en.getCell('A2').value).toBe('Period');
    // Without looked-up names the codes are printed.
    expect(en.getCell('B4').value).toBe('Commune: 05443; Vulnerable consumers: only vulnerable consumers (Art 8)');
  });
});
