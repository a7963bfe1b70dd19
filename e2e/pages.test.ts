/**
 * Every built page in Chromium, one named test per page: axe in light and dark at 1280 and
 * 320 px, reflow, keyboard, forced colours, reduced motion, privacy and CSP, console errors.
 * Each page is loaded once and the emulation switched on it; two tabs share the pages (one per
 * core), so tests run two at a time.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../src/lib/chromium';
import { allPages, DIST } from '../src/gates/dist';
import { axeViolations, withAxe } from '../src/gates/axe';
import { recordErrors } from '../src/gates/console';
import { focusWithoutOutline } from '../src/gates/forced-colors';
import { keyboardProblems } from '../src/gates/keyboard';
import { horizontalScroll } from '../src/gates/reflow';
import { motionProblems } from '../src/gates/motion';
import { recordPrivacy } from '../src/gates/privacy';
import { serve } from '../src/lib/static-server';
import { afterPaintScripts } from './helpers/browser';

/** A search too: it runs Pagefind's WebAssembly under the CSP and shows results. */
const SEARCH = '/zoeken/?q=zorg';
const pages = [...allPages(DIST), SEARCH];
const TABS = 2;
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 800 };

/** A tab with its watchers; a test borrows one and gives it back. */
interface Tab {
  context: BrowserContext;
  page: Page;
  privacy: Awaited<ReturnType<typeof recordPrivacy>>;
  errors: ReturnType<typeof recordErrors>;
}

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
const free: Tab[] = [];
const waiting: ((tab: Tab) => void)[] = [];

async function openTab(): Promise<Tab> {
  const context = await browser.newContext({ viewport: WIDE, colorScheme: 'light' });
  await withAxe(context);
  const privacy = await recordPrivacy(context, site.url);
  const errors = recordErrors(context);
  return { context, page: await context.newPage(), privacy, errors };
}

const borrow = () => new Promise<Tab>((resolveTab) => (free.length ? resolveTab(free.pop()!) : waiting.push(resolveTab)));
const giveBack = (tab: Tab) => (waiting.length ? waiting.shift()!(tab) : free.push(tab));

/** Every check on one page, in an order where none disturbs the next: axe before focus moves, emulation reset last. */
async function checkPage({ page, privacy, errors }: Tab, url: string): Promise<string[]> {
  const axe = (label: string) => async () => (await axeViolations(page)).map((v) => `axe, ${label}: ${v}`);
  const steps: [string, () => Promise<string[]>][] = [
    ['load', async () => {
      // A failed check may have left the tab emulating something: start each page the same way.
      await page.setViewportSize(WIDE);
      await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
      // The search fetches its index after the load event; the other pages are done by then.
      await page.goto(site.url + url, { waitUntil: url === SEARCH ? 'networkidle' : 'load' });
      await afterPaintScripts(page);
      return [];
    }],
    ['axe', axe('light, 1280 px')],
    ['', async () => (await page.setViewportSize(NARROW), [])],
    ['axe', axe('light, 320 px')],
    ['reflow', () => horizontalScroll(page)],
    ['', async () => (await page.emulateMedia({ colorScheme: 'dark' }), [])],
    ['axe', axe('dark, 320 px')],
    ['', async () => (await page.setViewportSize(WIDE), [])],
    ['axe', axe('dark, 1280 px')],
    ['', async () => (await page.emulateMedia({ colorScheme: 'light' }), [])],
    ['keyboard', () => keyboardProblems(page)],
    ['', async () => (await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' }), [])],
    ['reduced motion', () => motionProblems(page)],
    ['forced colours', () => focusWithoutOutline(page)],
    ['', async () => (await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' }), [])],
    ['privacy and CSP', () => privacy.take(page)],
    ['console', async () => errors.take()],
  ];
  const problems: string[] = [];
  for (const [name, run] of steps) problems.push(...(await run()).map((p) => (name.startsWith('axe') ? p : `${name}: ${p}`)));
  return problems;
}

beforeAll(async () => {
  site = await serve(resolve(DIST));
  browser = await launchChromium();
  for (let i = 0; i < TABS; i++) free.push(await openTab());
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('every built page in Chromium: axe (WCAG 2.2 A/AA, best practices) light and dark at 1280 and 320 px, reflow, keyboard, forced colours, reduced motion, privacy, CSP, console', () => {
  test('there are pages to check', () => expect(pages.length).toBeGreaterThan(100));

  test.concurrent.each(pages)('%s', async (url) => {
    const tab = await borrow();
    try {
      expect(await checkPage(tab, url)).toEqual([]);
    } finally {
      giveBack(tab);
    }
  });
});
