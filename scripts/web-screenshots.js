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
];

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
