import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { createCase, login, mailTo, orgId, putInMediation, userId } from '../support/case-factory';
import { pdfText } from '../support/pdf-text';
import { BrowserStack, Language, startBrowserStack } from './support/browser-stack';
import { checkPage, loaded } from './support/checks';
import { signIn } from './support/staff';

// Issue 10, mediation in the staff workspace: the mediation admin's home and the appointment of a
// suggested mediator; the mediator's home, a session (the .ics to the consumer), the Art 65.2
// record and its PDF. Screenshots go to docs/screenshots/ when STAFF_SHOTS is set.

const SHOTS = process.env.STAFF_SHOTS;
const PLACE = 'Phòng 204, Hội Bảo vệ quyền lợi người tiêu dùng tỉnh, 18 Hoàng Văn Thụ';
const AGREED = 'Cửa hàng đổi tai nghe mới cho người tiêu dùng';

/** The Hà Nội date `days` from now, as a date input takes it (yyyy-mm-dd). */
const hanoiDate = (days: number): string =>
  new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

/** In mediation with `orgCode`, the business's consent given (Art 61), no mediator yet. */
async function unassignedInMediation(web: BrowserStack, caseId: string, orgCode: string): Promise<void> {
  const ds = web.stack.dataSource;
  const organisationId = await orgId(ds, orgCode);
  const at = new Date().toISOString();
  const mediation = {
    organisationId,
    requestedAt: at,
    consumerConsentAt: at,
    businessConsentAt: at,
    businessConsentVia: 'link',
  };
  await ds.query(
    `UPDATE cases SET status = 'mediation', mediation_org_id = $2, mediator_id = NULL, mediation_at = now(),
       lifecycle = lifecycle || jsonb_build_object('mediation', $3::jsonb), version = version + 1 WHERE id = $1`,
    [caseId, organisationId, JSON.stringify(mediation)],
  );
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe('staff mediation screens (issue 10)', () => {
  let web: BrowserStack;

  beforeAll(async () => {
    web = await startBrowserStack();
  });
  afterAll(() => web?.stop());

  it('the mediation admin finds the unassigned case on their home and appoints a suggested mediator', async () => {
    const created = await createCase(web.stack.dataSource);
    await unassignedInMediation(web, created.id, 'HBVNTD');
    const adminToken = await login(web.stack.http, 'mediation_admin@demo.test');
    const suggestions = await web.stack.http
      .get(`/api/v1/cases/${created.id}/mediator-suggestions`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    const first = suggestions.body.suggestions[0] as { mediatorId: string; name: string };
    expect(first).toBeDefined();

    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'mediation_admin@demo.test');
    expect(await page.locator('main h1').innerText()).toBe('Hòa giải: việc cần làm');
    const row = page.locator('main table tbody tr', { hasText: created.trackingCode });
    await row.waitFor();
    await page.locator('main table', { hasText: 'hòa giải viên' }).last().waitFor();
    await checkPage(page);
    await shot(page, 'staff-mediation-admin-home');

    await row.getByRole('link', { name: created.trackingCode }).click();
    const panel = page.locator('.mediation-panel');
    await panel.waitFor();
    await panel.getByText(first.name, { exact: true }).waitFor();
    await checkPage(page);
    await shot(page, 'staff-mediation-assign');
    await panel.locator('label', { hasText: first.name }).first().click();
    await panel.getByRole('button', { name: 'Phân công', exact: true }).click();
    await panel.getByText(`Đã phân công ${first.name}.`).waitFor();

    const after = await web.stack.http
      .get(`/api/v1/cases/${created.id}`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    expect(after.body.assignments.mediatorId).toBe(first.mediatorId);
    await page.context().close();
  });

  it('the mediator schedules a session (the consumer gets the .ics), records a successful mediation and downloads the Art 65.2 PDF', async () => {
    const created = await createCase(web.stack.dataSource);
    const mediatorId = await userId(web.stack.dataSource, 'mediator@demo.test');
    await putInMediation(web.stack.dataSource, created.id, 'HBVNTD', mediatorId);

    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'mediator@demo.test');
    expect(await page.locator('main h1').innerText()).toBe('Vụ việc hòa giải của tôi');
    const row = page.locator('main table tbody tr', { hasText: created.trackingCode });
    await row.waitFor();
    await row.getByRole('link', { name: created.trackingCode }).click();
    const panel = page.locator('.mediation-panel');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('Bạn là hòa giải viên của vụ việc này.');

    // A session a week ahead, in person.
    const day = hanoiDate(7);
    await panel.locator('summary', { hasText: 'Hẹn phiên hòa giải' }).click();
    await page.fill('#med-schedule-date', day);
    await page.fill('#med-schedule-time', '09:00');
    await page.fill('#med-schedule-place', PLACE);
    await checkPage(page);
    await panel.getByRole('button', { name: 'Hẹn phiên và gửi lịch' }).click();
    await panel.getByText('Đã hẹn phiên hòa giải. Các bên nhận email kèm lịch.').waitFor();
    const [y, m, d] = day.split('-');
    await panel.locator('.agenda__item', { hasText: `${d}/${m}/${y}, 09:00–10:30` }).waitFor();
    const invitation = await mailTo(web.stack.smtp, created.consumerEmail, (mail) =>
      mail.attachments.some((a) => a.contentType.startsWith('text/calendar')),
    );
    const ics = invitation.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString() ?? '';
    expect(ics).toContain('BEGIN:VEVENT');
    await shot(page, 'staff-mediation-sessions');

    // The agreement, with every Art 65.2 element (the mediator, organisation, parties, place and
    // subject are filled from the case and the session where they can be).
    await panel.locator('summary', { hasText: 'Ghi kết quả hòa giải' }).click();
    await panel.locator('label', { hasText: 'Hòa giải thành' }).click();
    expect(await page.inputValue('#med-result-mediator')).toBe('Hòa giải viên (demo)');
    await page.fill('#med-result-place', PLACE);
    await page.fill('#med-result-consumerViews', 'Đề nghị đổi sản phẩm mới');
    await page.fill('#med-result-businessViews', 'Đồng ý đổi sản phẩm mới');
    await page.fill('#med-result-result', AGREED);
    await page.fill('#med-result-implementation', 'Giao hàng tận nhà');
    await page.fill('#med-result-deadline', hanoiDate(20));
    await page.fill('#med-result-amount', '1290000');
    await checkPage(page);
    await shot(page, 'staff-mediation-result');
    await panel.getByRole('button', { name: 'Ghi kết quả hòa giải' }).click();
    await panel.getByText('Đã ghi hòa giải thành.', { exact: false }).waitFor();

    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Tải biên bản hòa giải thành (PDF)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${created.trackingCode}-mediation-success.pdf`);
    const pdf = await readFile(String(await file.path()));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('BIÊN BẢN HÒA GIẢI THÀNH');
    expect(text).toContain(AGREED);
    await page.context().close();
  });

  it.each<[Language, number]>([
    ['vi', 360],
    ['en', 360],
    ['vi', 1280],
    ['en', 1280],
  ])('the mediation homes and the panel pass axe (%s, %i px)', async (language, width) => {
    const created = await createCase(web.stack.dataSource);
    await unassignedInMediation(web, created.id, 'HBVNTD');
    const admin = await web.newPage({ language, width });
    await signIn(admin, web, 'mediation_admin@demo.test');
    await admin.locator('main table').first().waitFor();
    await checkPage(admin);
    await admin.goto(web.url(`/staff/cases/${created.id}`));
    await admin.locator('.mediation-panel fieldset').first().waitFor();
    await checkPage(admin);
    if (width === 360) await shot(admin, `staff-mediation-assign-${language}-360`);
    await admin.context().close();

    const mediator = await web.newPage({ language, width });
    await signIn(mediator, web, 'mediator@demo.test');
    await mediator.locator('#next-sessions').waitFor();
    await loaded(mediator);
    await checkPage(mediator);
    if (width === 360) await shot(mediator, `staff-mediator-home-${language}-360`);
    await mediator.context().close();
  });
});
