#!/usr/bin/env node
// Screenshots of the web app's pages, at 360 px (a small phone) and 1280 px, in Vietnamese and
// English: docs/screenshots/<page>-<width>-<lang>.png. Run against a running api that serves the
// built web app:
//
//   BASE_URL=http://localhost:3000 npm run screenshots
//
// Pages that need data take their address from the environment, or are skipped with a note:
//   SHOT_CASE_URL      a case page with its key, e.g. http://localhost:3000/complaints/TN-2026-000001#key=…
//   SHOT_RATING_URL    a case's rating page (the key in the fragment too)
//   SHOT_BUSINESS_URL  a business's link, e.g. http://localhost:3000/business/<token>
//   SHOT_STAFF_CASE_ID a case id for the staff case page (staff-case-*)
// Staff pages sign in first with a demo account (DEMO_PASSWORD, default demo-password-2026): some
// eighty sign-ins, so start the api with its sign-in limit raised (RATE_LIMITS=login=1000/60).
// CHROMIUM_PATH (default /usr/bin/chromium), SHOT_DIR (default docs/screenshots), SHOT_PAGES
// (a comma-separated subset of the names below) are optional.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const BASE_URL = (process.env.BASE_URL || 'http://localhost:3000').replace(/\/+$/, '');
const OUT = path.resolve(process.env.SHOT_DIR || path.join(__dirname, '..', 'docs', 'screenshots'));
const WIDTHS = [360, 1280];
const LANGUAGES = ['vi', 'en'];

/** The contract's pages (apps/api/src/web/web-routes.ts), and the 404 page. */
const PAGES = [
  { name: 'home', url: '/' },
  { name: 'new-complaint', url: '/complaints/new' },
  { name: 'track', url: '/complaints/track' },
  { name: 'case', url: process.env.SHOT_CASE_URL, needs: 'SHOT_CASE_URL' },
  { name: 'rating', url: process.env.SHOT_RATING_URL, needs: 'SHOT_RATING_URL' },
  { name: 'business', url: process.env.SHOT_BUSINESS_URL, needs: 'SHOT_BUSINESS_URL' },
  { name: 'mediation-organisations', url: '/mediation-organisations' },
  { name: 'privacy', url: '/privacy' },
  { name: 'not-found', url: '/no-such-page' },
  { name: 'statistics', url: '/statistics' },
  { name: 'warnings', url: '/warnings' },
  // The staff workspace: `as` signs in with that demo account first.
  { name: 'staff-login', url: '/staff/login' },
  { name: 'staff-home-officer', url: '/staff', as: 'officer@demo.test' },
  { name: 'staff-cases', url: '/staff/cases', as: 'officer@demo.test' },
  {
    name: 'staff-case',
    url: process.env.SHOT_STAFF_CASE_ID && `/staff/cases/${process.env.SHOT_STAFF_CASE_ID}`,
    needs: 'SHOT_STAFF_CASE_ID',
    as: 'officer@demo.test',
  },
  { name: 'staff-intake', url: '/staff/cases/new', as: 'officer@demo.test' },
  { name: 'staff-inbox', url: '/staff/inbox', as: 'officer@demo.test' },
  { name: 'staff-home-mediator', url: '/staff', as: 'mediator@demo.test' },
  { name: 'staff-home-mediation-admin', url: '/staff', as: 'mediation_admin@demo.test' },
  { name: 'staff-home-association', url: '/staff', as: 'association@demo.test' },
  { name: 'staff-home-analyst', url: '/staff', as: 'analyst@demo.test' },
  { name: 'staff-statistics', url: '/staff/statistics', as: 'analyst@demo.test' },
  { name: 'staff-home-admin', url: '/staff', as: 'admin@demo.test' },
  { name: 'staff-admin-accounts', url: '/staff/admin/accounts', as: 'admin@demo.test' },
  { name: 'staff-admin-organisations', url: '/staff/admin/organisations', as: 'admin@demo.test' },
  { name: 'staff-admin-calendar', url: '/staff/admin/calendar', as: 'admin@demo.test' },
  { name: 'staff-admin-deadlines', url: '/staff/admin/deadlines', as: 'admin@demo.test' },
  { name: 'staff-admin-routing', url: '/staff/admin/routing', as: 'admin@demo.test' },
  { name: 'staff-data-requests', url: '/staff/data-requests', as: 'officer@demo.test' },
  { name: 'staff-admin-breaches', url: '/staff/admin/breaches', as: 'admin@demo.test' },
  { name: 'staff-admin-access-log', url: '/staff/admin/access-log', as: 'admin@demo.test' },
  { name: 'staff-admin-retention', url: '/staff/admin/retention', as: 'admin@demo.test' },
  { name: 'staff-password', url: '/staff/account/password', as: 'officer@demo.test' },
];
const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'demo-password-2026';

/** `?lang=` added before the fragment (the app reads it, then remembers the choice). */
function withLanguage(url, language) {
  const absolute = new URL(url, `${BASE_URL}/`);
  absolute.searchParams.set('lang', language);
  return absolute.toString();
}

async function main() {
  const only = process.env.SHOT_PAGES ? new Set(process.env.SHOT_PAGES.split(',').map((s) => s.trim())) : null;
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  let written = 0;
  let failed = 0;
  try {
    for (const page of PAGES) {
      if (only && !only.has(page.name)) continue;
      if (!page.url) {
        console.log(`skipped ${page.name}: set ${page.needs} to a page with its data`);
        continue;
      }
      for (const language of LANGUAGES) {
        for (const width of WIDTHS) {
          // A fresh context each time: no remembered language, no kept key from another shot.
          const context = await browser.newContext({ viewport: { width, height: 900 } });
          try {
            // The browser context shares its cookies with its request context: the page finds the session.
            if (page.as) {
              const login = await context.request.post(`${BASE_URL}/api/v1/auth/login`, {
                data: { email: page.as, password: DEMO_PASSWORD },
              });
              if (!login.ok()) throw new Error(`sign-in as ${page.as}: ${login.status()}`);
            }
            const tab = await context.newPage();
            const response = await tab.goto(withLanguage(page.url, language), { waitUntil: 'networkidle' });
            await tab.waitForSelector('main h1', { timeout: 15_000 });
            // Wait until nothing is loading any more (the page's own data).
            await tab.locator('.loading').first().waitFor({ state: 'detached', timeout: 15_000 });
            const file = path.join(OUT, `${page.name}-${width}-${language}.png`);
            await tab.screenshot({ path: file, fullPage: true });
            written += 1;
            console.log(`${path.relative(process.cwd(), file)} (${response ? response.status() : '?'})`);
          } catch (error) {
            failed += 1;
            console.error(`failed ${page.name} ${width} ${language}: ${error.message}`);
          } finally {
            await context.close();
          }
        }
      }
    }
  } finally {
    await browser.close();
  }
  console.log(
    `${written} screenshot(s) in ${path.relative(process.cwd(), OUT) || '.'}${failed ? `, ${failed} failed` : ''}`,
  );
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
