import type { Page } from 'playwright-core';

/**
 * The api's answers to the requests `which` picks come a second late (a poor line): a page that
 * showed what it had before, under the new address, stays long enough to be seen.
 */
export async function answerSlowly(page: Page, which: (url: URL) => boolean, delayMs = 1_000): Promise<void> {
  await page.route(which, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    await route.continue();
  });
}
