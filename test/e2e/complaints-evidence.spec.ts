import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Http, Stack, startStack } from '../support/stack';

// A real 1×1 PNG, and the start of a PDF.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

const complaint = {
  consumer: { fullName: 'Phạm Văn Hùng', phone: '0977111222', communeCode: '05443' },
  business: { name: 'Nhà thuốc Ví Dụ' },
  purchase: { sectorCode: 'health', product: 'Thực phẩm chức năng', amountVnd: 1_200_000, channel: 'social_network' },
  description: 'Sản phẩm quảng cáo chữa khỏi bệnh nhưng không có tác dụng, người bán chặn liên lạc.',
  desiredResolutions: ['refund', 'apology'],
  consents: { dataProcessing: true, textVersion: '2026-01' },
};

describe('POST /api/v1/complaints/{trackingCode}/evidence', () => {
  let stack: Stack;
  let ds: DataSource;
  let http: Http;
  let evidenceDir: string;
  let filed: { id: string; trackingCode: string; accessKey: string };

  const upload = (key = filed.accessKey) =>
    http.post(`/api/v1/complaints/${filed.trackingCode}/evidence`).set('X-Access-Key', key);
  const stored = async () => ({
    rows: (await ds.query('SELECT count(*)::int AS n FROM evidence_files'))[0].n as number,
    files: await readdir(join(evidenceDir, filed.id)).catch(() => [] as string[]),
  });

  beforeAll(async () => {
    evidenceDir = await mkdtemp(join(tmpdir(), 'cc-evidence-'));
    stack = await startStack({ env: { EVIDENCE_DIR: evidenceDir } });
    ({ dataSource: ds, http } = stack);
    filed = (await http.post('/api/v1/complaints').send(complaint).expect(201)).body;
  });

  afterAll(async () => {
    await stack?.stop();
    await rm(evidenceDir, { recursive: true, force: true });
  });

  it('stores a real PNG outside the database, named by id, with its SHA-256', async () => {
    const res = await upload().attach('files', PNG, { filename: 'hóa đơn.png', contentType: 'image/png' }).expect(201);
    expect(res.body).toEqual([
      {
        id: expect.any(String),
        fileName: 'hóa đơn.png',
        contentType: 'image/png',
        sizeBytes: PNG.length,
        sha256: sha256(PNG),
        uploadedBy: 'consumer',
      },
    ]);
    const onDisk = await readFile(join(evidenceDir, filed.id, res.body[0].id));
    expect(sha256(onDisk)).toBe(res.body[0].sha256);
    const [row] = await ds.query('SELECT * FROM evidence_files WHERE id = $1', [res.body[0].id]);
    expect(row).toMatchObject({
      case_id: filed.id,
      uploaded_by: 'consumer',
      storage_key: `${filed.id}/${res.body[0].id}`,
    });
    const view = await http.get(`/api/v1/complaints/${filed.trackingCode}`).set('X-Access-Key', filed.accessKey);
    expect(view.body.evidence).toEqual(res.body);
    expect(view.body.timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'evidence_added']);
  });

  it('detects the type from the content: a PDF declared as octet-stream is stored as application/pdf', async () => {
    const res = await upload().attach('files', PDF, { filename: 'hop-dong', contentType: 'application/octet-stream' });
    expect(res.status).toBe(201);
    expect(res.body[0]).toMatchObject({ fileName: 'hop-dong', contentType: 'application/pdf' });
  });

  it('refuses a text file declared image/png (400) and stores nothing of the request', async () => {
    const before = await stored();
    const text = Buffer.from('this is not an image at all');
    const res = await upload()
      .set('Accept-Language', 'en')
      .attach('files', PNG, { filename: 'ok.png', contentType: 'image/png' })
      .attach('files', text, { filename: 'fake.png', contentType: 'image/png' })
      .expect(400);
    expect(res.body.errors).toEqual([{ field: 'files.1', messages: ['must be a JPEG, PNG or PDF file'] }]);
    const mismatch = await upload().attach('files', PDF, { filename: 'x.png', contentType: 'image/png' }).expect(400);
    expect(mismatch.body.errors[0].field).toBe('files.0');
    expect(await stored()).toEqual(before);
  });

  it('refuses an 11 MB file with 413 and stores nothing', async () => {
    const before = await stored();
    const big = Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)]);
    await upload().attach('files', big, { filename: 'big.png', contentType: 'image/png' }).expect(413);
    expect(await stored()).toEqual(before);
  });

  it('keeps a case to 10 files in total, and a request without files is refused', async () => {
    const before = await stored();
    expect(before.rows).toBe(2);
    const many = (n: number) => {
      const req = upload();
      for (let i = 0; i < n; i += 1) req.attach('files', PNG, { filename: `anh-${i}.png`, contentType: 'image/png' });
      return req;
    };
    await many(11).expect(400);
    const res = await many(9).set('Accept-Language', 'en').expect(400);
    expect(res.body.errors).toEqual([{ field: 'files', messages: ['a case holds at most 10 files'] }]);
    expect(await stored()).toEqual(before);
    await many(8).expect(201);
    expect((await stored()).rows).toBe(10);
    await many(1).expect(400);
    await upload().field('note', 'no file').expect(400);
  });

  it('answers 404 to a wrong key, before reading any upload', async () => {
    await upload('wrong-key').attach('files', PNG, { filename: 'a.png', contentType: 'image/png' }).expect(404);
    await http.post('/api/v1/complaints/TN-2026-999999/evidence').attach('files', PNG, 'a.png').expect(404);
  });
});
