import ExcelJS from 'exceljs';
import { annualReportXlsx, plan126Indicators } from '@app/reports';
import { axisMax } from '@app/reports/pdf/pdf-charts';
import { ANNUAL_DATA, figures } from './annual-report-fixture';

describe(plan126Indicators.name, () => {
  it('Plan 126/KH-UBND: indicator 1 is met at 90% exactly (target 90%), indicator 2 only above 80% (target > 80%)', () => {
    const sut = plan126Indicators(figures({ supportedShare: 0.9, resolvedSuccessShare: 0.8 }));
    expect(sut.map((i) => [i.key, i.target, i.comparison, i.verdict])).toEqual([
      ['supportedShare', 0.9, '>=', 'met'],
      ['resolvedSuccessShare', 0.8, '>', 'not_met'],
    ]);
    const above = plan126Indicators(figures({ supportedShare: 0.8999, resolvedSuccessShare: 0.8001 }));
    expect(above.map((i) => i.verdict)).toEqual(['not_met', 'met']);
  });

  it('says there is no figure yet rather than a verdict when nothing was received or concluded', () => {
    expect(plan126Indicators(figures()).map((i) => i.verdict)).toEqual(['no_data', 'no_data']);
  });
});

describe(axisMax.name, () => {
  it('gives four whole ticks reaching the largest bar', () => {
    expect([0, 1, 3, 5, 8, 9, 37, 120, 999].map(axisMax)).toEqual([4, 4, 4, 8, 8, 12, 40, 200, 1000]);
  });
});

describe(annualReportXlsx.name, () => {
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await annualReportXlsx(ANNUAL_DATA)) as unknown as ArrayBuffer);
  });

  const sheet = (name: string) => {
    const found = workbook.getWorksheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  /** The row whose first cell is `first`, as values. */
  const rowStarting = (ws: ExcelJS.Worksheet, first: string) => {
    for (let n = 1; n <= ws.rowCount; n += 1) {
      if (ws.getCell(n, 1).value === first) return (ws.getRow(n).values as unknown[]).slice(1);
    }
    throw new Error(`no row starting ${first} in ${ws.name}`);
  };

  it('has one sheet per section', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Tổng hợp',
      'Tổng hợp số liệu',
      'Theo lĩnh vực',
      'Theo xã, phường',
      'Theo kênh tiếp nhận',
      'Theo kết quả',
      'Người TD dễ bị tổn thương',
      'Theo đơn vị giải quyết',
      'Theo tháng',
      'Hòa giải',
      'Thương mại điện tử',
      'Doanh nghiệp',
    ]);
  });

  it('puts the two Plan 126 indicators against their targets on the first sheet, as percentages', () => {
    const ws = sheet('Tổng hợp');
    expect(ws.getCell('A1').value).toBe('BÁO CÁO KẾT QUẢ CÔNG TÁC BẢO VỆ QUYỀN LỢI NGƯỜI TIÊU DÙNG NĂM 2026');
    expect(rowStarting(ws, 'Kỳ báo cáo')).toEqual(['Kỳ báo cáo', '15/11/2025 – 14/11/2026']);
    const first = rowStarting(ws, 'Tỷ lệ khiếu nại, yêu cầu được tiếp nhận, hỗ trợ (≥ mục tiêu)');
    expect(first.slice(1)).toEqual([0.9167, 0.9, 'Đạt']);
    expect(rowStarting(ws, 'Tỷ lệ khiếu nại, yêu cầu được giải quyết thành công (> mục tiêu)').slice(1)).toEqual([
      0.8333,
      0.8,
      'Đạt',
    ]);
  });

  it('has each breakdown with its rows and totals, and the sections beyond the figures', () => {
    expect(rowStarting(sheet('Theo lĩnh vực'), 'finance').slice(1, 3)).toEqual(['Tài chính, ngân hàng và bảo hiểm', 3]);
    expect(rowStarting(sheet('Theo tháng'), '2026-03').slice(1, 3)).toEqual(['Tháng 03/2026', 8]);
    expect(rowStarting(sheet('Hòa giải'), 'Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thái Nguyên')).toEqual([
      'Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thái Nguyên',
      4,
      3,
      2,
      0.6667,
      6,
    ]);
    expect(rowStarting(sheet('Thương mại điện tử'), 'Tỷ lệ thương mại điện tử')).toEqual([
      'Tỷ lệ thương mại điện tử',
      0.6667,
    ]);
    expect(rowStarting(sheet('Doanh nghiệp'), 1 as unknown as string)).toEqual([
      1,
      'Công ty TNHH Điện Máy Ví Dụ',
      '4600123456',
      3,
      2,
      1,
    ]);
  });
});
