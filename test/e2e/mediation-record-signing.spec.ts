import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'superagent';
import { addDays, toLocalDate } from '@app/domain';
import {
  act,
  createCase,
  CreatedCase,
  driveTo,
  Http,
  login,
  orgId,
  putInMediation,
  Stack,
  startStack,
  userId,
} from '../support/case-factory';
import { art652Record } from '../support/lifecycle-client';
import { pdfText } from '../support/pdf-text';

// Law 19 Art 65.3 (a successful-mediation record is signed or fingerprinted by the parties and signed
// by the mediator), Art 60 (the parties sign the negotiation record), Art 65.2 (the performance
// deadline comes after the record): staff mark who signed, with the signed scan.

// A real 1×1 PNG, the start of a PDF and of a JPEG (the type is read from these bytes).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** supertest keeps a PDF as bytes only with a parser of its own. */
function bytes(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** "2026-11-20" → "20/11/2026", as the record prints dates. */
const printed = (day: string) => day.split('-').reverse().join('/');

describe('signatures on records (Arts 60, 65.2, 65.3)', () => {
  let stack: Stack;
  let http: Http;
  let evidenceDir: string;
  let officer: string;
  let mediator: string;
  let admin: string;
  let mediatorId: string;

  // The record was drawn up three days ago (Hà Nội), to be performed ten days from now.
  const recordTime = new Date(Date.now() - 3 * 86_400_000);
  const recordDay = toLocalDate(recordTime);
  const today = toLocalDate(new Date());

  beforeAll(async () => {
    evidenceDir = await mkdtemp(join(tmpdir(), 'cc-signed-records-'));
    // One PostgreSQL connection: a signature's transaction that read the record through a second
    // one from the pool would wait for it until the pool gives up, and fail.
    stack = await startStack({ env: { EVIDENCE_DIR: evidenceDir, DATABASE_POOL_SIZE: '1' } });
    http = stack.http;
    officer = await login(http, 'officer@demo.test');
    mediator = await login(http, 'mediator@demo.test');
    admin = await login(http, 'mediation_admin@demo.test');
    mediatorId = await userId(stack.dataSource, 'mediator@demo.test');
  });
  afterAll(async () => {
    await stack?.stop();
    await rm(evidenceDir, { recursive: true, force: true });
  });

  /** A case in mediation with the demo association, both parties having agreed to it (Art 61). */
  async function mediating(): Promise<CreatedCase> {
    const c = await createCase(stack.dataSource);
    await driveTo(http, officer, c.id, 'negotiation');
    await putInMediation(stack.dataSource, c.id, 'HBVNTD', mediatorId);
    const at = new Date().toISOString();
    const consent = {
      organisationId: await orgId(stack.dataSource, 'HBVNTD'),
      requestedAt: at,
      consumerConsentAt: at,
      businessConsentAt: at,
    };
    await stack.dataSource.query(
      `UPDATE cases SET lifecycle = jsonb_set(lifecycle, '{mediation}', $2::jsonb) WHERE id = $1`,
      [c.id, JSON.stringify(consent)],
    );
    return c;
  }

  const record = (patch: Record<string, unknown> = {}) => ({
    ...art652Record(),
    time: recordTime.toISOString(),
    performanceDeadline: addDays(today, 10),
    ...patch,
  });

  async function settled(): Promise<CreatedCase> {
    const c = await mediating();
    const res = await act(http, mediator, c.id, 'record_mediation_result', { result: 'success', record: record() });
    expect(res.status).toBe(200);
    return c;
  }

  const sign = (token: string, caseId: string, kind: string) =>
    http.post(`/api/v1/cases/${caseId}/records/${kind}/signatures`).set('Authorization', `Bearer ${token}`);
  const signed = (token: string, caseId: string, kind: string, party: string, signedOn: string, scan: Buffer) =>
    sign(token, caseId, kind)
      .field('party', party)
      .field('signedOn', signedOn)
      .attach('scan', scan, { filename: `bien-ban-${party}.bin`, contentType: 'application/octet-stream' });

  const stored = async (caseId: string) => ({
    rows: (await stack.dataSource.query(`SELECT id FROM evidence_files WHERE case_id = $1`, [caseId])).length,
    files: (await readdir(join(evidenceDir, caseId)).catch(() => [] as string[])).length,
    events: (await stack.dataSource.query(`SELECT id FROM case_events WHERE case_id = $1`, [caseId])).length,
  });

  it('Art 65.2: a performance deadline not after the record’s date is refused (422), the case stays in mediation', async () => {
    const c = await mediating();
    const res = await act(http, mediator, c.id, 'record_mediation_result', {
      result: 'success',
      record: record({ performanceDeadline: recordDay }),
    });
    expect(res.status).toBe(422);
    expect(res.body.details).toEqual([
      { field: 'record.performanceDeadline', rule: 'art_65_2_performance_after_record' },
    ]);
    const [row] = await stack.dataSource.query<{ status: string }[]>(`SELECT status FROM cases WHERE id = $1`, [c.id]);
    expect(row.status).toBe('mediation');
  });

  it('Art 65.3: the parties and the mediator marked signed, each with the scan; the view and the PDF say who and when', async () => {
    const c = await settled();
    const first = await signed(mediator, c.id, 'mediation-success', 'consumer', recordDay, PDF).expect(200);
    expect(first.body).toEqual({
      kind: 'mediation-success',
      recordAt: recordTime.toISOString(),
      signatories: ['consumer', 'business', 'mediator'],
      signatures: [
        {
          party: 'consumer',
          signedOn: recordDay,
          scan: {
            id: expect.any(String),
            fileName: 'bien-ban-consumer.bin',
            contentType: 'application/pdf',
            sizeBytes: PDF.length,
            sha256: sha256(PDF),
            uploadedBy: 'staff',
          },
          markedAt: expect.any(String),
        },
      ],
      complete: false,
    });
    // Stored like evidence: the bytes outside the database, named by the row's id.
    const scanId = first.body.signatures[0].scan.id as string;
    expect(sha256(await readFile(join(evidenceDir, c.id, scanId)))).toBe(sha256(PDF));
    const [row] = await stack.dataSource.query(`SELECT uploaded_by, storage_key FROM evidence_files WHERE id = $1`, [
      scanId,
    ]);
    expect(row).toEqual({ uploaded_by: 'staff', storage_key: `${c.id}/${scanId}` });

    // The organisation's admin marks the business, the mediator themself.
    await signed(admin, c.id, 'mediation-success', 'business', today, PNG).expect(200);
    const done = await signed(mediator, c.id, 'mediation-success', 'mediator', recordDay, JPEG).expect(200);
    expect(done.body.complete).toBe(true);
    expect(
      done.body.signatures.map((s: { party: string; scan: { contentType: string } }) => [s.party, s.scan.contentType]),
    ).toEqual([
      ['consumer', 'application/pdf'],
      ['business', 'image/png'],
      ['mediator', 'image/jpeg'],
    ]);
    const view = await http
      .get(`/api/v1/cases/${c.id}/records/mediation-success/signatures`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(view.body).toEqual(done.body);

    const pdf = await http
      .get(`/api/v1/cases/${c.id}/records/mediation-success`)
      .set('Authorization', `Bearer ${mediator}`)
      .buffer(true)
      .parse(bytes)
      .expect(200);
    const text = await pdfText(pdf.body as Buffer);
    expect(text.split(`Đã ký ngày ${printed(recordDay)}`)).toHaveLength(3); // the consumer and the mediator
    expect(text).toContain(`Đã ký ngày ${printed(today)}`); // the business

    // On the parties' timeline (confidential mediation event, Art 62.2), not in the view of staff outside the circle.
    const timeline = await http
      .get(`/api/v1/complaints/${c.trackingCode}`)
      .set('X-Access-Key', c.accessKey)
      .expect(200);
    expect(timeline.body.timeline).toContainEqual(
      expect.objectContaining({
        action: 'record_signed',
        data: { kind: 'mediation-success', party: 'business', signedOn: today },
      }),
    );
    const [event] = await stack.dataSource.query(
      `SELECT visibility FROM case_events WHERE case_id = $1 AND action = 'record_signed' LIMIT 1`,
      [c.id],
    );
    expect(event.visibility).toBe('confidential');
    const forOfficer = await http.get(`/api/v1/cases/${c.id}`).set('Authorization', `Bearer ${officer}`).expect(200);
    expect(forOfficer.body.lifecycle.mediationRecordSignatures).toBeUndefined();
    const forMediator = await http.get(`/api/v1/cases/${c.id}`).set('Authorization', `Bearer ${mediator}`).expect(200);
    expect(forMediator.body.lifecycle.mediationRecordSignatures).toHaveLength(3);
  });

  it('refuses marks that cannot be (dates, scan, who), leaving no row and no file', async () => {
    const c = await settled();
    const before = await stored(c.id);
    const ok = (res: { body: { details?: unknown } }) => res.body.details;

    const early = await signed(mediator, c.id, 'mediation-success', 'consumer', addDays(recordDay, -1), PDF).expect(
      422,
    );
    expect(ok(early)).toEqual([{ field: 'signedOn', rule: 'signed_before_record' }]);
    const future = await signed(mediator, c.id, 'mediation-success', 'consumer', addDays(today, 1), PDF).expect(400);
    expect(future.body.errors.map((e: { field: string }) => e.field)).toEqual(['signedOn']);
    const text = await signed(mediator, c.id, 'mediation-success', 'consumer', today, Buffer.from('chữ ký')).expect(
      400,
    );
    expect(text.body.errors).toEqual([{ field: 'scan', messages: [expect.any(String)] }]);
    const none = await sign(mediator, c.id, 'mediation-success')
      .field('party', 'consumer')
      .field('signedOn', today)
      .expect(400);
    expect(none.body.errors.map((e: { field: string }) => e.field)).toEqual(['scan']);
    await signed(mediator, c.id, 'mediation-success', 'association', today, PDF).expect(400);
    // No unsuccessful mediation was recorded: nothing to sign.
    await signed(mediator, c.id, 'mediation-failure', 'consumer', today, PDF).expect(422);

    // Mediation records: the mediation circle only (Art 62.2); the negotiation record is the desk's.
    await signed(officer, c.id, 'mediation-success', 'consumer', today, PDF).expect(404);
    await signed(await login(http, 'mediator5@demo.test'), c.id, 'mediation-success', 'consumer', today, PDF).expect(
      404,
    );
    await signed(await login(http, 'analyst@demo.test'), c.id, 'mediation-success', 'consumer', today, PDF).expect(403);
    await signed(mediator, c.id, 'negotiation', 'consumer', today, PDF).expect(403);
    expect(await stored(c.id)).toEqual(before);
  });

  it('Art 60: the desk marks the negotiation record signed by both parties, never by a mediator', async () => {
    const c = await createCase(stack.dataSource);
    const forwarded = await driveTo(http, officer, c.id, 'negotiation');
    const token = String(forwarded.body.businessLinkUrl).split('/').pop() as string;
    await http
      .post(`/api/v1/business/${token}/respond`)
      .send({ type: 'propose_remedy', description: 'Đổi tai nghe mới cùng loại' })
      .expect(200);
    await http
      .post(`/api/v1/complaints/${c.trackingCode}/actions/accept_proposal`)
      .set('X-Access-Key', c.accessKey)
      .send({})
      .expect(200);

    const mediatorMark = await signed(officer, c.id, 'negotiation', 'mediator', today, PDF).expect(422);
    expect(mediatorMark.body.details).toEqual([{ field: 'party', rule: 'not_a_signatory' }]);
    await signed(officer, c.id, 'negotiation', 'consumer', today, PDF).expect(200);
    const both = await signed(officer, c.id, 'negotiation', 'business', today, PNG).expect(200);
    expect(both.body).toMatchObject({ signatories: ['consumer', 'business'], complete: true });

    const pdf = await http
      .get(`/api/v1/complaints/${c.trackingCode}/records/negotiation`)
      .set('X-Access-Key', c.accessKey)
      .buffer(true)
      .parse(bytes)
      .expect(200);
    expect((await pdfText(pdf.body as Buffer)).split(`Đã ký ngày ${printed(today)}`)).toHaveLength(3);
    // Negotiation is not mediation: the marks are in the case view of staff who see the case.
    const forAssociation = await http
      .get(`/api/v1/cases/${c.id}`)
      .set('Authorization', `Bearer ${await login(http, 'association@demo.test')}`)
      .expect(200);
    expect(forAssociation.body.lifecycle.negotiationRecordSignatures).toHaveLength(2);
  });
});
