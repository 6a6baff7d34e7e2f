import type { Page } from 'playwright-core';
import { BrowserStack, Language, startBrowserStack } from './support/browser-stack';
import { expectAccessible, expectNoHorizontalScroll } from './support/checks';

// Since 1 July 2025 there are no districts, but people still say "huyện Đại Từ": the filing form's
// commune picker finds today's communes by their former district and says "formerly in …".
describe('the commune picker finds a commune by its former district (issue 9)', () => {
  let web: BrowserStack;
  const shots = process.env.SCREENSHOT_DIR;

  beforeAll(async () => {
    web = await startBrowserStack();
  });
  afterAll(() => web?.stop());

  const options = (page: Page) => page.locator('#communeCode-listbox [role=option]');

  it.each<[Language, string]>([
    ['vi', 'trước đây thuộc Huyện Đại Từ'],
    ['en', 'formerly in Huyện Đại Từ'],
  ])(
    'typing "huyen dai tu" (%s) lists the communes of the former district, each saying so',
    async (language, formerly) => {
      const page = await web.newPage({ language });
      await page.goto(web.url('/complaints/new'));
      await page.waitForSelector('#communeCode:not([disabled])');
      await page.fill('#communeCode', 'huyen dai tu');
      await page.waitForSelector(`#communeCode-listbox [role=option]:has-text("${formerly}")`);
      const texts = await options(page).allInnerTexts();
      expect(texts.length).toBeGreaterThan(1);
      expect(texts.every((text) => text.includes(formerly))).toBe(true);
      expect(texts.some((text) => text.startsWith('Xã Đại Từ'))).toBe(true);
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      if (shots)
        await page.locator('.commune-picker').screenshot({ path: `${shots}/commune-former-${language}-360.png` });

      // Chosen with the keyboard: the field holds the commune's name alone.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      expect(await page.inputValue('#communeCode')).toBe(texts[0].split('\n')[0]);
      await page.context().close();
    },
  );

  it('a commune of Bắc Kạn names its former province too; the name still comes first', async () => {
    const page = await web.newPage({ width: 1280 });
    await page.goto(web.url('/complaints/new'));
    await page.waitForSelector('#communeCode:not([disabled])');
    await page.fill('#communeCode', 'ba be');
    const first = options(page).first();
    // The former districts are a list of their own: the option names them once it has come.
    await first.locator('.commune-picker__former').waitFor();
    expect(await first.innerText()).toMatch(/^Xã Ba Bể\s+trước đây thuộc Huyện Ba Bể \(Tỉnh Bắc Kạn\)$/);
    await expectAccessible(page);
    if (shots) await page.locator('.commune-picker').screenshot({ path: `${shots}/commune-former-vi-1280.png` });
    await page.context().close();
  });
});
