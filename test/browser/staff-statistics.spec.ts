import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createCase } from '../support/case-factory';
import { BrowserStack, Language, startBrowserStack } from './support/browser-stack';
import { expectAccessible, expectNoHorizontalScroll } from './support/checks';
import { signIn } from './support/staff';
import { waitFor } from '../support/wait';

// Issue 11, the department's dashboard in the staff workspace: the analyst sees Plan 126's two
// indicators for a period, the breakdowns as sortable tables, filters kept in the URL, the CSV
// export downloaded with the token, the annual report made by the worker; an officer sees their unit.
//
// Hand-built 2025 (the demo data is all in the current year), received through the web:
//   ecommerce: 6 resolved, 1 unresolved, 1 refused    health: 5 resolved, 1 unresolved
interface Spec {
  sector: string;
  status: 'resolved' | 'unresolved' | 'refused';
}
const repeat = (n: number, spec: Spec): Spec[] => Array.from({ length: n }, () => ({ ...spec }));
const SPECS: Spec[] = [
  ...repeat(6, { sector: 'ecommerce', status: 'resolved' }),
  { sector: 'ecommerce', status: 'unresolved' },
  { sector: 'ecommerce', status: 'refused' },
  ...repeat(5, { sector: 'health', status: 'resolved' }),
  { sector: 'health', status: 'unresolved' },
];
const OUTCOME = { resolved: 'explained', unresolved: 'referred_to_court', refused: 'refused' } as const;
const DAYS = [
  ...['02', '03', '06', '07', '08', '09', '10', '13'].map((d) => `2025-01-${d}`),
  ...['10', '11', '12', '13', '14', '17'].map((d) => `2025-02-${d}`),
];
const DAY_MS = 86_400_000;

// Worked out here from the specs.
const count = (status: Spec['status'], sector?: string) =>
  SPECS.filter((s) => s.status === status && (sector === undefined || s.sector === sector)).length;
const RECEIVED = SPECS.length; // 14
const SUPPORTED = (RECEIVED - count('refused')) / RECEIVED; // 13 / 14
const SUCCESS = count('resolved') / (count('resolved') + count('unresolved')); // 11 / 13
const percent = (share: number, language: Language) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(
    Math.round(share * 10_000) / 10_000,
  );

const PERIOD_2025 = 'from=2025-01-01&to=2025-12-31';

/** The cells of the table whose caption contains `caption`, row by row (a script in the page: no DOM types here). */
function tableRows(page: Page, caption: string, part: 'tbody' | 'tfoot' = 'tbody'): Promise<string[][]> {
  return page.evaluate<string[][]>(
    `(() => {
      const table = [...document.querySelectorAll('table')].find((t) =>
        (t.querySelector('caption')?.textContent ?? '').includes(${JSON.stringify(caption)}));
      return [...(table?.querySelectorAll(${JSON.stringify(`${part} tr`)}) ?? [])].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()));
    })()`,
  );
}

describe('the department statistics dashboard (issue 11)', () => {
  let web: BrowserStack;
  const shots = process.env.SCREENSHOT_DIR;

  beforeAll(async () => {
    web = await startBrowserStack();
    if (shots) mkdirSync(shots, { recursive: true });
    for (const [i, spec] of SPECS.entries()) {
      const submittedAt = new Date(`${DAYS[i]}T02:00:00Z`);
      await createCase(web.stack.dataSource, {
        status: spec.status,
        sectorCode: spec.sector,
        channel: 'web',
        submittedAt,
        closedAt: new Date(submittedAt.getTime() + 7 * DAY_MS),
        outcome: OUTCOME[spec.status],
      });
    }
  });

  afterAll(async () => {
    await web?.stop();
  });

  async function openDashboard(page: Page, query: string): Promise<void> {
    await page.goto(web.url(`/staff/statistics?${query}`));
    await page.locator('.indicator .badge').first().waitFor();
  }

  it('the analyst sees both indicators against their targets, and the period’s figures by sector', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'analyst@demo.test');
    await openDashboard(page, `${PERIOD_2025}&by=sector`);
    expect(await page.locator('main h1').innerText()).toBe('Thống kê khiếu nại');
    const main = await page.locator('main').innerText();
    expect(main).toContain(percent(SUPPORTED, 'vi'));
    expect(main).toContain(percent(SUCCESS, 'vi'));
    expect(await page.locator('.indicator .badge').allInnerTexts()).toEqual(['Đạt mục tiêu', 'Đạt mục tiêu']);
    expect(main).toContain('Số liệu của toàn tỉnh.');

    const sectors = await tableRows(page, 'Bảng số liệu: Lĩnh vực');
    // Most received first: label, received, taken up, refused, …
    expect(sectors.map((row) => [row[0], row[1], row[3]])).toEqual([
      ['Thương mại điện tử', '8', '1'],
      ['Thuốc và dịch vụ y tế', '6', '0'],
    ]);
    const [total] = await tableRows(page, 'Bảng số liệu: Lĩnh vực', 'tfoot');
    expect(total[1]).toBe(String(RECEIVED));
    // A sector links to its cases in the queue (drill-down).
    expect(await page.getByRole('link', { name: 'Thương mại điện tử' }).getAttribute('href')).toBe(
      '/staff/cases?sector=ecommerce',
    );

    // Sorting by "Received" (ascending on the second press), said by aria-sort.
    const received = page.getByRole('button', { name: /^Nhận được/ }).last();
    await received.click();
    await received.click();
    expect(await page.locator('th[aria-sort="ascending"]').count()).toBe(1);
    expect((await tableRows(page, 'Bảng số liệu: Lĩnh vực')).map((row) => row[1])).toEqual(['6', '8']);

    // Every chart has its table after it, in its section.
    const chartsWithTables = await page.evaluate<boolean[]>(
      `[...document.querySelectorAll('canvas')].map((canvas) => canvas.getAttribute('role') === 'img' &&
         [...(canvas.closest('section')?.querySelectorAll('table') ?? [])].some((t) =>
           (canvas.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0))`,
    );
    expect(chartsWithTables.length).toBeGreaterThanOrEqual(3);
    expect(chartsWithTables.every(Boolean)).toBe(true);
    if (shots) await page.screenshot({ path: join(shots, 'staff-statistics-vi-1280.png'), fullPage: true });
    await page.context().close();
  });

  it('keeps the filters in the URL: choosing a sector shows its figures only', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'analyst@demo.test');
    await openDashboard(page, `${PERIOD_2025}&by=channel`);
    await page.getByLabel('Lĩnh vực', { exact: true }).selectOption('ecommerce');
    await page.getByRole('button', { name: 'Xem số liệu' }).click();
    await page.waitForURL(/sector=ecommerce/);
    expect(page.url()).toContain('from=2025-01-01');
    expect(page.url()).toContain('by=channel');
    // The figures of the sector alone: 8 received (waits for them; fails if they never come).
    const channelTotal = page
      .locator('table', { has: page.locator('caption', { hasText: 'Bảng số liệu: Cách gửi' }) })
      .locator('tfoot td')
      .first();
    await waitFor('the channel table to total 8', async () => (await channelTotal.textContent())?.trim() === '8', {
      describe: () => channelTotal.textContent(),
    });
    // The same view after a reload, from the URL alone.
    await page.reload();
    await page.locator('.indicator .badge').first().waitFor();
    // The sectors are a list of their own: until it comes, the select has no option to show.
    await page.waitForSelector('#stat-sector option[value=ecommerce]', { state: 'attached' });
    expect(await page.getByLabel('Lĩnh vực', { exact: true }).inputValue()).toBe('ecommerce');
    await page.context().close();
  });

  it('downloads the CSV export of the view with the token: UTF-8 with a BOM, the Vietnamese labels', async () => {
    // A Vietnamese browser: the api names the rows in the language the browser asks for.
    const page = await web.newPage({ width: 1280, language: 'vi' });
    await signIn(page, web, 'analyst@demo.test');
    await openDashboard(page, `${PERIOD_2025}&by=sector`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('thong-ke-2025-01-01-2025-12-31.csv');
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Thương mại điện tử');
    expect(text).toContain('Thuốc và dịch vụ y tế');
    await page.context().close();
  });

  it('makes the annual report with the worker, shows its progress, and downloads the PDF', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'analyst@demo.test');
    await openDashboard(page, PERIOD_2025);
    await page.getByLabel('Năm báo cáo').selectOption('2025');
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    await page.getByText('Báo cáo năm 2025: kỳ từ 15/11/2024 đến 14/11/2025.').waitFor();
    await page.getByText('Báo cáo đã xong. Tải về:').waitFor({ timeout: 120_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải báo cáo PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bao-cao-nam-2025.pdf');
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.context().close();
  }, 240_000);

  it('an officer sees the figures of their own unit, without the unit filter or the annual report', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'officer@demo.test');
    await openDashboard(page, PERIOD_2025);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Bạn thấy số liệu các khiếu nại do đơn vị mình xử lý');
    expect(await page.getByLabel('Đơn vị xử lý').count()).toBe(0);
    expect(await page.getByRole('heading', { name: /Báo cáo năm/ }).count()).toBe(0);
    await page.context().close();
  });

  it('shows the mediation outcomes in a second tab', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'analyst@demo.test');
    await openDashboard(page, PERIOD_2025);
    await page.getByRole('link', { name: 'Kết quả hòa giải' }).click();
    await page.waitForURL(/tab=mediation/);
    await page.locator('table', { hasText: 'Kết quả hòa giải theo tổ chức và hòa giải viên' }).waitFor();
    expect(await page.locator('main h2').allInnerTexts()).toContain('Kết quả hòa giải');
    await page.context().close();
  });

  it('lists all 92 communes, those without a complaint as zeros', async () => {
    const page = await web.newPage({ width: 1280 });
    await signIn(page, web, 'analyst@demo.test');
    await openDashboard(page, `${PERIOD_2025}&by=commune`);
    await page.locator('caption', { hasText: 'Bảng số liệu: Xã, phường' }).waitFor();
    const rows = await tableRows(page, 'Bảng số liệu: Xã, phường');
    expect(rows).toHaveLength(92); // every case here is in one commune of the 92
    expect(rows[0][1]).toBe(String(RECEIVED));
    expect(rows.slice(1).every((row) => row[1] === '0')).toBe(true);
    await page.context().close();
  });

  describe.each(['vi', 'en'] as const)('accessible in %s', (language) => {
    it.each([360, 1280])('at %i px: axe finds nothing serious, nothing scrolls sideways', async (width) => {
      const page = await web.newPage({ language, width });
      await signIn(page, web, 'analyst@demo.test');
      await openDashboard(page, `${PERIOD_2025}&by=commune`);
      await page
        .locator('table', { hasText: language === 'vi' ? 'Xã, phường' : 'Commune or ward' })
        .first()
        .waitFor();
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      if (shots) {
        await page.screenshot({ path: join(shots, `staff-statistics-${language}-${width}.png`), fullPage: true });
      }
      await page.context().close();
    });
  });
});
