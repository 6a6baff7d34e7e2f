import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe on the page as it is now: fails listing each serious or critical violation (its rule, what
 * it asks, and the elements). Minor and moderate findings are not failures here.
 */
export async function expectAccessible(page: Page, { exclude = [] }: { exclude?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length === 0) return;
  const lines = serious.map(
    (v) =>
      `- ${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((node) => `    at ${node.target.map(String).join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  throw new Error(`axe found ${serious.length} serious/critical violation(s) on ${page.url()}:\n${lines.join('\n')}`);
}

/** The page fits its viewport's width: nothing to scroll sideways (WCAG 1.4.10 Reflow at 320–360 px). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  // Evaluated in the page (a string: the tests' TypeScript has no DOM types).
  const { scrollWidth, clientWidth } = await page.evaluate<{ scrollWidth: number; clientWidth: number }>(
    `(() => { const el = document.scrollingElement || document.documentElement;
       return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }; })()`,
  );
  if (scrollWidth > clientWidth) {
    throw new Error(`${page.url()} scrolls sideways: ${scrollWidth} px of content in ${clientWidth} px`);
  }
}

/** axe, and no sideways scroll. */
export async function checkPage(page: Page): Promise<void> {
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
}

/** Nothing on the page is loading any more (polled: the CSP forbids evaluating strings). */
export async function loaded(page: Page): Promise<void> {
  for (let i = 0; i < 150; i += 1) {
    if ((await page.locator('main .loading').count()) === 0) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`${page.url()} is still loading`);
}

/** The page's content has loaded: its heading, and no "loading" left. */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').waitFor();
  await loaded(page);
}
