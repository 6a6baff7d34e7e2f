import { createCase, CreatedCase, Stack, startStack } from '../support/case-factory';

// Open data (issue 11): closed complaints whose consumer consented to publication, anonymised,
// cursor-paged on (closed_at, id), and a daily CSV dump.
describe('GET /api/v1/public/complaints (open data)', () => {
  let stack: Stack;
  const published: CreatedCase[] = [];
  /** Everything personal the fixtures hold: none of it may appear in any answer. */
  const personal: string[] = [];

  let n = 0;
  async function complaint(columns: Record<string, unknown>, business: Record<string, unknown> = {}) {
    n += 1;
    const consumer = {
      name: `Người Tiêu Dùng Số${n}`,
      email: `nguoi.tieu.dung.${n}@example.org`,
      phone: `09120000${String(n).padStart(2, '0')}`,
      address: `${n} đường Hoàng Văn Thụ, tổ ${n}`,
    };
    const text = {
      description: `Mô tả riêng tư số ${n}: máy hỏng sau ${n} ngày.`,
      product: `Sản phẩm bí mật ${n}`,
    };
    const created = await createCase(stack.dataSource, {
      ...text,
      consumer,
      business: {
        name: 'Công ty TNHH Điện máy Phương Nam',
        taxCode: '4600123456',
        address: `Số ${n} phố kinh doanh`,
        phone: `02083855${String(n).padStart(3, '0')}`,
        ...business,
      },
      ...columns,
    });
    personal.push(...Object.values(consumer), ...Object.values(text), created.trackingCode, created.id);
    personal.push(
      created.consumerEmail,
      created.businessEmail,
      `Số ${n} phố kinh doanh`,
      `02083855${String(n).padStart(3, '0')}`,
    );
    return created;
  }

  /** closed_at with microseconds, as PostgreSQL keeps it (a cursor truncated to milliseconds would repeat rows). */
  const closeAt = (c: CreatedCase, at: string) =>
    stack.dataSource.query(`UPDATE cases SET closed_at = $2::timestamptz WHERE id = $1`, [c.id, at]);

  beforeAll(async () => {
    stack = await startStack({ seed: false });
    const closed = (status: string, outcome: string, extra: Record<string, unknown> = {}) => ({
      status,
      outcome,
      publicationConsent: true,
      closedAt: new Date(),
      ...extra,
    });
    // Received Tue 10 Feb 2026, closed Wed 25 Feb: 11–13 Feb + 23–25 Feb = 6 working days (Tết 14–22 Feb).
    const tet = await complaint(
      closed('resolved', 'monetary_relief', {
        submittedAt: new Date('2026-02-10T02:00:00Z'),
        amountVnd: 1_290_000,
        amountRecoveredVnd: 1_000_000,
        channel: 'phone',
        purchaseChannel: 'ecommerce_platform',
      }),
    );
    await closeAt(tet, '2026-02-25T03:00:00.123456Z');
    published.push(tet);
    // Three closed at the very same microsecond: the id orders them.
    for (const status of ['resolved', 'unresolved', 'withdrawn'] as const) {
      const c = await complaint(
        closed(status, status === 'resolved' ? 'explained' : status === 'withdrawn' ? 'withdrawn' : 'transferred', {
          submittedAt: new Date('2026-03-02T02:00:00Z'),
          sectorCode: 'food',
        }),
      );
      await closeAt(c, '2026-03-09T04:05:06.654321Z');
      published.push(c);
    }
    // Household business and a seller without a tax code: published without the business.
    const household = await complaint(closed('refused', 'refused', { submittedAt: new Date('2026-03-03T02:00:00Z') }), {
      name: 'Hộ kinh doanh Trần Văn Bình',
    });
    await closeAt(household, '2026-03-10T09:00:00.000001Z');
    const seller = await complaint(
      closed('transferred', 'transferred', { submittedAt: new Date('2026-03-03T02:00:00Z') }),
      {
        name: 'Shop Mẹ Bông',
        taxCode: null,
      },
    );
    await closeAt(seller, '2026-03-10T09:00:00.000002Z');
    published.push(household, seller);
    // Late evening in Hà Nội on 31 Mar (16:30Z): closed on 31 Mar, in March.
    const evening = await complaint(
      closed('resolved', 'non_monetary_relief', { submittedAt: new Date('2026-03-16T02:00:00Z') }),
    );
    await closeAt(evening, '2026-03-31T16:30:00.5Z');
    published.push(evening);
    personal.push('Trần Văn Bình', 'Shop Mẹ Bông');

    // Withheld: no consent to publication, or not closed.
    const noConsent = await complaint({ ...closed('resolved', 'explained'), publicationConsent: false });
    await closeAt(noConsent, '2026-03-09T04:05:06.654321Z');
    await complaint({ status: 'negotiation', publicationConsent: true });
  });
  afterAll(() => stack?.stop());

  const get = (query = '') => stack.http.get(`/api/v1/public/complaints${query}`);

  async function all(query: string, limit: number) {
    const pages: { id: string }[][] = [];
    let cursor: string | null = null;
    do {
      const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const res = await get(`?limit=${limit}${query}${suffix}`).expect(200);
      pages.push(res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor !== null && pages.length < 50);
    return pages;
  }

  it('publishes only closed cases whose consumer consented, with no personal field at all', async () => {
    const res = await get('?limit=200').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.body.items).toHaveLength(published.length);
    expect(res.body.nextCursor).toBeNull();
    for (const item of res.body.items) {
      expect(Object.keys(item).sort()).toEqual(
        [
          'id',
          'sector',
          'commune',
          'channel',
          'purchaseChannel',
          'receivedMonth',
          'closedMonth',
          'finalStatus',
          'outcome',
          'amountClaimedVnd',
          'amountRecoveredVnd',
          'workingDaysToClosure',
          'business',
        ].sort(),
      );
      expect(item.id).toMatch(/^[0-9a-f]{32}$/);
    }
    const text = JSON.stringify(res.body);
    for (const secret of personal) expect(text).not.toContain(secret);
  });

  it('gives months instead of days, labels, working days across Tết and the business only when it is one', async () => {
    const items = (await get('?limit=200&lang=en').expect(200)).body.items;
    expect(items[0]).toEqual({
      id: expect.any(String),
      sector: { code: 'ecommerce', label: 'E-commerce' },
      commune: { code: '05443', name: 'Phường Phan Đình Phùng' },
      channel: { code: 'phone', label: 'Phone' },
      purchaseChannel: { code: 'ecommerce_platform', label: 'E-commerce platform' },
      receivedMonth: '2026-02',
      closedMonth: '2026-02',
      finalStatus: { code: 'resolved', label: 'Resolved' },
      outcome: { code: 'monetary_relief', label: 'Refund or compensation' },
      amountClaimedVnd: 1_290_000,
      amountRecoveredVnd: 1_000_000,
      workingDaysToClosure: 6,
      business: { name: 'Công ty TNHH Điện máy Phương Nam', taxCode: '4600123456' },
    });
    expect(items.map((i: { business: unknown }) => i.business === null)).toEqual([
      false,
      false,
      false,
      false,
      true, // Hộ kinh doanh
      true, // no tax code
      false,
    ]);
    expect(items[6].closedMonth).toBe('2026-03');
    const vi = (await get('?limit=1').set('Accept-Language', 'vi').expect(200)).body.items[0];
    expect(vi.sector.label).toBe('Thương mại điện tử');
  });

  it('pages with an opaque cursor through every item exactly once, ties on closed_at included', async () => {
    const everything = (await get('?limit=200').expect(200)).body.items.map((i: { id: string }) => i.id);
    for (const limit of [1, 2, 3]) {
      const pages = await all('', limit);
      const ids = pages.flat().map((i) => i.id);
      expect(ids).toEqual(everything);
      expect(new Set(ids).size).toBe(published.length);
      expect(pages.every((p) => p.length <= limit)).toBe(true);
    }
    // Stable ids: the same on every request.
    expect((await get('?limit=200').expect(200)).body.items.map((i: { id: string }) => i.id)).toEqual(everything);
  });

  it('filters by the day of closure (Hà Nội) and by sector', async () => {
    const march = (await get('?from=2026-03-01&to=2026-03-31&limit=200').expect(200)).body.items;
    expect(march).toHaveLength(6);
    const food = (await get('?sector=food&limit=200').expect(200)).body.items;
    expect(food.map((i: { sector: { code: string } }) => i.sector.code)).toEqual(['food', 'food', 'food']);
    const lastDay = (await get('?from=2026-03-31&to=2026-03-31').expect(200)).body.items;
    expect(lastDay).toHaveLength(1);
    const april = (await get('?from=2026-04-01').expect(200)).body.items;
    expect(april).toEqual([]);
    // Days beyond what the database holds are no bound, not a 500.
    const wide = (await get('?from=0000-01-01&to=9999-12-31&limit=200').expect(200)).body.items;
    expect(wide).toHaveLength(published.length);
  });

  it('refuses a foreign or altered cursor, a limit above 200, reversed dates and unknown parameters (400)', async () => {
    const forged = Buffer.from(JSON.stringify(['2026-03-01T00:00:00Z', published[0].id])).toString('base64url');
    const bad = await get(`?cursor=${forged}`).set('Accept-Language', 'en').expect(400);
    expect(bad.body.errors).toEqual([{ field: 'cursor', messages: ['is not a valid page cursor'] }]);
    const page = (await get('?limit=1').expect(200)).body.nextCursor as string;
    const altered = `${page.slice(0, -2)}${page.endsWith('AA') ? 'BB' : 'AA'}`;
    await get(`?cursor=${altered}`).expect(400);
    expect((await get('?limit=201').expect(400)).body.errors[0].field).toBe('limit');
    expect((await get('?from=2026-03-10&to=2026-03-01').expect(400)).body.errors[0].field).toBe('to');
    expect((await get('?consumer=1').expect(400)).body.errors[0].field).toBe('consumer');
  });

  it('dumps the day’s closed complaints as CSV with a UTF-8 BOM, the same ids, no personal data', async () => {
    const res = await stack.http
      .get('/api/v1/public/complaints.csv?date=2026-03-09')
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0].split(',').slice(0, 3)).toEqual(['id', 'sector_code', 'sector']);
    expect(lines).toHaveLength(1 + 3); // the three closed at the same instant; not the one without consent
    const json = (await get('?from=2026-03-09&to=2026-03-09').expect(200)).body.items.map((i: { id: string }) => i.id);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(json);
    expect(lines[1]).toContain('Thực phẩm và đồ uống');
    for (const secret of personal) expect(body.toString('utf8')).not.toContain(secret);
    const empty = await stack.http.get('/api/v1/public/complaints.csv?date=2026-01-05').expect(200);
    expect(
      empty.text
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n'),
    ).toHaveLength(1);
    const far = await stack.http.get('/api/v1/public/complaints.csv?date=9999-12-31').expect(200);
    expect(
      far.text
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n'),
    ).toHaveLength(1);
    await stack.http.get('/api/v1/public/complaints.csv').expect(400);
    await stack.http.get('/api/v1/public/complaints.csv?date=2026-3-9').expect(400);
  });
});
