import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { communesOfProvince, syncReferenceData } from '@app/persistence';
import { createCase, createStaff, login, Stack, startStack } from '../support/case-factory';
import { parseCsv } from '../support/csv';

// Issue 11, the department's commune table "per 10,000 inhabitants where population is available":
// admins set the communes' population (none is shipped), and GET /statistics?by=commune and its
// export carry each commune's population and complaints received per 10,000 inhabitants.

/** supertest keeps a download as bytes only with a parser of its own. */
function bytes(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** received × 10,000 / population to one decimal, half up, by exact integer arithmetic (not the app's function). */
function per10k(received: number, population: number): number {
  const p = BigInt(population);
  const tenths = (BigInt(received) * 100_000n * 2n + p) / (2n * p);
  return Number(tenths) / 10;
}

const [A, B, C, D] = communesOfProvince().map((c) => c.code);
const PERIOD = 'from=2025-01-01&to=2025-12-31';
const THIS_YEAR = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4));

interface Row {
  code: string;
  population: number | null;
  year: number | null;
}

describe('communes’ population (admin) and complaints per 10,000 inhabitants (statistics)', () => {
  let stack: Stack;
  const token = {} as Record<'admin' | 'analyst' | 'officer' | 'association' | 'mediator', string>;

  const as = (who: keyof typeof token, language = 'vi') => ({
    get: (path: string) =>
      stack.http.get(path).set('Authorization', `Bearer ${token[who]}`).set('Accept-Language', language),
    put: (path: string, body: object) =>
      stack.http.put(path).set('Authorization', `Bearer ${token[who]}`).set('Accept-Language', language).send(body),
    csv: (text: string) =>
      stack.http
        .post('/api/v1/admin/communes/population/import')
        .set('Authorization', `Bearer ${token[who]}`)
        .set('Accept-Language', language)
        .set('Content-Type', 'text/csv')
        .send(text),
    upload: (text: string) =>
      stack.http
        .post('/api/v1/admin/communes/population/import')
        .set('Authorization', `Bearer ${token[who]}`)
        .set('Accept-Language', language)
        .attach('file', Buffer.from(text, 'utf8'), { filename: 'dan-so.csv', contentType: 'text/csv' }),
  });
  const populations = async (): Promise<Row[]> =>
    (await as('admin').get('/api/v1/admin/communes/population').expect(200)).body.map(
      ({ code, population, year }: Row) => ({ code, population, year }),
    );
  const fieldsOf = (body: { errors: { field: string }[] }) => body.errors.map((e) => e.field);
  const messagesOf = (body: { errors: { field: string; messages: string[] }[] }, field: string) =>
    body.errors.find((e) => e.field === field)?.messages;

  beforeAll(async () => {
    stack = await startStack();
    await createStaff(stack.dataSource, { email: 'pop-mediator@e2e.test', role: 'mediator', orgCode: 'HBVNTD' });
    token.mediator = await login(stack.http, 'pop-mediator@e2e.test');
    for (const role of ['admin', 'analyst', 'officer', 'association'] as const) {
      token[role] = await login(stack.http, `${role}@demo.test`);
    }
    // Received in 2025 (the demo cases are recent, outside the period): 3 in A, 2 in B, 1 in C.
    const cases: [string, string][] = [
      [A, '2025-02-10T03:00:00Z'],
      [A, '2025-03-10T03:00:00Z'],
      [A, '2025-04-10T03:00:00Z'],
      [B, '2025-05-10T03:00:00Z'],
      [B, '2025-06-10T03:00:00Z'],
      [C, '2025-07-10T03:00:00Z'],
    ];
    for (const [communeCode, at] of cases)
      await createCase(stack.dataSource, { communeCode, submittedAt: new Date(at) });
  });
  afterAll(() => stack?.stop());

  it('ships no figure: every one of the 92 communes starts without a population', async () => {
    const rows = await populations();
    expect(rows).toHaveLength(92);
    expect(rows.every((r) => r.population === null && r.year === null)).toBe(true);
    const { body } = await as('analyst').get(`/api/v1/statistics?${PERIOD}&by=commune`).expect(200);
    expect(body.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: A, received: 3, population: null, receivedPer10k: null }),
      ]),
    );
    expect(body.communesWithoutPopulation).toHaveLength(92);
  });

  it('is for admins only: other staff roles get 403, no session 401', async () => {
    for (const who of ['analyst', 'officer', 'association', 'mediator'] as const) {
      await as(who).get('/api/v1/admin/communes/population').expect(403);
      await as(who).put(`/api/v1/admin/communes/${A}/population`, { population: 1000, year: 2025 }).expect(403);
      await as(who).csv(`code,population,year\r\n${A},1000,2025\r\n`).expect(403);
    }
    await stack.http.get('/api/v1/admin/communes/population').expect(401);
    await stack.http.put(`/api/v1/admin/communes/${A}/population`).send({ population: 1000, year: 2025 }).expect(401);
    expect((await populations()).find((r) => r.code === A)?.population).toBeNull();
  });

  it('PUT sets one commune’s population and year; null clears it; 404 for a code not of the province', async () => {
    const set = await as('admin')
      .put(`/api/v1/admin/communes/${D}/population`, { population: 12_345, year: 2024 })
      .expect(200);
    expect(set.body).toEqual({
      code: D,
      name: communesOfProvince()[3].name,
      kind: communesOfProvince()[3].kind,
      population: 12_345,
      year: 2024,
    });
    expect((await populations()).find((r) => r.code === D)).toEqual({ code: D, population: 12_345, year: 2024 });
    const cleared = await as('admin').put(`/api/v1/admin/communes/${D}/population`, { population: null }).expect(200);
    expect(cleared.body).toMatchObject({ population: null, year: null });
    await as('admin').put('/api/v1/admin/communes/99999/population', { population: 100, year: 2025 }).expect(404);
  });

  it.each([
    [
      { population: 0, year: 2025 },
      'population',
      'Nhập số dân là số nguyên, từ 1 đến 5.000.000',
      'from 1 to 5,000,000',
    ],
    [{ population: -20, year: 2025 }, 'population', 'từ 1 đến 5.000.000', 'whole number of inhabitants'],
    [{ population: 5_000_001, year: 2025 }, 'population', 'từ 1 đến 5.000.000', 'from 1 to 5,000,000'],
    [{ population: 1500.5, year: 2025 }, 'population', 'Phải là số nguyên', 'must be a whole number'],
    [{ population: '1500', year: 2025 }, 'population', 'Phải là số nguyên', 'must be a whole number'],
    [{ year: 2025 }, 'population', 'Phải là số nguyên', 'must be a whole number'],
    [{ population: 1500 }, 'year', 'Nhập năm của số liệu dân số', 'the year the figure is for is required'],
    [{ population: 1500, year: 1999 }, 'year', `từ 2000 đến ${THIS_YEAR}`, `from 2000 to ${THIS_YEAR}`],
    [{ population: 1500, year: THIS_YEAR + 1 }, 'year', `từ 2000 đến ${THIS_YEAR}`, `from 2000 to ${THIS_YEAR}`],
  ])('PUT %j: 400 on %s with its message in Vietnamese and English; nothing stored', async (body, field, vi, en) => {
    const inVi = await as('admin').put(`/api/v1/admin/communes/${A}/population`, body).expect(400);
    expect(fieldsOf(inVi.body)).toEqual([field]);
    expect(messagesOf(inVi.body, field)?.join(' ')).toContain(vi);
    const inEn = await as('admin', 'en').put(`/api/v1/admin/communes/${A}/population`, body).expect(400);
    expect(messagesOf(inEn.body, field)?.join(' ')).toContain(en);
    expect((await populations()).find((r) => r.code === A)).toEqual({ code: A, population: null, year: null });
  });

  it('CSV import: any bad line refuses the whole file, listing each line by number; nothing is stored', async () => {
    const before = await populations();
    const file = [
      'code,population,year',
      `${A},45210,2025`, // good
      '99999,1000,2025', // not a commune of the province
      `${B},12.500,2025`, // thousands separator
      `${C},1000`, // two columns
      `${A},100,2025`, // A again
      `${D},100,1990`, // year out of range
    ].join('\r\n');
    const vi = await as('admin').csv(file).expect(400);
    expect(fieldsOf(vi.body)).toEqual([
      'lines.3.code',
      'lines.4.population',
      'lines.5',
      'lines.6.code',
      'lines.7.year',
    ]);
    expect(messagesOf(vi.body, 'lines.3.code')).toEqual(['Dòng 3: Không phải xã/phường của tỉnh']);
    expect(messagesOf(vi.body, 'lines.6.code')).toEqual(['Dòng 6: Xã, phường này đã có ở dòng 2']);
    const en = await as('admin', 'en').upload(file).expect(400);
    expect(fieldsOf(en.body)).toEqual(fieldsOf(vi.body));
    expect(messagesOf(en.body, 'lines.5')).toEqual([
      'Line 5: needs exactly 3 columns (code, population, year), this line has 2',
    ]);
    expect(messagesOf(en.body, 'lines.7.year')).toEqual([`Line 7: the year must be from 2000 to ${THIS_YEAR}`]);
    expect(await populations()).toEqual(before);

    const header = await as('admin', 'en').csv(`commune;population;year\r\n${A};45210;2025\r\n`).expect(400);
    expect(messagesOf(header.body, 'lines.1.header')).toEqual(['Line 1: the first line must be: code,population,year']);
    const empty = await as('admin', 'en').csv('code,population,year\r\n').expect(400);
    expect(fieldsOf(empty.body)).toEqual(['file']);
    const none = await stack.http
      .post('/api/v1/admin/communes/population/import')
      .set('Authorization', `Bearer ${token.admin}`)
      .expect(400);
    expect(messagesOf(none.body, 'file')).toEqual(['Chọn tệp CSV (cột code,population,year) để nhập']);
    expect(await populations()).toEqual(before);
  });

  it('CSV import as a text/csv body or an uploaded file stores every line at once; empty figures clear', async () => {
    await as('admin').put(`/api/v1/admin/communes/${D}/population`, { population: 999, year: 2025 }).expect(200);
    const text = await as('admin')
      .csv(`\uFEFFcode,population,year\r\n${A},45210,2025\r\n${B},1000,2024\r\n${D},,\r\n`)
      .expect(200);
    expect(text.body.imported).toBe(3);
    expect(text.body.communes).toHaveLength(92);
    const upload = await as('admin').upload(`code,population,year\n${B},30117,2025\n`).expect(200);
    expect(upload.body.imported).toBe(1);
    const rows = await populations();
    expect(rows.filter((r) => r.population !== null)).toEqual([
      { code: A, population: 45_210, year: 2025 },
      { code: B, population: 30_117, year: 2025 },
    ]);
    expect(rows.find((r) => r.code === D)).toEqual({ code: D, population: null, year: null });
  });

  it('keeps the figures when the reference data is refreshed (every db:migrate), and the database refuses 0', async () => {
    await syncReferenceData(stack.dataSource);
    expect((await populations()).find((r) => r.code === A)).toEqual({ code: A, population: 45_210, year: 2025 });
    await expect(stack.dataSource.query(`UPDATE communes SET population = 0 WHERE code = $1`, [A])).rejects.toThrow(
      /CHK_communes_population_positive/,
    );
    await expect(
      stack.dataSource.query(`UPDATE communes SET population_year = NULL WHERE code = $1`, [A]),
    ).rejects.toThrow(/CHK_communes_population_year/);
  });

  it('GET /statistics?by=commune: each row’s population and received per 10,000 inhabitants; the communes without', async () => {
    const { body } = await as('analyst').get(`/api/v1/statistics?${PERIOD}&by=commune`).expect(200);
    const row = (key: string) => body.rows.find((r: { key: string }) => r.key === key);
    expect(row(A)).toMatchObject({ received: 3, population: 45_210, receivedPer10k: per10k(3, 45_210) });
    expect(row(B)).toMatchObject({ received: 2, population: 30_117, receivedPer10k: per10k(2, 30_117) });
    expect(row(C)).toMatchObject({ received: 1, population: null, receivedPer10k: null });
    expect(per10k(3, 45_210)).toBe(0.7); // 0.6635…
    expect(per10k(2, 30_117)).toBe(0.7); // 0.6640…
    expect(body.communesWithoutPopulation).toHaveLength(90);
    expect(body.communesWithoutPopulation).toContain(C);
    expect(body.communesWithoutPopulation).not.toContain(A);
    // The other breakdowns do not carry them.
    const bySector = (await as('analyst').get(`/api/v1/statistics?${PERIOD}&by=sector`).expect(200)).body;
    expect(bySector.rows[0]).not.toHaveProperty('population');
    expect(bySector).not.toHaveProperty('communesWithoutPopulation');
  });

  it('a rate with a half tenth rounds up', async () => {
    // 3 × 10,000 / 40,000 = 0.75 → 0.8.
    await as('admin').put(`/api/v1/admin/communes/${A}/population`, { population: 40_000, year: 2025 }).expect(200);
    const { body } = await as('analyst').get(`/api/v1/statistics?${PERIOD}&by=commune`).expect(200);
    expect(body.rows.find((r: { key: string }) => r.key === A)).toMatchObject({
      population: 40_000,
      receivedPer10k: 0.8,
    });
    await as('admin').put(`/api/v1/admin/communes/${A}/population`, { population: 45_210, year: 2025 }).expect(200);
  });

  it('the CSV and XLSX exports by commune carry the population and the rate', async () => {
    const csv = await as('analyst')
      .get(`/api/v1/statistics/export?${PERIOD}&by=commune&format=csv`)
      .buffer(true)
      .parse(bytes)
      .expect(200);
    const [header, ...lines] = parseCsv((csv.body as Buffer).toString('utf8').slice(1));
    const population = header.indexOf('Dân số');
    const rate = header.indexOf('Tiếp nhận trên 10.000 dân');
    expect(population).toBeGreaterThan(1);
    expect(rate).toBeGreaterThan(1);
    const line = (code: string) => lines.find((l) => l[0] === code) ?? [];
    expect([line(A)[population], line(A)[rate]]).toEqual(['45210', '0.7']);
    expect([line(B)[population], line(B)[rate]]).toEqual(['30117', '0.7']);
    expect([line(C)[population], line(C)[rate]]).toEqual(['', '']);
    const totals = lines[lines.length - 1];
    expect([totals[1], totals[population], totals[rate]]).toEqual(['Tổng cộng', '', '']);

    const xlsx = await as('analyst', 'en')
      .get(`/api/v1/statistics/export?${PERIOD}&by=commune&format=xlsx`)
      .buffer(true)
      .parse(bytes)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    let headerRow = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell(1).value === 'Code') headerRow = n;
    });
    const titles = (sheet.getRow(headerRow).values as unknown[]).slice(1);
    const col = (name: string) => titles.indexOf(name) + 1;
    expect(col('Population')).toBeGreaterThan(2);
    let rowOfA = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell(1).value === A) rowOfA = n;
    });
    expect(sheet.getCell(rowOfA, col('Population')).value).toBe(45_210);
    expect(sheet.getCell(rowOfA, col('Received per 10,000 inhabitants')).value).toBe(0.7);
    expect(sheet.getCell(rowOfA, col('Received per 10,000 inhabitants')).numFmt).toBe('#,##0.0');
    // By sector, no such column.
    const bySector = await as('analyst')
      .get(`/api/v1/statistics/export?${PERIOD}&by=sector&format=csv`)
      .buffer(true)
      .parse(bytes)
      .expect(200);
    expect((bySector.body as Buffer).toString('utf8')).not.toContain('Dân số');
  });
});
