import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { communesOfProvince } from '@app/persistence';
import { createCase } from '../support/case-factory';
import { BrowserStack, startBrowserStack } from './support/browser-stack';
import { expectAccessible, expectNoHorizontalScroll, settled } from './support/checks';
import { signIn } from './support/staff';

// Issue 11, "counts per 10,000 inhabitants where population is available": the admin enters a
// commune's population on /staff/admin/population (one line, or a CSV file), and the department's
// commune table then shows complaints received per 10,000 inhabitants. Screenshots go to
// SCREENSHOT_DIR when it names a folder.

const COMMUNES = communesOfProvince();
const [A, B] = COMMUNES;
const PERIOD_2025 = 'from=2025-01-01&to=2025-12-31';
const POPULATION_PAGE = '/staff/admin/population';

/** The cells of the table whose caption contains `caption`, row by row (a script in the page: no DOM types here). */
function tableRows(page: Page, caption: string): Promise<string[][]> {
  return page.evaluate<string[][]>(
    `(() => {
      const table = [...document.querySelectorAll('table')].find((t) =>
        (t.querySelector('caption')?.textContent ?? '').includes(${JSON.stringify(caption)}));
      return [...(table?.querySelectorAll('tr') ?? [])].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()));
    })()`,
  );
}

describe('the communes’ population (admin) and the rate per 10,000 inhabitants (dashboard)', () => {
  let web: BrowserStack;
  const shots = process.env.SCREENSHOT_DIR;

  const stored = async (code: string) =>
    (
      await web.stack.dataSource.query<{ population: number | null; population_year: number | null }[]>(
        `SELECT population, population_year FROM communes WHERE code = $1`,
        [code],
      )
    )[0];

  beforeAll(async () => {
    web = await startBrowserStack();
    if (shots) mkdirSync(shots, { recursive: true });
    // Received in 2025 (the demo data is all in the current year): 3 in A, 1 in B.
    for (const [communeCode, at] of [
      [A.code, '2025-03-03T03:00:00Z'],
      [A.code, '2025-04-03T03:00:00Z'],
      [A.code, '2025-05-05T03:00:00Z'],
      [B.code, '2025-06-02T03:00:00Z'],
    ]) {
      await createCase(web.stack.dataSource, { communeCode, submittedAt: new Date(at) });
    }
  });
  afterAll(() => web?.stop());

  async function openDashboard(page: Page): Promise<void> {
    await page.goto(web.url(`/staff/statistics?${PERIOD_2025}&by=commune`));
    await page
      .locator('caption', { hasText: /Xã, phường|Commune or ward/ })
      .first()
      .waitFor();
  }

  it('before any figure, the dashboard gives counts and says no population is known', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'analyst@demo.test');
    await openDashboard(page);
    expect(await page.locator('main').innerText()).toContain('Chưa có số dân của xã, phường nào');
    const [header] = await tableRows(page, 'Bảng số liệu: Xã, phường');
    expect(header.some((cell) => cell.startsWith('Nhận được'))).toBe(true);
    expect(header.some((cell) => cell.startsWith('Trên 10.000 dân'))).toBe(false);
    await page.context().close();
  });

  it('the admin saves one commune’s population; a wrong figure is refused beside its field', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'admin@demo.test', POPULATION_PAGE);
    await settled(page);
    expect(await page.locator('main h1').innerText()).toBe('Dân số xã, phường');
    expect(await page.locator('main table tbody tr').count()).toBe(92);
    await page.getByRole('link', { name: 'Dân số', exact: true }).waitFor();

    // A wrong figure: the message is next to the field, and nothing is stored.
    await page.fill(`#pop-${B.code}-population`, 'khoảng 8 nghìn');
    await page.fill(`#pop-${B.code}-year`, '2025');
    await page.getByRole('button', { name: `Lưu ${B.name}` }).click();
    await page.locator(`#pop-${B.code}-population-error`).waitFor();
    expect(await page.locator(`#pop-${B.code}-population`).getAttribute('aria-invalid')).toBe('true');
    expect(await stored(B.code)).toEqual({ population: null, population_year: null });

    // The year checked by the api: a message in the page's language, beside the year.
    await page.fill(`#pop-${B.code}-population`, '8000');
    await page.fill(`#pop-${B.code}-year`, '1990');
    await page.getByRole('button', { name: `Lưu ${B.name}` }).click();
    await page.locator(`#pop-${B.code}-year-error`, { hasText: 'Năm của số liệu phải từ 2000' }).waitFor();
    expect(await stored(B.code)).toEqual({ population: null, population_year: null });

    // Thousands written the Vietnamese way are fine.
    await page.fill(`#pop-${A.code}-population`, '45.210');
    await page.fill(`#pop-${A.code}-year`, '2025');
    await page.getByRole('button', { name: `Lưu ${A.name}` }).click();
    await page.getByText(`Đã lưu số dân của ${A.name}.`).waitFor();
    expect(await stored(A.code)).toEqual({ population: 45_210, population_year: 2025 });
    expect(await page.locator('main').innerText()).toContain('Đã có số dân: 1 trên 92 xã, phường.');
    await page.context().close();
  });

  it('the dashboard shows received per 10,000 inhabitants, sortable, and names the communes without a figure', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'admin@demo.test');
    await openDashboard(page);
    const caption = 'Bảng số liệu: Xã, phường';
    const [header, ...rows] = await tableRows(page, caption);
    const rate = header.findIndex((cell) => cell.startsWith('Trên 10.000 dân'));
    expect(rate).toBe(2); // after "Received"
    const row = (name: string) => rows.find((r) => r[0] === name) ?? [];
    // 3 × 10,000 / 45,210 = 0.66… → 0,7; B has no population: —; a commune without complaints and population: —.
    expect(row(A.name)[rate]).toBe('0,7');
    expect(row(B.name)[rate]).toBe('—');
    expect(row(COMMUNES[5].name)[rate]).toBe('—');
    const note = page.locator('details.population-missing');
    expect(await note.locator('summary').innerText()).toBe('Chưa có số dân: 91 xã, phường (bấm để xem tên)');
    await note.locator('summary').click();
    const missing = await note.locator('li').allInnerTexts();
    expect(missing).toHaveLength(91);
    expect(missing).toContain(B.name);
    expect(missing).not.toContain(A.name);
    // Sorted by the rate, highest first: A's 0,7 heads the table.
    await page.getByRole('button', { name: /Trên 10\.000 dân/ }).click();
    const sorted = await tableRows(page, caption);
    expect(sorted[1][0]).toBe(A.name);
    await page.context().close();
  });

  it('a CSV file with a wrong line is refused, each line named beside the file input; a good one is imported', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'admin@demo.test', POPULATION_PAGE);
    await settled(page);
    const bad = `code,population,year\n${B.code},8000,2025\n99999,100,2025\n${COMMUNES[2].code},12.5,2025\n`;
    await page.setInputFiles('#population-file', {
      name: 'dan-so.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    });
    await page.getByRole('button', { name: 'Nhập tệp' }).click();
    const errors = page.locator('#population-file-error');
    await errors.waitFor();
    expect(await errors.locator('li').allInnerTexts()).toEqual([
      'Dòng 3: Không phải xã/phường của tỉnh',
      'Dòng 4: Nhập số dân là số nguyên, từ 1 đến 5.000.000',
    ]);
    expect(await page.locator('#population-file').getAttribute('aria-describedby')).toContain('population-file-error');
    await expectAccessible(page);
    if (shots) await page.screenshot({ path: join(shots, 'staff-admin-population-refused-vi-1280.png') });
    expect(await stored(B.code)).toEqual({ population: null, population_year: null });

    const good = `code,population,year\r\n${B.code},8000,2025\r\n`;
    await page.setInputFiles('#population-file', {
      name: 'dan-so.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(good),
    });
    await page.getByRole('button', { name: 'Nhập tệp' }).click();
    await page.getByText('Đã nhập số dân của 1 xã, phường từ tệp.').waitFor();
    expect(await errors.count()).toBe(0);
    expect(await stored(B.code)).toEqual({ population: 8000, population_year: 2025 });
    await page.locator(`#pop-${B.code}-population[value="8000"]`).waitFor();
    await page.context().close();
  });

  describe.each(['vi', 'en'] as const)('accessible in %s', (language) => {
    it.each([360, 1280])(
      'at %i px: the population page and the dashboard pass axe, nothing scrolls sideways',
      async (width) => {
        const page = await web.newPage({ language, width });
        await signIn(page, web, 'admin@demo.test', POPULATION_PAGE);
        await settled(page);
        await expectAccessible(page);
        await expectNoHorizontalScroll(page);
        if (shots)
          await page.screenshot({
            path: join(shots, `staff-admin-population-${language}-${width}.png`),
            fullPage: true,
          });
        await openDashboard(page);
        await page
          .locator('th', { hasText: language === 'vi' ? 'Trên 10.000 dân' : 'Per 10,000 inhabitants' })
          .waitFor();
        await expectAccessible(page);
        await expectNoHorizontalScroll(page);
        if (shots)
          await page.screenshot({
            path: join(shots, `staff-statistics-population-${language}-${width}.png`),
            fullPage: true,
          });
        await page.context().close();
      },
    );
  });
});
