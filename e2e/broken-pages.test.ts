/** The browser checks fail on pages broken on purpose (tests/fixtures/broken/). */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, withAxe } from './checks/axe';
import { focusWithoutOutline } from './checks/forced-colors';
import { keyboardProblems } from './checks/keyboard';
import { horizontalScroll } from './checks/layout';
import { motionProblems } from './checks/motion';
import { recordErrors } from './checks/errors';
import { recordPrivacy } from './checks/privacy';
import { launchChromium } from '../src/lib/chromium';
import { serve } from '../src/lib/static-server';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  site = await serve(resolve('tests/fixtures/broken'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a fixture page in a fresh context prepared by `prepare`. */
async function open(
  url: string,
  prepare: (context: BrowserContext) => Promise<unknown> = async () => {},
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext(options);
  await prepare(context);
  const page = await context.newPage();
  await page.goto(site.url + url);
  return { page, context };
}

describe('the browser checks catch a broken page', () => {
  test('axe: an image without alt text', async () => {
    const { page, context } = await open('/missing-alt/', withAxe);
    expect((await axeViolations(page)).join('\n')).toMatch(/^image-alt: /m);
    await context.close();
  });

  test.each([
    ['/external-script/', /^a request to another site: https:\/\/statistiek\.example\.com\/teller\.js$/m],
    ['/inline-script/', /^Content-Security-Policy: script-src-elem blocked inline$/m],
  ])('privacy and CSP: %s', async (url, problem) => {
    let privacy: Awaited<ReturnType<typeof recordPrivacy>> | undefined;
    const { page, context } = await open(url, async (c) => (privacy = await recordPrivacy(c, site.url)));
    expect((await privacy!.take(page)).join('\n')).toMatch(problem);
    await context.close();
  });

  test.each([
    ['/hidden-skip/', ['the skip link stays hidden when it has focus']],
    ['/skip-no-focus/', [expect.stringMatching(/^the skip link moves focus to \w+, not <main>$/)]],
    ['/focus-trap/', ['Tab does not reach button "Deze knop is met Tab niet te bereiken"']],
  ])('keyboard: %s', async (url, problems) => {
    const { page, context } = await open(url);
    expect(await keyboardProblems(page)).toEqual(problems);
    await context.close();
  });

  test('console: an error and an uncaught exception', async () => {
    const context = await browser.newContext();
    const errors = recordErrors(context);
    const page = await context.newPage();
    await page.goto(`${site.url}/console-error/`);
    const found: string[] = [];
    await expect
      .poll(() => {
        found.push(...errors.take());
        return found;
      }, { timeout: 5000 }).toEqual(['console error: iets ging mis', 'uncaught niet opgevangen']);
    await context.close();
  });

  test('privacy: a cookie', async () => {
    let privacy: Awaited<ReturnType<typeof recordPrivacy>> | undefined;
    const { page, context } = await open('/cookie/', async (c) => (privacy = await recordPrivacy(c, site.url)));
    expect(await privacy!.take(page)).toEqual(['document.cookie is "bezoek=1"', expect.stringMatching(/^a cookie "bezoek" for /)]);
    await context.close();
  });

  test('keyboard: no skip link, no focus indicator', async () => {
    const { page, context } = await open('/no-focus/');
    expect(await keyboardProblems(page)).toEqual([
      'the first Tab stop is a "Start", not a skip link to <main>',
      'a "Start" shows no focus indicator (outline or box-shadow)',
      'button "Een knop zonder rand" shows no focus indicator (outline or box-shadow)',
    ]);
    await context.close();
  });

  test('forced colours and reduced motion: no outline, an endless animation', async () => {
    const { page, context } = await open('/no-focus/', undefined, { forcedColors: 'active', reducedMotion: 'reduce' });
    expect(await focusWithoutOutline(page)).toEqual([
      'a "Start" has no outline when focused in forced colours',
      'button "Een knop zonder rand" has no outline when focused in forced colours',
    ]);
    expect((await motionProblems(page)).join('\n')).toMatch(/^p\.draait has a transition or animation$/m);
    await context.close();
  });

  test('reflow: a line wider than 320 px', async () => {
    const { page, context } = await open('/no-focus/', undefined, { viewport: { width: 320, height: 800 } });
    expect(await horizontalScroll(page)).toEqual(['the page is 508 px wide on a 320 px screen (p.breed)']);
    await context.close();
  });
});
