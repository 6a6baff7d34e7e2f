import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { startStack, Stack } from '../../support/stack';

export type Language = 'vi' | 'en';

export interface NewPageOptions {
  /** The viewport's width in CSS pixels (360 by default: a small phone). */
  width?: number;
  /** The viewport's height (800 by default). */
  height?: number;
  /**
   * The language the app starts in, as if the visitor had chosen it before (the remembered
   * choice, localStorage `cc.language`); the browser's own language follows it. Without it the
   * app starts in its default, Vietnamese. `?lang=` in a URL still wins, as in real life.
   */
  language?: Language;
}

export interface BrowserStack {
  /** Where the api (and the web app it serves) listens, e.g. http://127.0.0.1:41234, no trailing slash. */
  baseUrl: string;
  /** The api + worker + SMTP sink + seeded database (test/support/stack.ts). */
  stack: Stack;
  browser: Browser;
  /** A page in a fresh browser context (its own storage and cookies): one visitor. */
  newPage(options?: NewPageOptions): Promise<Page>;
  /** `baseUrl` + path, e.g. url('/complaints/track'). */
  url(path: string): string;
  /**
   * An email's link (to PUBLIC_BASE_URL) made into the same link on this test's api, keeping the
   * path, query and fragment (#key=…).
   */
  localUrl(link: string): string;
  /** Closes every context, the browser and the stack (api, worker, SMTP sink; drops the database). */
  stop(): Promise<void>;
}

const LANGUAGE_KEY = 'cc.language';
const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The directory of the built web app that the api serves: WEB_DIR, else dist/web. */
export function webDir(): string {
  return process.env.WEB_DIR ?? 'dist/web';
}

/**
 * The real api (from source, in this process) with the worker, an SMTP sink and a seeded database
 * of this test file's own, serving the built web app, and a real chromium to drive it.
 */
export async function startBrowserStack(): Promise<BrowserStack> {
  const dir = webDir();
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new Error(
      `no built web app in ${resolve(dir)}: build it first (npm run build, or ` +
        `WEB_OUT_DIR=${dir} npx vite build --config apps/web/vite.config.mjs) or set WEB_DIR`,
    );
  }
  const stack = await startStack({ worker: true, seed: true, env: { WEB_DIR: dir } });
  let browser: Browser | undefined;
  try {
    const address = stack.api.getHttpServer().address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${address.port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
    });
    const launched = browser;
    const contexts = new Set<BrowserContext>();
    const publicBase = stack.config.publicBaseUrl;

    const newPage = async ({ width = 360, height = 800, language }: NewPageOptions = {}): Promise<Page> => {
      const context = await launched.newContext({
        viewport: { width, height },
        ...(language && { locale: LOCALES[language] }),
      });
      // Playwright's 30 s per action is short on a loaded CI machine, where the api, the worker and
      // jest share this process with chromium on two cores.
      context.setDefaultTimeout(60_000);
      contexts.add(context);
      context.on('close', () => contexts.delete(context));
      if (language) {
        // Only when nothing is remembered yet: a switch made during the test survives a reload.
        // A script in the page (a string: the tests' TypeScript has no DOM types).
        await context.addInitScript({
          content: `try {
            if (!window.localStorage.getItem(${JSON.stringify(LANGUAGE_KEY)}))
              window.localStorage.setItem(${JSON.stringify(LANGUAGE_KEY)}, ${JSON.stringify(language)});
          } catch (e) { /* about:blank and other opaque origins have no storage */ }`,
        });
      }
      return context.newPage();
    };

    const url = (path: string) => `${baseUrl}${path.startsWith('/') ? path : `/${path}`}`;

    const localUrl = (link: string) => {
      if (link.startsWith(publicBase)) return baseUrl + link.slice(publicBase.length);
      const parsed = new URL(link);
      return baseUrl + parsed.pathname + parsed.search + parsed.hash;
    };

    const stop = async () => {
      await Promise.allSettled([...contexts].map((context) => context.close()));
      await launched.close();
      await stack.stop();
    };

    return { baseUrl, stack, browser: launched, newPage, url, localUrl, stop };
  } catch (error) {
    await browser?.close();
    await stack.stop();
    throw error;
  }
}

/** Every http(s) link in a text (an email's text part), in order. */
export function linksIn(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(/https?:\/\/[^\s<>"')]+/g)].map((match) => match[0]);
}
