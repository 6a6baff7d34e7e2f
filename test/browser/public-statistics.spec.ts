import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BusinessWarningEntity, UserEntity } from '@app/persistence';
import { createCase } from '../support/case-factory';
import { BrowserStack, Language, startBrowserStack } from './support/browser-stack';
import { expectAccessible, expectNoHorizontalScroll } from './support/checks';

// Issue 11, public side of the web app: /statistics (Plan 126's two indicators, breakdowns as charts
// with their tables, "< 5" cells) and /warnings (published warnings only, nothing about consumers).
//
// Hand-built 2025 (the demo data is all in the current year): every closed case 5 working days after
// receipt (weekdays without holidays, away from Tết).
//
//   sector     resolved  unresolved  refused  received  channel  recovered
//   ecommerce      6          1          1        8       web     6 × 1,000,000
//   health         5          1          –        6       web     –
//   telecom        2          –          –        2       phone   –
//   food           1          –          –        1       phone   –
interface Spec {
  sector: string;
  status: 'resolved' | 'unresolved' | 'refused';
  channel: 'web' | 'phone';
  recovered?: number;
}

const repeat = (n: number, spec: Spec): Spec[] => Array.from({ length: n }, () => ({ ...spec }));

const OUTCOME = { resolved: 'explained', unresolved: 'referred_to_court', refused: 'refused' } as const;
const SPECS: Spec[] = [
  ...repeat(6, { sector: 'ecommerce', status: 'resolved', channel: 'web', recovered: 1_000_000 }),
  { sector: 'ecommerce', status: 'unresolved', channel: 'web' },
  { sector: 'ecommerce', status: 'refused', channel: 'web' },
  ...repeat(5, { sector: 'health', status: 'resolved', channel: 'web' }),
  { sector: 'health', status: 'unresolved', channel: 'web' },
  ...repeat(2, { sector: 'telecom', status: 'resolved', channel: 'phone' }),
  { sector: 'food', status: 'resolved', channel: 'phone' },
];
// One weekday per case; each + 7 days is a weekday too, with no holiday between (2025: Tết 25 Jan – 2 Feb).
const DAYS = [
  ...['02', '03', '06', '07', '08', '09', '10', '13'].map((d) => `2025-01-${d}`),
  ...['10', '11', '12', '13', '14', '17'].map((d) => `2025-02-${d}`),
  ...['03', '04', '05'].map((d) => `2025-03-${d}`),
];

// The figures, worked out here from the specs (not from the api).
const count = (status: Spec['status'], sector?: string) =>
  SPECS.filter((s) => s.status === status && (sector === undefined || s.sector === sector)).length;
const RECEIVED = SPECS.length;
const RESOLVED = count('resolved');
const SUPPORTED_SHARE = (RECEIVED - count('refused')) / RECEIVED; // 16 / 17
const SUCCESS_SHARE = RESOLVED / (RESOLVED + count('unresolved')); // 14 / 16
const MONEY = SPECS.reduce((sum, s) => sum + (s.recovered ?? 0), 0);

const percent = (share: number, language: Language) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(
    Math.round(share * 10_000) / 10_000,
  );

const TEXT = {
  vi: {
    h1: 'Số liệu khiếu nại của người tiêu dùng',
    warningsH1: 'Cảnh báo về doanh nghiệp',
    met: 'Đạt mục tiêu',
    money: `${new Intl.NumberFormat('vi-VN').format(MONEY)} đ`,
    days: '5 ngày làm việc',
    suppression: 'Vì sao có ô ghi “< 5” hoặc “—”',
    show: 'Xem số liệu',
    year: 'Năm',
  },
  en: {
    h1: 'Consumer complaint figures',
    warningsH1: 'Warnings about businesses',
    met: 'Target met',
    money: `${MONEY.toLocaleString('en-GB')} VND`,
    days: '5 working days',
    suppression: 'Why some cells read “< 5” or “—”',
    show: 'Show figures',
    year: 'Year',
  },
};

const DAY_MS = 86_400_000;

/** The cells of the table whose caption starts with `caption`, row by row (a script in the page: no DOM types here). */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  return page.evaluate<string[][]>(
    `(() => {
      const table = [...document.querySelectorAll('table')].find((t) =>
        (t.querySelector('caption')?.textContent ?? '').includes(${JSON.stringify(caption)}));
      return [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()));
    })()`,
  );
}

interface ChartFacts {
  role: string | null;
  label: string;
  tableAfter: boolean;
  caption: string;
}

/** Each chart's role and label, and whether a table of its section follows it. */
function chartFacts(page: Page): Promise<ChartFacts[]> {
  return page.evaluate<ChartFacts[]>(
    `[...document.querySelectorAll('canvas')].map((canvas) => {
      const section = canvas.closest('section');
      const tables = section ? [...section.querySelectorAll('table')] : [];
      return {
        role: canvas.getAttribute('role'),
        label: canvas.getAttribute('aria-label') ?? '',
        tableAfter: tables.some((t) => (canvas.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0),
        caption: tables[0]?.querySelector('caption')?.textContent ?? '',
      };
    })`,
  );
}

describe('public statistics and warnings pages (issue 11)', () => {
  let web: BrowserStack;
  const shots = process.env.SCREENSHOT_DIR;
  const consumerNames: string[] = [];

  beforeAll(async () => {
    web = await startBrowserStack();
    if (shots) mkdirSync(shots, { recursive: true });
    const { dataSource } = web.stack;
    for (const [i, spec] of SPECS.entries()) {
      const submittedAt = new Date(`${DAYS[i]}T02:00:00Z`);
      const name = `Người Khiếu Nại Thống Kê ${i}`;
      consumerNames.push(name);
      await createCase(dataSource, {
        status: spec.status,
        sectorCode: spec.sector,
        channel: spec.channel,
        submittedAt,
        closedAt: new Date(submittedAt.getTime() + 7 * DAY_MS),
        outcome: spec.recovered ? 'monetary_relief' : OUTCOME[spec.status],
        amountRecoveredVnd: spec.recovered ?? null,
        consumer: { name },
      });
    }
    const officer = await dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'officer@demo.test' });
    const now = Date.now();
    const warning = (businessName: string, taxCode: string, status: 'published' | 'proposed', days: number) => ({
      businessName,
      taxCode,
      kind: 'refusing_warranty' as const,
      summary: 'Doanh nghiệp nhiều lần từ chối bảo hành sản phẩm còn trong thời hạn bảo hành.',
      substantiatedCount: 7,
      resolvedCount: 4,
      unresolvedCount: 3,
      caseIds: [],
      status,
      proposedBy: officer.id,
      publishedAt: status === 'published' ? new Date(now - (30 - days) * DAY_MS) : null,
      expiresAt: status === 'published' ? new Date(now + days * DAY_MS) : null,
    });
    await dataSource
      .getRepository(BusinessWarningEntity)
      .save([
        warning('Công ty TNHH Điện máy Phương Nam', '4600123456', 'published', 20),
        warning('Cửa hàng Đã Hết Hạn', '4600999999', 'published', -2),
        warning('Cửa hàng Chưa Duyệt', '4600888888', 'proposed', 0),
      ]);
  });

  afterAll(async () => {
    await web?.stop();
  });

  async function openStatistics(page: Page, year: number | null): Promise<void> {
    await page.goto(web.url(year === null ? '/statistics' : `/statistics?year=${year}`));
    await page.locator('table.figures').first().waitFor();
  }

  it.each(['vi', 'en'] as const)(
    'shows the hand-built 2025 figures and both indicators against their targets (%s)',
    async (language) => {
      const page = await web.newPage({ language, width: 1280 });
      await openStatistics(page, 2025);
      const text = TEXT[language];
      expect(await page.locator('main h1').innerText()).toBe(text.h1);
      const main = await page.locator('main').innerText();
      // In words: each indicator's value, its target and the verdict.
      expect(main).toContain(percent(SUPPORTED_SHARE, language));
      expect(main).toContain(percent(SUCCESS_SHARE, language));
      expect(await page.locator('.indicator .badge').allInnerTexts()).toEqual([text.met, text.met]);
      // The year at a glance.
      expect(await page.locator('.totals dd').allInnerTexts()).toEqual([
        String(RECEIVED),
        String(RESOLVED),
        text.money,
        text.days,
      ]);
      // The same in the indicators' table.
      const indicators = await tableRows(page, language === 'vi' ? 'Hai chỉ tiêu' : 'two targets');
      expect(indicators.map((row) => row[1])).toEqual([
        percent(SUPPORTED_SHARE, language),
        percent(SUCCESS_SHARE, language),
      ]);
      expect(indicators.map((row) => row[3])).toEqual([text.met, text.met]);
      await page.context().close();
    },
  );

  it('shows small groups as "< 5" with their shares withheld, and explains why', async () => {
    const page = await web.newPage({ width: 1280 });
    await openStatistics(page, 2025);
    const sectors = await tableRows(page, 'Theo lĩnh vực');
    const byLabel = new Map(sectors.map((row) => [row[0], row.slice(1)]));
    expect(sectors).toHaveLength(4);
    // ecommerce: 8 received, 6 resolved, 7/8 supported, 6/7 resolved successfully, 6,000,000 recovered, 5 days.
    expect(byLabel.get('Thương mại điện tử')).toEqual([
      String(count('resolved', 'ecommerce') + count('unresolved', 'ecommerce') + count('refused', 'ecommerce')),
      String(count('resolved', 'ecommerce')),
      percent(7 / 8, 'vi'),
      percent(6 / 7, 'vi'),
      TEXT.vi.money,
      '5',
    ]);
    const small = sectors.filter((row) => row[1] === '< 5');
    expect(small).toHaveLength(2); // telecom (2) and food (1)
    for (const row of small) expect(row.slice(2)).toEqual(['< 5', '—', '—', '—', '—']);
    // The chart draws no bar for them and says so in the category's name; the note explains.
    expect(await page.getByRole('heading', { name: TEXT.vi.suppression }).count()).toBe(1);
    expect(await page.locator('.suppression-note').innerText()).toContain('từ 1 đến 4 khiếu nại');
    // Nothing about the consumers.
    const html = await page.content();
    for (const name of consumerNames) expect(html).not.toContain(name);
    await page.context().close();
  });

  it('never shows a chart without its table: each chart is an image with a label, followed by a table', async () => {
    const page = await web.newPage({ width: 1280 });
    await openStatistics(page, 2025);
    const charts = await chartFacts(page);
    // Indicators, month, sector, outcome; the channels (web 14 and phone 3: both "< 5", the second
    // by secondary suppression) would have no bar at all, so they have their table only.
    expect(charts.map((chart) => chart.caption)).toEqual(
      ['Hai chỉ tiêu của tỉnh (Kế hoạch 126/KH-UBND)', 'Theo tháng', 'Theo lĩnh vực', 'Theo kết quả'].map(
        (title) => `Bảng số liệu: ${title}`,
      ),
    );
    expect((await tableRows(page, 'Theo cách gửi')).map((row) => row[1])).toEqual(['< 5', '< 5']);
    for (const chart of charts) {
      expect(chart.role).toBe('img');
      expect(chart.label).toMatch(/^Biểu đồ cột: .+ Các số liệu có trong bảng ngay dưới biểu đồ\.$/);
      expect(chart.tableAfter).toBe(true);
      expect(chart.caption).toMatch(/^Bảng số liệu: /);
    }
    await page.context().close();
  });

  it('the year picker puts the year in the URL and shows that year', async () => {
    const page = await web.newPage({ width: 1280 });
    await openStatistics(page, null);
    const thisYear = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(
      new Date(),
    );
    expect(await page.locator('.statistics__period').innerText()).toContain(`năm ${thisYear}`);
    await page.getByLabel(TEXT.vi.year, { exact: true }).selectOption('2025');
    await page.getByRole('button', { name: TEXT.vi.show }).click();
    await page.waitForURL(/\?year=2025$/);
    await page.locator('.statistics__period', { hasText: 'năm 2025' }).waitFor();
    expect(await page.locator('.totals dd').first().innerText()).toBe(String(RECEIVED));
    await page.context().close();
  });

  it('prints without the page furniture, the charts within the paper', async () => {
    const page = await web.newPage({ width: 1280 });
    await openStatistics(page, 2025);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 700, height: 1000 });
    const hidden = await page.evaluate<boolean[]>(
      `['.site-header', '.site-footer', '.year-picker'].map((s) => getComputedStyle(document.querySelector(s)).display === 'none')`,
    );
    expect(hidden).toEqual([true, true, true]);
    const widths = await page.evaluate<boolean[]>(
      `[...document.querySelectorAll('canvas')].map((c) => c.getBoundingClientRect().right <= document.documentElement.clientWidth)`,
    );
    expect(widths.every(Boolean)).toBe(true);
    if (shots) await page.screenshot({ path: join(shots, 'statistics-print.png'), fullPage: true });
    await page.context().close();
  });

  it('/warnings shows the published warnings only: business, tax code, kind, counts, the period; not the others', async () => {
    const page = await web.newPage({ width: 1280 });
    await page.goto(web.url('/warnings'));
    await page.locator('article.warning').first().waitFor();
    expect(await page.locator('main h1').innerText()).toBe(TEXT.vi.warningsH1);
    const cards = await page.locator('article.warning').allInnerTexts();
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('Công ty TNHH Điện máy Phương Nam');
    expect(cards[0]).toContain('4600123456');
    expect(cards[0]).toContain('Từ chối bảo hành');
    expect(cards[0]).toContain('7 khiếu nại: 4 giải quyết được, 3 không giải quyết được.');
    expect(cards[0]).toMatch(/Từ \d\d\/\d\d\/\d{4} đến hết ngày \d\d\/\d\d\/\d{4}/);
    const main = await page.locator('main').innerText();
    expect(main).not.toContain('Cửa hàng Đã Hết Hạn');
    expect(main).not.toContain('Cửa hàng Chưa Duyệt');
    await page.context().close();
  });

  it.each(['/statistics', '/statistics?year=2025', '/warnings'])(
    '%s is a page of the app (200, its HTML)',
    async (path) => {
      const response = await fetch(web.url(path));
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
    },
  );

  describe.each(['vi', 'en'] as const)('accessible in %s', (language) => {
    it.each([360, 1280])('at %i px: axe finds nothing serious, nothing scrolls sideways', async (width) => {
      const page = await web.newPage({ language, width });
      await openStatistics(page, 2025);
      expect(await page.locator('main h1').innerText()).toBe(TEXT[language].h1);
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      if (shots) await page.screenshot({ path: join(shots, `statistics-${language}-${width}.png`), fullPage: true });

      await page.goto(web.url('/warnings'));
      await page.locator('article.warning').first().waitFor();
      expect(await page.locator('main h1').innerText()).toBe(TEXT[language].warningsH1);
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      if (shots) await page.screenshot({ path: join(shots, `warnings-${language}-${width}.png`), fullPage: true });
      await page.context().close();
    });
  });
});
