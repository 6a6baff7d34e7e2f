import type { Page } from 'playwright-core';
import { PASSWORD } from '../../support/stack';
import type { BrowserStack } from './browser-stack';

/**
 * Signs in on /staff/login as a demo account (password PASSWORD) and waits for the page it lands on
 * (`next`, else the role's home) to show its heading. The page keeps the session (token in memory,
 * HttpOnly cookie) for the rest of the test.
 */
export async function signIn(page: Page, web: BrowserStack, email: string, next = '/staff'): Promise<void> {
  await page.goto(web.url(next === '/staff' ? '/staff/login' : next));
  await page.locator('#email').waitFor();
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.locator('main form button[type="submit"]').click();
  // A page asked for before signing in shows the sign-in form at its own address: wait for the
  // form to go, not only for the address to change.
  await page.locator('#password').waitFor({ state: 'detached' });
  await page.waitForURL((url) => !url.pathname.endsWith('/staff/login'));
  await page.locator('main h1').waitFor();
}

/** Presses Tab until the focused element matches `selector` (keyboard-only journeys); fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    // Evaluated in the page (a string: the tests' TypeScript has no DOM types).
    const matches = await page.evaluate<boolean>(
      `(() => { const el = document.activeElement; return !!el && el.matches(${JSON.stringify(selector)}); })()`,
    );
    if (matches) return;
  }
  throw new Error(`no focusable element matching ${selector} after ${max} Tab presses`);
}
