import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act, createCase, driveTo, login, Stack, startStack } from '../support/case-factory';

// A real 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

// Issue 3 §5: the business answers through its link and uploads documents.
describe('POST /api/v1/business/{token}/documents', () => {
  let stack: Stack;
  let evidenceDir: string;
  let officer: string;

  beforeAll(async () => {
    evidenceDir = await mkdtemp(join(tmpdir(), 'cc-business-docs-'));
    stack = await startStack({ seed: true, env: { EVIDENCE_DIR: evidenceDir } });
    officer = await login(stack.http, 'officer@demo.test');
  });
  afterAll(async () => {
    await stack?.stop();
    await rm(evidenceDir, { recursive: true, force: true });
  });

  const forwarded = async () => {
    const c = await createCase(stack.dataSource);
    await driveTo(stack.http, officer, c.id, 'consultation');
    const res = await act(stack.http, officer, c.id, 'forward_to_business', { basis: 'business_silent' });
    return { ...c, token: String(res.body.businessLinkUrl).split('/').pop() as string };
  };

  it('stores the business’s document for the case; both parties see that it was added', async () => {
    const c = await forwarded();
    const res = await stack.http
      .post(`/api/v1/business/${c.token}/documents`)
      .attach('files', PNG, { filename: 'phieu-bao-hanh.png', contentType: 'image/png' })
      .expect(201);
    expect(res.body).toEqual([expect.objectContaining({ fileName: 'phieu-bao-hanh.png', contentType: 'image/png' })]);
    const [row] = await stack.dataSource.query('SELECT uploaded_by FROM evidence_files WHERE case_id = $1', [c.id]);
    expect(row.uploaded_by).toBe('business');
    expect(await readdir(join(evidenceDir, c.id))).toHaveLength(1);
    const consumer = await stack.http
      .get(`/api/v1/complaints/${c.trackingCode}`)
      .set('X-Access-Key', c.accessKey)
      .expect(200);
    expect(consumer.body.timeline.map((e: { action: string }) => e.action)).toContain('business_documents_added');
    const business = await stack.http.get(`/api/v1/business/${c.token}`).expect(200);
    expect(business.body.timeline.map((e: { action: string }) => e.action)).toContain('business_documents_added');
  });

  it('refuses a file whose content is not what it claims (400) and an unknown link (404), storing nothing', async () => {
    const c = await forwarded();
    await stack.http
      .post(`/api/v1/business/${c.token}/documents`)
      .attach('files', Buffer.from('not really a picture'), { filename: 'x.png', contentType: 'image/png' })
      .expect(400);
    await stack.http
      .post(`/api/v1/business/${'x'.repeat(43)}/documents`)
      .attach('files', PNG, { filename: 'a.png', contentType: 'image/png' })
      .expect(404);
    const [{ count }] = await stack.dataSource.query(
      'SELECT count(*)::int AS count FROM evidence_files WHERE case_id = $1',
      [c.id],
    );
    expect(count).toBe(0);
  });
});
