import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'superagent';
import {
  act,
  createCase,
  CreatedCase,
  driveTo,
  login,
  putInMediation,
  Stack,
  startStack,
  userId,
} from '../support/case-factory';

// A real 1×1 PNG and a minimal PDF.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const HTML = Buffer.from('<html><script>alert(document.cookie)</script></html>');

/** Reads any answer's body as bytes (supertest buffers only text and images by itself). */
function bytes(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

interface CaseFile {
  id: string;
  originalName: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
  downloadable: boolean;
}

// Issue 10 "Case work": evidence and documents viewable and downloadable, by case visibility, key or link.
describe('the files of a case', () => {
  let stack: Stack;
  let evidenceDir: string;
  const token = {} as Record<'officer' | 'analyst' | 'association' | 'mediator' | 'admin', string>;
  let kase: CreatedCase & { link: string };
  const file = {} as Record<'evidence' | 'document' | 'staffPage', string>;

  beforeAll(async () => {
    evidenceDir = await mkdtemp(join(tmpdir(), 'cc-case-files-'));
    stack = await startStack({ seed: true, env: { EVIDENCE_DIR: evidenceDir } });
    for (const role of Object.keys({
      officer: 1,
      analyst: 1,
      association: 1,
      mediator: 1,
      admin: 1,
    }) as (keyof typeof token)[]) {
      token[role] = await login(stack.http, `${role}@demo.test`);
    }
    const c = await createCase(stack.dataSource);
    const evidence = await stack.http
      .post(`/api/v1/complaints/${c.trackingCode}/evidence`)
      .set('X-Access-Key', c.accessKey)
      .attach('files', PNG, { filename: 'hóa đơn "số 1".png', contentType: 'image/png' })
      .expect(201);
    file.evidence = evidence.body[0].id;
    await driveTo(stack.http, token.officer, c.id, 'consultation');
    const forwarded = await act(stack.http, token.officer, c.id, 'forward_to_business', { basis: 'business_silent' });
    const link = String(forwarded.body.businessLinkUrl).split('/').pop() as string;
    const document = await stack.http
      .post(`/api/v1/business/${link}/documents`)
      .attach('files', PDF, { filename: 'phiếu bảo hành.pdf', contentType: 'application/pdf' })
      .expect(201);
    file.document = document.body[0].id;
    // A staff attachment stored with an active type (as an older import might have): never served as such.
    file.staffPage = randomUUID();
    await mkdir(join(evidenceDir, c.id), { recursive: true });
    await writeFile(join(evidenceDir, c.id, file.staffPage), HTML);
    await stack.dataSource.query(
      `INSERT INTO evidence_files (id, case_id, uploaded_by, file_name, content_type, size_bytes, sha256, storage_key)
       VALUES ($1, $2, 'staff', 'trang.html', 'text/html', $3, $4, $5)`,
      [file.staffPage, c.id, HTML.length, 'x'.repeat(64), `${c.id}/${file.staffPage}`],
    );
    kase = { ...c, link };
  });

  afterAll(async () => {
    await stack?.stop();
    await rm(evidenceDir, { recursive: true, force: true });
  });

  const staffGet = (role: keyof typeof token, path: string) =>
    stack.http.get(`/api/v1/cases/${kase.id}/files${path}`).set('Authorization', `Bearer ${token[role]}`);
  const download = (role: keyof typeof token, fileId: string, query = '') =>
    staffGet(role, `/${fileId}${query}`).buffer(true).parse(bytes);

  describe('staff', () => {
    it('list the files of a case they see, oldest first, with who added each', async () => {
      const res = await staffGet('officer', '').expect(200);
      const files = res.body as CaseFile[];
      expect(files.map((f) => [f.id, f.uploadedBy])).toEqual([
        [file.evidence, 'consumer'],
        [file.document, 'business'],
        [file.staffPage, 'staff'],
      ]);
      expect(files[0]).toEqual({
        id: file.evidence,
        originalName: 'hóa đơn "số 1".png',
        contentType: 'image/png',
        size: PNG.length,
        uploadedBy: 'consumer',
        uploadedAt: expect.any(String),
        downloadable: true,
      });
    });

    it('download the bytes as an attachment with the original name (RFC 6266/5987), never sniffed or cached', async () => {
      const res = await download('officer', file.evidence).expect(200);
      expect(Buffer.compare(res.body as Buffer, PNG)).toBe(0);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['content-length']).toBe(String(PNG.length));
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="hoa don \\"so 1\\".png"; filename*=UTF-8''h%C3%B3a%20%C4%91%C6%A1n%20%22s%E1%BB%91%201%22.png`,
      );
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-store');
    });

    it('show an image or a PDF inline when asked with ?inline=1', async () => {
      const res = await download('officer', file.document, '?inline=1').expect(200);
      expect(Buffer.compare(res.body as Buffer, PDF)).toBe(0);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(/^inline; filename="phieu bao hanh.pdf"; filename\*=UTF-8''/);
      await stack.http
        .get(`/api/v1/cases/${kase.id}/files/${file.document}?inline=yes`)
        .set('Authorization', `Bearer ${token.officer}`)
        .expect(400);
    });

    it('never serve HTML as a page: bytes as application/octet-stream, downloaded even with ?inline=1', async () => {
      const res = await download('officer', file.staffPage, '?inline=1').expect(200);
      expect(res.headers['content-type']).toBe('application/octet-stream');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="trang.html"/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(res.body as Buffer, HTML)).toBe(0);
    });

    it('answer 404 for a case the caller does not see, an unknown file and a file of another case', async () => {
      await staffGet('mediator', '').expect(404);
      await download('mediator', file.evidence).expect(404);
      await download('officer', randomUUID()).expect(404);
      await download('officer', 'not-a-uuid').expect(404);
      const other = await createCase(stack.dataSource);
      await stack.http
        .get(`/api/v1/cases/${other.id}/files/${file.evidence}`)
        .set('Authorization', `Bearer ${token.officer}`)
        .expect(404);
    });

    it('the association and analysts list the files but do not download them (least privilege)', async () => {
      for (const role of ['analyst', 'association'] as const) {
        const res = await staffGet(role, '').expect(200);
        expect((res.body as CaseFile[]).every((f) => !f.downloadable)).toBe(true);
        await download(role, file.evidence).expect(403);
      }
    });

    it('keep the signed scan of a mediation record within the mediation circle (Law 19 Art 62.2)', async () => {
      const c = await createCase(stack.dataSource);
      await putInMediation(stack.dataSource, c.id, 'HBVNTD', await userId(stack.dataSource, 'mediator@demo.test'));
      const scan = randomUUID();
      await mkdir(join(evidenceDir, c.id), { recursive: true });
      await writeFile(join(evidenceDir, c.id, scan), PDF);
      await stack.dataSource.query(
        `INSERT INTO evidence_files (id, case_id, uploaded_by, file_name, content_type, size_bytes, sha256, storage_key)
         VALUES ($1, $2, 'staff', 'bien-ban.pdf', 'application/pdf', $3, $4, $5)`,
        [scan, c.id, PDF.length, 'x'.repeat(64), `${c.id}/${scan}`],
      );
      await stack.dataSource.query(
        `UPDATE cases SET lifecycle = lifecycle || jsonb_build_object('mediationRecordSignatures',
           jsonb_build_array(jsonb_build_object('scanFileId', $2::text))) WHERE id = $1`,
        [c.id, scan],
      );
      const files = (role: keyof typeof token) =>
        stack.http.get(`/api/v1/cases/${c.id}/files`).set('Authorization', `Bearer ${token[role]}`).expect(200);
      expect((await files('mediator')).body.map((f: CaseFile) => f.id)).toEqual([scan]);
      expect((await files('officer')).body).toEqual([]);
      await stack.http
        .get(`/api/v1/cases/${c.id}/files/${scan}`)
        .set('Authorization', `Bearer ${token.officer}`)
        .expect(404);
      await stack.http
        .get(`/api/v1/cases/${c.id}/files/${scan}`)
        .set('Authorization', `Bearer ${token.mediator}`)
        .buffer(true)
        .parse(bytes)
        .expect(200);
    });

    it('each download by staff is written to the access log', async () => {
      await stack.dataSource.query('DELETE FROM contact_access_log');
      await download('officer', file.document).expect(200);
      await download('analyst', file.document).expect(403);
      const rows = await stack.dataSource.query(
        'SELECT u.email, l.case_id AS "caseId", l.what, l.file_id AS "fileId" FROM contact_access_log l JOIN users u ON u.id = l.user_id',
      );
      expect(rows).toEqual([
        { email: 'officer@demo.test', caseId: kase.id, what: 'file_download', fileId: file.document },
      ]);
    });
  });

  describe('the consumer, with their access key', () => {
    const get = (fileId: string, key = kase.accessKey) =>
      stack.http
        .get(`/api/v1/complaints/${kase.trackingCode}/files/${fileId}`)
        .set('X-Access-Key', key)
        .buffer(true)
        .parse(bytes);

    it('downloads their evidence and the business’s documents', async () => {
      const own = await get(file.evidence).expect(200);
      expect(Buffer.compare(own.body as Buffer, PNG)).toBe(0);
      expect(own.headers['x-content-type-options']).toBe('nosniff');
      expect(own.headers['cache-control']).toBe('no-store');
      const shared = await get(file.document).expect(200);
      expect(Buffer.compare(shared.body as Buffer, PDF)).toBe(0);
    });

    it('gets 404 with a wrong key, for an unknown file and for a file of another case', async () => {
      await get(file.evidence, 'wrong-key').expect(404);
      await get(randomUUID()).expect(404);
      const other = await createCase(stack.dataSource);
      await stack.http
        .get(`/api/v1/complaints/${other.trackingCode}/files/${file.evidence}`)
        .set('X-Access-Key', other.accessKey)
        .expect(404);
    });
  });

  describe('the business, through its link', () => {
    it('lists its documents and staff’s, not the consumer’s evidence; the header form and the path form', async () => {
      const byHeader = await stack.http
        .get('/api/v1/business/link/files')
        .set('X-Business-Token', kase.link)
        .expect(200);
      expect((byHeader.body as CaseFile[]).map((f) => f.id)).toEqual([file.document, file.staffPage]);
      const byPath = await stack.http.get(`/api/v1/business/${kase.link}/files`).expect(200);
      expect(byPath.body).toEqual(byHeader.body);
    });

    it('downloads its document; the consumer’s evidence answers 404, as an unknown link does', async () => {
      const res = await stack.http
        .get(`/api/v1/business/link/files/${file.document}`)
        .set('X-Business-Token', kase.link)
        .buffer(true)
        .parse(bytes)
        .expect(200);
      expect(Buffer.compare(res.body as Buffer, PDF)).toBe(0);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="phieu bao hanh.pdf"/);
      await stack.http.get(`/api/v1/business/${kase.link}/files/${file.evidence}`).expect(404);
      await stack.http.get(`/api/v1/business/${'x'.repeat(43)}/files/${file.document}`).expect(404);
    });
  });
});
