import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { JobQueueService } from '@app/queue';
import { createCase, type CaseOverrides, login, orgId, Stack, startStack } from '../support/case-factory';
import { pdfText } from '../support/pdf-text';
import { readUntil } from '../support/wait';

// The Plan 126/KH-UBND annual report (issue 11): POST /reports/annual → the worker compiles it over
// the reporting period (15 Nov 2024 – 14 Nov 2025 for 2025), with progress, then XLSX and PDF.

/** supertest keeps a download as bytes only with a parser of its own. */
function bytes(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

const at = (iso: string) => new Date(iso);
const CONSUMER = { name: 'Trần Văn Khiếu Nại', phone: '0987001122' };
const BUSINESS = { name: 'Công ty TNHH Điện Máy Ví Dụ Thái Nguyên', taxCode: '4600123456' };
const SHOP = 'Cửa hàng Thời Trang Mẫu';
const ADVISED_ONLY = 'Nhà thuốc Không Có Lỗi';
/** "0.8571" → "85,7%", as the Vietnamese report prints shares. */
const printed = (share: number) => `${(share * 100).toFixed(1).replace('.', ',')}%`;

describe('the annual report', () => {
  let stack: Stack;
  let analyst: string;
  let officer: string;
  let jobs: JobQueueService;
  let reportId: string;

  const get = (token: string, path: string) => stack.http.get(path).set('Authorization', `Bearer ${token}`);
  const file = (id: string, format: string) =>
    get(analyst, `/api/v1/reports/${id}/file?format=${format}`).buffer(true).parse(bytes);

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    jobs = stack.api.get(JobQueueService);
    analyst = await login(stack.http, 'analyst@demo.test');
    officer = await login(stack.http, 'officer@demo.test');
    const association = await orgId(stack.dataSource, 'HBVNTD');
    const consumer = { ...CONSUMER, vulnerableGroups: ['elderly'] };
    const cases: CaseOverrides[] = [
      // Substantiated against BUSINESS: relief after negotiation, and no agreement after it.
      {
        submittedAt: at('2024-12-02T03:00:00Z'),
        status: 'resolved',
        outcome: 'monetary_relief',
        purchaseChannel: 'ecommerce_platform',
        sectorCode: 'ecommerce',
        consultationAt: at('2024-12-03T03:00:00Z'),
        negotiationAt: at('2024-12-04T03:00:00Z'),
        closedAt: at('2024-12-20T03:00:00Z'),
        amountRecoveredVnd: 1_290_000,
        consumer,
        business: { ...BUSINESS, name: 'Điện Máy Ví Dụ (tên cũ)' },
      },
      {
        submittedAt: at('2025-03-03T03:00:00Z'),
        status: 'unresolved',
        outcome: 'referred_to_court',
        sectorCode: 'utilities',
        purchaseChannel: 'in_store',
        consultationAt: at('2025-03-04T03:00:00Z'),
        negotiationAt: at('2025-03-05T03:00:00Z'),
        closedAt: at('2025-03-25T03:00:00Z'),
        consumer,
        business: BUSINESS,
      },
      // Substantiated against SHOP: a remedy after mediation by the association.
      {
        submittedAt: at('2025-04-01T03:00:00Z'),
        status: 'resolved',
        outcome: 'non_monetary_relief',
        sectorCode: 'food',
        purchaseChannel: 'social_network',
        consultationAt: at('2025-04-02T03:00:00Z'),
        mediationAt: at('2025-04-03T03:00:00Z'),
        mediationOrgId: association,
        closedAt: at('2025-04-10T03:00:00Z'),
        consumer,
        business: { name: SHOP },
      },
      // Resolved by advice alone: says nothing against the business.
      {
        submittedAt: at('2025-06-10T03:00:00Z'),
        status: 'resolved',
        outcome: 'explained',
        sectorCode: 'health',
        purchaseChannel: 'in_store',
        consultationAt: at('2025-06-11T03:00:00Z'),
        closedAt: at('2025-06-12T03:00:00Z'),
        consumer,
        business: { name: ADVISED_ONLY },
      },
      {
        submittedAt: at('2025-07-01T03:00:00Z'),
        status: 'refused',
        outcome: 'business_not_found',
        sectorCode: 'other',
        purchaseChannel: 'other',
        lifecycle: { refusal: { ground: 'c' } },
        closedAt: at('2025-07-02T03:00:00Z'),
        consumer,
      },
      {
        submittedAt: at('2025-10-20T03:00:00Z'),
        status: 'negotiation',
        sectorCode: 'telecom',
        purchaseChannel: 'in_store',
        vulnerable: true,
        consultationAt: at('2025-10-21T03:00:00Z'),
        negotiationAt: at('2025-10-22T03:00:00Z'),
        consumer,
      },
      // 15 November 2025 in Hà Nội: the 2026 period, not this one.
      { submittedAt: at('2025-11-14T17:30:00Z'), status: 'submitted', purchaseChannel: 'in_store', consumer },
    ];
    const ids: string[] = [];
    for (const overrides of cases) ids.push((await createCase(stack.dataSource, overrides)).id);
    // The association's mediation of the third case, on its timeline.
    const event = (action: string, when: string, detail: object, toStatus: string | null = null) =>
      stack.dataSource.query(
        `INSERT INTO case_events (case_id, at, actor_kind, action, to_status, visibility, data)
         VALUES ($1, $2, 'staff', $3, $4, 'internal', $5)`,
        [ids[2], when, action, toStatus, JSON.stringify({ public: {}, detail })],
      );
    await event('request_mediation', '2025-04-03T03:00:00Z', { organisationId: association });
    await event('record_mediation_result', '2025-04-10T03:00:00Z', { result: 'success' }, 'resolved');
    // Every write to a report, as the worker makes it: to see the progress, however fast it goes.
    await stack.dataSource.query(`CREATE TABLE report_writes (n serial, status text, percent int)`);
    await stack.dataSource.query(`CREATE FUNCTION log_report_write() RETURNS trigger AS $$
      BEGIN INSERT INTO report_writes (status, percent) VALUES (NEW.status, NEW.percent); RETURN NEW; END $$
      LANGUAGE plpgsql`);
    await stack.dataSource.query(
      `CREATE TRIGGER report_writes AFTER INSERT OR UPDATE ON reports FOR EACH ROW EXECUTE FUNCTION log_report_write()`,
    );
  });
  afterAll(() => stack?.stop());

  it('POST → 202 {id}; queued while the worker has not taken it, and its file answers 409', async () => {
    // Held on the queue for a moment, so that "not ready" is seen for sure.
    await jobs.queue('reports').pause();
    try {
      const res = await stack.http
        .post('/api/v1/reports/annual')
        .set('Authorization', `Bearer ${analyst}`)
        .send({ year: 2025 })
        .expect(202);
      expect(res.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      reportId = res.body.id;
      const status = await get(analyst, `/api/v1/reports/${reportId}`).expect(200);
      expect(status.body).toMatchObject({
        id: reportId,
        kind: 'annual',
        year: 2025,
        period: { from: '2024-11-15', to: '2025-11-14' },
        status: 'queued',
        percent: 0,
      });
      const early = await file(reportId, 'pdf').set('Accept-Language', 'en').expect(409);
      expect(JSON.parse((early.body as Buffer).toString('utf8')).message).toBe(
        'The report is not ready yet (queued, 0%); try again once its status is done',
      );
    } finally {
      await jobs.queue('reports').resume();
    }
  });

  it('runs on the worker to done, reporting its progress after each section', async () => {
    const done = await readUntil(
      'the report to be done',
      async () => (await get(analyst, `/api/v1/reports/${reportId}`).expect(200)).body,
      (body) => body.status === 'done' || body.status === 'failed',
      { timeoutMs: 90_000, intervalMs: 200 },
    );
    expect(done).toMatchObject({ status: 'done', percent: 100, finishedAt: expect.any(String) });
    expect(done.error).toBeUndefined();
    const writes = await stack.dataSource.query<{ status: string; percent: number }[]>(
      `SELECT status, percent FROM report_writes ORDER BY n`,
    );
    const running = writes.filter((w) => w.status === 'running').map((w) => w.percent);
    // 0 when it starts, then one step per breakdown (7), mediation, e-commerce, businesses.
    expect(running).toEqual([0, 9, 18, 27, 36, 45, 55, 64, 73, 82, 91]);
    expect(writes[writes.length - 1]).toEqual({ status: 'done', percent: 100 });
  }, 120_000);

  it('XLSX: a sheet per section, figures as GET /statistics gives them for the period', async () => {
    const res = await file(reportId, 'xlsx').expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="bao-cao-nam-2025-2024-11-15-2025-11-14.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
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
    const rowOf = (name: string, first: unknown) => {
      const ws = workbook.getWorksheet(name);
      let found: unknown[] | undefined;
      ws?.eachRow((row) => {
        if (row.getCell(1).value === first) found = (row.values as unknown[]).slice(1);
      });
      return found;
    };
    const stats = (await get(analyst, '/api/v1/statistics?from=2024-11-15&to=2025-11-14').expect(200)).body;
    expect(stats.totals.received).toBe(6);
    expect(rowOf('Tổng hợp số liệu', null)?.slice(1, 3)).toEqual(['Tổng cộng', 6]);
    expect(rowOf('Tổng hợp', 'Tỷ lệ khiếu nại, yêu cầu được tiếp nhận, hỗ trợ (≥ mục tiêu)')?.slice(1, 3)).toEqual([
      stats.totals.supportedShare,
      0.9,
    ]);
    // Two substantiated against the tax code (the latest name), one against the shop; advice alone is not.
    expect(rowOf('Doanh nghiệp', 1)).toEqual([1, BUSINESS.name, BUSINESS.taxCode, 2, 1, 1]);
    expect(rowOf('Doanh nghiệp', 2)).toEqual([2, SHOP, undefined, 1, 1, 0]);
    expect(rowOf('Doanh nghiệp', 3)).toBeUndefined();
    // The e-commerce sector, or bought on a platform or a social network: 2 of 6.
    expect(rowOf('Thương mại điện tử', 'Tỷ lệ thương mại điện tử')).toEqual(['Tỷ lệ thương mại điện tử', 0.3333]);
    expect(rowOf('Hòa giải', 'Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thái Nguyên')?.slice(2, 5)).toEqual([1, 1, 1]);
  });

  it('PDF in Vietnamese: title, the Plan 126 indicators against their targets, charts, a business; no consumer data', async () => {
    const res = await file(reportId, 'pdf').expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    const text = await pdfText(res.body as Buffer);
    expect(text).toContain('BÁO CÁO KẾT QUẢ CÔNG TÁC BẢO VỆ QUYỀN LỢI NGƯỜI TIÊU DÙNG NĂM 2025');
    expect(text).toContain('Kỳ báo cáo: 15/11/2024 – 14/11/2025');
    const stats = (await get(analyst, '/api/v1/statistics?from=2024-11-15&to=2025-11-14').expect(200)).body;
    // 5 of 6 supported (83,3% < 90%), 3 of 4 concluded resolved (75,0%, not above 80%).
    expect(stats.totals.supportedShare).toBe(0.8333);
    expect(stats.totals.resolvedSuccessShare).toBe(0.75);
    expect(text).toContain(
      `Tỷ lệ khiếu nại, yêu cầu được tiếp nhận, hỗ trợ ${printed(stats.totals.supportedShare)} ≥ 90% Chưa đạt`,
    );
    expect(text).toContain(
      `Tỷ lệ khiếu nại, yêu cầu được giải quyết thành công ${printed(stats.totals.resolvedSuccessShare)} > 80% Chưa đạt`,
    );
    // The charts' axis titles and labels are text.
    expect(text).toContain('Số hồ sơ tiếp nhận');
    expect(text).toContain('12/2024');
    expect(text).toContain(`1 ${BUSINESS.name} ${BUSINESS.taxCode} 2 1 1`);
    expect(text).toContain('Người cao tuổi');
    expect(text).toContain('Tỷ lệ thương mại điện tử: 33,3% (2/6 hồ sơ)');
    expect(text).not.toContain(CONSUMER.name);
    expect(text).not.toContain(CONSUMER.phone);
    expect(text).not.toContain('@example.org');
    expect(text).not.toContain(ADVISED_ONLY);
    expect(text).not.toContain('(tên cũ)');
  });

  it('is the province’s: analysts and admins only; a year from 2024 to 2100; 404 for no such report', async () => {
    await stack.http
      .post('/api/v1/reports/annual')
      .set('Authorization', `Bearer ${officer}`)
      .send({ year: 2025 })
      .expect(403);
    await get(officer, `/api/v1/reports/${reportId}`).expect(403);
    const bad = await stack.http
      .post('/api/v1/reports/annual')
      .set('Authorization', `Bearer ${analyst}`)
      .set('Accept-Language', 'en')
      .send({ year: 2023 })
      .expect(400);
    expect(bad.body.errors).toEqual([{ field: 'year', messages: ['must not be less than 2024'] }]);
    await stack.http
      .post('/api/v1/reports/annual')
      .set('Authorization', `Bearer ${analyst}`)
      .send({ year: 'năm nay' })
      .expect(400);
    await get(analyst, '/api/v1/reports/00000000-0000-0000-0000-000000000000').expect(404);
    await get(analyst, '/api/v1/reports/not-an-id').expect(404);
    await get(analyst, `/api/v1/reports/${reportId}/file?format=docx`).expect(400);
  });
});
