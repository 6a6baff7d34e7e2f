import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { RetentionService } from '@app/cases';
import { CasePartyEntity, RetentionRunEntity } from '@app/persistence';
import { createCase, createStaff, Http, login, Stack, startStack } from '../support/case-factory';
import { waitFor } from '../support/wait';

// Issue 12 item 12: the retention policy (Law 91/2025/QH15 Art 3, storage limitation), applied by a
// scheduled worker job, idempotent and safe with two workers, each run recorded, reported to admins.

describe('the retention policy', () => {
  let stack: Stack;
  let ds: DataSource;
  let http: Http;
  let evidenceDir: string;
  let sut: RetentionService;

  const yearsAgo = (years: number) => `now() - interval '${years} years'`;
  /** A case closed `years` ago (resolved), with one evidence file on disk. */
  async function closedCase(years: number): Promise<{ id: string; fileId: string }> {
    const c = await createCase(ds, { vulnerable: true, consumer: { address: 'Số 3 ngõ 5' } });
    await ds.query(
      `UPDATE cases SET status = 'resolved', outcome = 'advice_given', closed_at = ${yearsAgo(years)},
              submitted_at = ${yearsAgo(years)} - interval '30 days' WHERE id = $1`,
      [c.id],
    );
    const fileId = randomUUID();
    await mkdir(join(evidenceDir, c.id), { recursive: true });
    await writeFile(join(evidenceDir, c.id, fileId), 'bytes');
    await ds.query(
      `INSERT INTO evidence_files (id, case_id, uploaded_by, file_name, content_type, size_bytes, sha256, storage_key)
       VALUES ($1, $2, 'consumer', 'hoa-don.pdf', 'application/pdf', 5, $3, $4)`,
      [fileId, c.id, 'b'.repeat(64), `${c.id}/${fileId}`],
    );
    return { id: c.id, fileId };
  }
  const consumerName = async (caseId: string) =>
    (await ds.getRepository(CasePartyEntity).findOneByOrFail({ caseId, role: 'consumer' })).name;
  const fileRows = async (caseId: string) =>
    (await ds.query('SELECT id FROM evidence_files WHERE case_id = $1', [caseId])).length as number;
  const onDisk = (caseId: string) => readdir(join(evidenceDir, caseId)).catch(() => [] as string[]);

  beforeAll(async () => {
    evidenceDir = await mkdtemp(join(tmpdir(), 'cc-retention-'));
    stack = await startStack({ env: { EVIDENCE_DIR: evidenceDir } });
    ({ dataSource: ds, http } = stack);
    sut = stack.api.get(RetentionService);
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    await rm(evidenceDir, { recursive: true, force: true });
  });

  describe(RetentionService.name, () => {
    let old: { id: string; fileId: string };
    let middle: { id: string; fileId: string };
    let recent: { id: string; fileId: string };
    let oldMail: string;
    let recentMail: string;

    beforeAll(async () => {
      old = await closedCase(6);
      middle = await closedCase(4);
      recent = await closedCase(1);
      const mail = async (caseId: string, days: number) => {
        const id = randomUUID();
        await ds.query(
          `INSERT INTO notifications (id, message_key, case_id, recipient_kind, recipient_email, language, template,
                                      subject, body_text, status, created_at)
           VALUES ($1, $2, $3, 'consumer', 'lan@example.vn', 'vi', 'complaint_received', 'Hồ sơ', 'Chào chị Lan',
                   'sent', now() - make_interval(days => $4))`,
          [id, `retention-test:${id}`, caseId, days],
        );
        return id;
      };
      oldMail = await mail(recent.id, 120);
      recentMail = await mail(recent.id, 10);
      const viewer = await createStaff(ds, { email: 'retention-viewer@e2e.test', role: 'officer', orgCode: 'SCT' });
      await ds.query(
        `INSERT INTO contact_access_log (user_id, case_id, what, at)
         VALUES ($1, $2, 'case_detail', now() - interval '3 years'), ($1, $2, 'case_detail', now())`,
        [viewer, recent.id],
      );
    });

    it('reports what is due per kind before it runs (Law 91/2025 Art 3)', async () => {
      expect(await sut.due()).toMatchObject({
        case_personal_data: 1,
        evidence_files: 2,
        notification_contents: 1,
        contact_access_log: 1,
      });
    });

    it('anonymises a case closed longer than 5 years ago, not a recent one; deletes evidence after 3 years', async () => {
      // Two workers at once: rows are taken with SKIP LOCKED and checked again once locked.
      const runs = await Promise.all([sut.apply(), sut.apply()]);
      const total = (kind: string) => runs.reduce((sum, run) => sum + (run.counts[kind] ?? 0), 0);
      expect(total('case_personal_data')).toBe(1);
      expect(total('evidence_files')).toBe(2);
      expect(total('notification_contents')).toBe(1);
      expect(total('contact_access_log')).toBe(1);
      expect(runs.map((run) => run.error)).toEqual([null, null]);

      expect(await consumerName(old.id)).toBe('[erased]');
      const erased = await ds.query(
        `SELECT data FROM case_events WHERE case_id = $1 AND action = 'personal_data_erased'`,
        [old.id],
      );
      expect(erased).toEqual([{ data: { public: { cause: 'retention' }, detail: {} } }]);
      expect([await fileRows(old.id), await onDisk(old.id)]).toEqual([0, []]);
      // Four years after closure: the files go, the case keeps its personal data (and says why its files went).
      expect(await consumerName(middle.id)).not.toBe('[erased]');
      expect([await fileRows(middle.id), await onDisk(middle.id)]).toEqual([0, []]);
      const deleted = await ds.query(
        `SELECT data FROM case_events WHERE case_id = $1 AND action = 'evidence_deleted'`,
        [middle.id],
      );
      expect(deleted).toEqual([{ data: { public: { files: 1, cause: 'retention' }, detail: {} } }]);
      // One year after closure: nothing.
      expect(await consumerName(recent.id)).not.toBe('[erased]');
      expect([await fileRows(recent.id), (await onDisk(recent.id)).length]).toEqual([1, 1]);
      // Emails: the 120-day-old one cleared, the 10-day-old one kept.
      const mails = await ds.query(`SELECT id, body_text, recipient_email FROM notifications WHERE id = ANY($1)`, [
        [oldMail, recentMail],
      ]);
      expect(mails).toEqual(
        expect.arrayContaining([
          { id: oldMail, body_text: null, recipient_email: '' },
          { id: recentMail, body_text: 'Chào chị Lan', recipient_email: 'lan@example.vn' },
        ]),
      );
      expect(
        await ds.query('SELECT count(*)::int AS n FROM contact_access_log WHERE case_id = $1', [recent.id]),
      ).toEqual([{ n: 1 }]);
    });

    it('a second run does nothing twice, and every run is recorded', async () => {
      const again = await sut.apply();
      expect(Object.values(again.counts).every((n) => n === 0)).toBe(true);
      expect(again.finishedAt).toBeInstanceOf(Date);
      expect(
        await ds.query(`SELECT count(*)::int AS n FROM case_events WHERE action = 'personal_data_erased'`),
      ).toEqual([{ n: 1 }]);
      expect(await ds.getRepository(RetentionRunEntity).count()).toBe(3);
      expect(Object.values(await sut.due()).every((n) => n === 0)).toBe(true);
    });
  });

  describe('GET /api/v1/admin/retention', () => {
    it('admins read the policy in force, what is due now and the last runs', async () => {
      await closedCase(7);
      const admin = await login(http, 'admin@demo.test');
      const res = await http.get('/api/v1/admin/retention').set('Authorization', `Bearer ${admin}`).expect(200);
      expect(res.headers['cache-control']).toContain('no-store');
      expect(res.body.intervalSeconds).toBe(86_400);
      expect(res.body.policy).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'case_personal_data', amount: 5, unit: 'years', dueNow: 1 }),
          expect.objectContaining({ kind: 'evidence_files', amount: 3, unit: 'years', dueNow: 1 }),
          expect.objectContaining({ kind: 'notification_contents', amount: 90, unit: 'days', dueNow: 0 }),
        ]),
      );
      expect(res.body.policy[0].basis).toContain('Law 91/2025/QH15 Art 3');
      expect(res.body.runs.length).toBeGreaterThanOrEqual(3);
      expect(res.body.runs[0]).toEqual(
        expect.objectContaining({ startedAt: expect.any(String), finishedAt: expect.any(String), error: null }),
      );
    });

    it('is for admins only', async () => {
      await createStaff(ds, { email: 'retention-officer@e2e.test', role: 'officer', orgCode: 'SCT' });
      const officer = await login(http, 'retention-officer@e2e.test');
      const analyst = await login(http, 'analyst@demo.test');
      for (const token of [officer, analyst]) {
        await http.get('/api/v1/admin/retention').set('Authorization', `Bearer ${token}`).expect(403);
      }
      await http.get('/api/v1/admin/retention').expect(401);
    });
  });
});

describe('the retention.apply job in the worker', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ worker: true, env: { RETENTION_INTERVAL: '1', RETENTION: 'case_personal_data=2y' } });
  }, 60_000);
  afterAll(() => stack?.stop());

  it('runs on its schedule with the configured policy and records its runs', async () => {
    const c = await createCase(stack.dataSource);
    await stack.dataSource.query(
      `UPDATE cases SET status = 'resolved', closed_at = now() - interval '3 years' WHERE id = $1`,
      [c.id],
    );
    const runs = stack.dataSource.getRepository(RetentionRunEntity);
    await waitFor('a recorded run of the retention job that erased the case', async () =>
      (await runs.find()).some((run) => run.finishedAt !== null && run.counts.case_personal_data === 1),
    );
    const [row] = await stack.dataSource.query(`SELECT personal_data_erased_at FROM cases WHERE id = $1`, [c.id]);
    expect(row.personal_data_erased_at).toBeInstanceOf(Date);
  }, 90_000);
});
