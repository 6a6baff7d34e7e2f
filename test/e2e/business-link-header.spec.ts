import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  act,
  createCase,
  CreatedCase,
  detail,
  driveTo,
  login,
  mailTo,
  orgId,
  Stack,
  startStack,
} from '../support/case-factory';
import { businessTokenIn, isMediationRequestTo } from '../support/lifecycle-client';

// The business's link token in the X-Business-Token header on /api/v1/business/link/…, so that it
// stands in no URL that reaches the server (issue 9's quality bar); /api/v1/business/{token}/… stays
// for the clients and emails that use it. And the request log never writes a token, in any form.

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const HEADER = 'X-Business-Token';

describe('the business link in a header (/api/v1/business/link/…)', () => {
  let stack: Stack;
  let officer: string;
  let webDir: string;
  /** What the api printed (pino writes to a stdout it finds replaced): JSON log lines. */
  let printed = '';
  let stdoutSpy: jest.SpyInstance;

  beforeAll(async () => {
    // Before the api starts: pino picks its destination when the logger is made.
    stdoutSpy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    });
    // A stand-in for the built web app: the api answers /business/{token} with its HTML.
    webDir = mkdtempSync(join(tmpdir(), 'cc-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><html lang="vi"><title>app</title></html>');
    stack = await startStack({ worker: true, env: { LOG_LEVEL: 'info', WEB_DIR: webDir } });
    officer = await login(stack.http, 'officer@demo.test');
  });

  afterAll(async () => {
    await stack?.stop();
    stdoutSpy?.mockRestore();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  /** A case forwarded to its business, and the token at the end of its link. */
  async function forwarded(): Promise<{ kase: CreatedCase; token: string }> {
    const kase = await createCase(stack.dataSource);
    await driveTo(stack.http, officer, kase.id, 'consultation');
    const res = await act(stack.http, officer, kase.id, 'forward_to_business', { basis: 'business_silent' });
    expect(res.status).toBe(200);
    return { kase, token: String(res.body.businessLinkUrl).split('/').pop() as string };
  }

  /** The consumer asks the association to mediate; the token of the link emailed to the business for it. */
  async function mediationToken(): Promise<{ kase: CreatedCase; token: string }> {
    const { kase } = await forwarded();
    await stack.http
      .post(`/api/v1/complaints/${kase.trackingCode}/actions/request_mediation`)
      .set('X-Access-Key', kase.accessKey)
      .send({ organisationId: await orgId(stack.dataSource, 'HBVNTD'), consumerConsent: true })
      .expect(200);
    const mail = await mailTo(stack.smtp, kase.businessEmail, isMediationRequestTo(kase.trackingCode));
    return { kase, token: businessTokenIn(mail.text) as string };
  }

  it('GET /business/link with the header answers what GET /business/{token} answers; without it, 404', async () => {
    const { kase, token } = await forwarded();
    const byPath = await stack.http.get(`/api/v1/business/${token}`).expect(200);
    const byHeader = await stack.http.get('/api/v1/business/link').set(HEADER, token).expect(200);
    expect(byHeader.body).toMatchObject({ trackingCode: kase.trackingCode, status: 'negotiation' });
    expect(byHeader.body).toEqual(byPath.body);
    await stack.http.get('/api/v1/business/link').expect(404);
    await stack.http.get('/api/v1/business/link').set(HEADER, 'A'.repeat(43)).expect(404);
  });

  it('uploads documents and responds through the header routes; the path routes still work', async () => {
    const { kase, token } = await forwarded();
    const uploaded = await stack.http
      .post('/api/v1/business/link/documents')
      .set(HEADER, token)
      .attach('files', PDF, { filename: 'hoa-don.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(uploaded.body).toEqual([expect.objectContaining({ fileName: 'hoa-don.pdf', uploadedBy: 'business' })]);
    // A stranger (no header) sends no file: the link is checked before the upload is read.
    await stack.http
      .post('/api/v1/business/link/documents')
      .attach('files', PDF, { filename: 'x.pdf', contentType: 'application/pdf' })
      .expect(404);
    const responded = await stack.http
      .post('/api/v1/business/link/respond')
      .set(HEADER, token)
      .send({ type: 'propose_remedy', description: 'Hoàn lại toàn bộ tiền hàng trong 5 ngày làm việc.' })
      .expect(200);
    expect(responded.body.openProposal).toMatchObject({ description: expect.stringContaining('Hoàn lại') });
    // Bad input is 400 with field messages on the header route too.
    const bad = await stack.http.post('/api/v1/business/link/respond').set(HEADER, token).send({ type: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'type' })]));

    // The consumer accepts: the same link narrows to the result report (Art 57.5), by either form.
    await stack.http
      .post(`/api/v1/complaints/${kase.trackingCode}/actions/accept_proposal`)
      .set('X-Access-Key', kase.accessKey)
      .send({})
      .expect(200);
    const record = await stack.http.get('/api/v1/business/link/records/negotiation').set(HEADER, token);
    const recordByPath = await stack.http.get(`/api/v1/business/${token}/records/negotiation`);
    expect(record.status).toBe(recordByPath.status);
    const reported = await stack.http
      .post('/api/v1/business/link/result-report')
      .set(HEADER, token)
      .send({ result: 'agreement', summary: 'Đã hoàn tiền cho người tiêu dùng.' })
      .expect(201);
    expect(reported.body).toMatchObject({ trackingCode: kase.trackingCode, result: 'agreement' });

    // The path form, for the clients and emails that use it.
    const other = await forwarded();
    await stack.http
      .post(`/api/v1/business/${other.token}/respond`)
      .send({ type: 'ask_question', question: 'Xin cho biết số đơn hàng?' })
      .expect(200);
  });

  it('the mediation routes (consent, sessions, records) answer by the header as by the path', async () => {
    const { token } = await mediationToken();
    const accepted = await stack.http.post('/api/v1/business/link/mediation/accept').set(HEADER, token).expect(200);
    expect(accepted.body.mediation).toMatchObject({ businessConsentAt: expect.any(String) });
    const sessions = await stack.http.get('/api/v1/business/link/sessions').set(HEADER, token).expect(200);
    expect(sessions.body).toEqual((await stack.http.get(`/api/v1/business/${token}/sessions`).expect(200)).body);
    const record = await stack.http.get('/api/v1/business/link/records/negotiation').set(HEADER, token);
    const recordByPath = await stack.http.get(`/api/v1/business/${token}/records/negotiation`);
    expect(record.status).toBe(recordByPath.status);
    expect(record.headers['content-type']).toBe(recordByPath.headers['content-type']);
    await stack.http.get('/api/v1/business/link/sessions').expect(404);

    // Declining through the header: the case closes unresolved (Art 61), as through the path.
    const declined = await mediationToken();
    const answer = await stack.http
      .post('/api/v1/business/link/mediation/decline')
      .set(HEADER, declined.token)
      .send({ reason: 'Chúng tôi muốn giải quyết tại tòa án.' });
    expect(answer.status).not.toBe(404);
    const staffView = await detail(stack.http, officer, declined.kase.id).expect(200);
    expect(staffView.body.status).toBe('unresolved');
  });

  it('the request log never writes a link token: not for the page /business/{token}, nor for the api’s path form', async () => {
    const { token } = await forwarded();
    const requestId = 'business-token-log-0001';
    // The page is answered before the request logger runs (no line today); whatever logs it, nothing
    // printed may hold the token.
    await stack.http.get(`/business/${token}`).set('X-Request-Id', requestId).expect(200);
    await stack.http.get(`/api/v1/business/${token}`).set('X-Request-Id', requestId).expect(200);
    await stack.http.get(`/api/v1/business/${token}/no-such-route`).set('X-Request-Id', requestId).expect(404);
    // A short "token" too: the segment after /business/ is hidden whatever its length.
    await stack.http.get('/api/v1/business/short-token-123').set('X-Request-Id', requestId).expect(404);
    await stack.http.get('/api/v1/business/link').set(HEADER, token).set('X-Request-Id', requestId).expect(200);

    const lines = printed
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { requestId?: string; req?: { url: string } });
    const urls = lines.filter((l) => l.requestId === requestId && l.req).map((l) => l.req?.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/api/v1/business/[secret]',
        '/api/v1/business/[secret]/no-such-route',
        '/api/v1/business/link',
      ]),
    );
    expect(printed).not.toContain(token);
    expect(printed).not.toContain('short-token-123');
  });
});
