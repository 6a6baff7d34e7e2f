import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { createCase, createStaff, type CaseOverrides, login, orgId, Stack, startStack } from '../support/case-factory';
import { parseCsv } from '../support/csv';

// GET /api/v1/statistics/export (issue 11): the figures of GET /statistics, read back from the file.

/** supertest keeps a download as bytes only with a parser of its own. */
function bytes(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

const at = (iso: string) => new Date(iso);
const PERIOD = 'from=2025-01-01&to=2025-12-31';

describe('GET /api/v1/statistics/export', () => {
  let stack: Stack;
  const token = {} as Record<'analyst' | 'association' | 'officer' | 'mediator', string>;

  const get = (who: keyof typeof token, path: string, language = 'vi') =>
    stack.http.get(path).set('Authorization', `Bearer ${token[who]}`).set('Accept-Language', language);
  const download = (who: keyof typeof token, query: string, language = 'vi') =>
    get(who, `/api/v1/statistics/export?${query}`, language).buffer(true).parse(bytes);

  beforeAll(async () => {
    stack = await startStack();
    const sct = await orgId(stack.dataSource, 'SCT');
    const association = await orgId(stack.dataSource, 'HBVNTD');
    await createStaff(stack.dataSource, { email: 'export-mediator@e2e.test', role: 'mediator', orgCode: 'HBVNTD' });
    token.mediator = await login(stack.http, 'export-mediator@e2e.test');
    for (const role of ['analyst', 'association', 'officer'] as const) {
      token[role] = await login(stack.http, `${role}@demo.test`);
    }
    // Received in 2025 (the demo cases are recent, outside the period): statuses, sectors (one with a
    // comma in its name), channels, two units, money.
    const cases: CaseOverrides[] = [
      {
        submittedAt: at('2025-02-10T03:00:00Z'),
        status: 'resolved',
        outcome: 'monetary_relief',
        consultationAt: at('2025-02-11T03:00:00Z'),
        negotiationAt: at('2025-02-12T03:00:00Z'),
        closedAt: at('2025-02-20T03:00:00Z'),
        amountVnd: 1_290_000,
        amountRecoveredVnd: 1_000_000,
        handlingOrgId: sct,
      },
      {
        submittedAt: at('2025-03-03T03:00:00Z'),
        status: 'unresolved',
        outcome: 'referred_to_court',
        sectorCode: 'finance',
        channel: 'phone',
        consultationAt: at('2025-03-04T03:00:00Z'),
        negotiationAt: at('2025-03-05T03:00:00Z'),
        closedAt: at('2025-03-20T03:00:00Z'),
        amountVnd: 25_000_000,
        handlingOrgId: sct,
      },
      {
        submittedAt: at('2025-03-15T03:00:00Z'),
        status: 'refused',
        outcome: 'business_not_found',
        sectorCode: 'food',
        lifecycle: { refusal: { ground: 'c' } },
        closedAt: at('2025-03-17T03:00:00Z'),
        handlingOrgId: sct,
      },
      {
        submittedAt: at('2025-04-01T03:00:00Z'),
        status: 'resolved',
        outcome: 'non_monetary_relief',
        channel: 'email',
        consultationAt: at('2025-04-02T03:00:00Z'),
        closedAt: at('2025-04-10T03:00:00Z'),
        handlingOrgId: association,
      },
      {
        submittedAt: at('2025-05-05T03:00:00Z'),
        status: 'negotiation',
        sectorCode: 'telecom',
        vulnerable: true,
        consultationAt: at('2025-05-06T03:00:00Z'),
        negotiationAt: at('2025-05-07T03:00:00Z'),
        handlingOrgId: sct,
      },
      {
        submittedAt: at('2025-05-20T03:00:00Z'),
        status: 'withdrawn',
        outcome: 'withdrawn',
        closedAt: at('2025-05-22T03:00:00Z'),
        handlingOrgId: association,
      },
    ];
    for (const overrides of cases) await createCase(stack.dataSource, overrides);
  });
  afterAll(() => stack?.stop());

  it('CSV: UTF-8 with a BOM, attachment thong-ke-<from>-<to>.csv, not cached; figures equal GET /statistics', async () => {
    const res = await download('analyst', `${PERIOD}&by=sector&format=csv`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="thong-ke-2025-01-01-2025-12-31.csv"');
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const json = (await get('analyst', `/api/v1/statistics?${PERIOD}&by=sector`).expect(200)).body;
    const [header, ...lines] = parseCsv(body.toString('utf8').slice(1));
    const column = (name: string) => {
      const index = header.indexOf(name);
      expect(index).toBeGreaterThanOrEqual(0);
      return index;
    };
    expect(lines).toHaveLength(json.rows.length + 1);
    const expected = [...json.rows, { key: '', label: 'Tổng cộng', ...json.totals }];
    const share = (value: number | null) => (value === null ? '' : (value * 100).toFixed(1));
    for (const [i, row] of expected.entries()) {
      const line = lines[i];
      expect({
        key: line[column('Mã')],
        label: line[column('Lĩnh vực')],
        received: line[column('Tiếp nhận')],
        refused: line[column('Từ chối')],
        refusedC: line[column('Từ chối theo điểm c Điều 58')],
        resolved: line[column('Giải quyết thành công')],
        unresolved: line[column('Không thành công')],
        inProgress: line[column('Đang giải quyết')],
        supported: line[column('Tỷ lệ tiếp nhận, hỗ trợ (%)')],
        success: line[column('Tỷ lệ giải quyết thành công (%)')],
        claimed: line[column('Số tiền yêu cầu (đồng)')],
        recovered: line[column('Số tiền được bồi hoàn (đồng)')],
      }).toEqual({
        key: row.key,
        label: row.label,
        received: String(row.received),
        refused: String(row.refused),
        refusedC: String(row.refusedByGround.c),
        resolved: String(row.resolved),
        unresolved: String(row.unresolved),
        inProgress: String(row.inProgress),
        supported: share(row.supportedShare),
        success: share(row.resolvedSuccessShare),
        claimed: String(row.moneyClaimedVnd),
        recovered: String(row.moneyRecoveredVnd),
      });
    }
    // The fixture: 6 received, 1 refused (c), 25,000,000 + 5 × 1,290,000 claimed.
    expect(lines[lines.length - 1].slice(0, 5)).toEqual(['', 'Tổng cộng', '6', expect.any(String), '1']);
    expect(lines[lines.length - 1][column('Số tiền yêu cầu (đồng)')]).toBe('31450000');
    // "Tài chính, ngân hàng và bảo hiểm" has a comma: quoted in the file, whole when read back.
    expect(body.toString('utf8')).toContain('"Tài chính, ngân hàng và bảo hiểm"');
    expect(lines.map((line) => line[1])).toContain('Tài chính, ngân hàng và bảo hiểm');
  });

  it('XLSX: header block and the month table, number formats, figures equal GET /statistics (association)', async () => {
    const query = `${PERIOD}&by=month&vulnerable=false`;
    const res = await download('association', `${query}&format=xlsx`, 'en').expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="thong-ke-2025-01-01-2025-12-31.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Statistics');
    expect(sheet.getCell('A1').value).toBe('Consumer complaint statistics');
    expect([sheet.getCell('A2').value, sheet.getCell('B2').value]).toEqual(['Period', '01/01/2025 – 31/12/2025']);
    expect([sheet.getCell('A3').value, sheet.getCell('B3').value]).toEqual(['Grouped by', 'Month']);
    expect(sheet.getCell('B4').value).toBe('Vulnerable consumers: excluding vulnerable consumers');
    expect(sheet.getCell('A5').value).toBe('Generated at');
    expect(sheet.getCell('B5').value).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);

    const json = (await get('association', `/api/v1/statistics?${query}`, 'en').expect(200)).body;
    let headerRow = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'Code') headerRow = n;
    });
    const header = (sheet.getRow(headerRow).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(json.rows).toHaveLength(12);
    json.rows.forEach((row: { key: string; label: string; received: number }, i: number) => {
      const n = headerRow + 1 + i;
      expect([sheet.getCell(n, 1).value, sheet.getCell(n, 2).value, sheet.getCell(n, col('Received')).value]).toEqual([
        row.key,
        row.label,
        row.received,
      ]);
    });
    const totals = headerRow + 1 + json.rows.length;
    expect(sheet.getCell(totals, 2).value).toBe('Total');
    expect(sheet.getCell(totals, col('Received')).value).toBe(json.totals.received);
    expect(sheet.getCell(totals, col('Received and supported (%)')).value).toBe(json.totals.supportedShare);
    expect(sheet.getCell(totals, col('Money recovered (VND)')).value).toBe(json.totals.moneyRecoveredVnd);
    expect(sheet.getCell(totals, col('Received')).numFmt).toBe('#,##0');
    expect(sheet.getCell(totals, col('Received and supported (%)')).numFmt).toBe('0.0%');
    expect(sheet.getCell(totals, col('Working days to closure, median')).numFmt).toBe('0.0');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
  });

  it('an officer exports their own unit only, as GET /statistics shows it to them', async () => {
    const res = await download('officer', `${PERIOD}&format=csv`).expect(200);
    const [header, totals] = parseCsv((res.body as Buffer).toString('utf8').slice(1));
    const received = totals[header.indexOf('Tiếp nhận')];
    const json = (await get('officer', `/api/v1/statistics?${PERIOD}`).expect(200)).body;
    // Four of the six are handled by the department (SCT); two by the association.
    expect(received).toBe('4');
    expect(json.totals.received).toBe(4);
    // Asking for the association's cases does not widen the officer's scope.
    const association = await orgId(stack.dataSource, 'HBVNTD');
    const other = await download('officer', `${PERIOD}&handlingOrg=${association}&format=csv`).expect(200);
    const [h2, t2] = parseCsv((other.body as Buffer).toString('utf8').slice(1));
    expect(t2[h2.indexOf('Tiếp nhận')]).toBe('4');
  });

  it('400 with a field message for a format other than csv or xlsx, or none', async () => {
    const res = await get('analyst', `/api/v1/statistics/export?${PERIOD}&format=pdf`, 'en').expect(400);
    expect(res.body.errors).toEqual([{ field: 'format', messages: ['must be one of: csv, xlsx'] }]);
    const vi = await get('analyst', `/api/v1/statistics/export?${PERIOD}`).expect(400);
    expect(vi.body.errors).toEqual([{ field: 'format', messages: ['Phải là một trong: csv, xlsx'] }]);
    // The parameters of GET /statistics are checked as there.
    const bad = await get('analyst', '/api/v1/statistics/export?from=2025-13-01&to=2025-12-31&format=csv').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['from']);
  });

  it('403 for a mediator, 401 without a token', async () => {
    await get('mediator', `/api/v1/statistics/export?${PERIOD}&format=csv`).expect(403);
    await stack.http.get(`/api/v1/statistics/export?${PERIOD}&format=csv`).expect(401);
  });
});
