/**
 * Every built page in Chromium, loaded once: axe in light and dark at 1280 and 320 px, reflow,
 * keyboard, forced colours, reduced motion, privacy and CSP, console errors. Each page is
 * loaded once and the emulation switched on it, and two tabs share the pages (one per core):
 * loading a page costs about as much as one axe run, so this halves the time of a sweep per
 * combination.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { allPages, DIST } from '../tests/helpers/dist';
import { axeViolations, withAxe } from './checks/axe';
import { recordErrors } from './checks/errors';
import { focusWithoutOutline } from './checks/forced-colors';
import { keyboardProblems } from './checks/keyboard';
import { horizontalScroll } from './checks/layout';
import { motionProblems } from './checks/motion';
import { recordPrivacy } from './checks/privacy';
import { launch } from './helpers/browser';
import { serve } from './helpers/server';

/** A search too: it runs Pagefind's WebAssembly under the CSP and shows results. */
const SEARCH = '/zoeken/?q=zorg';
const pages = [...allPages(DIST), SEARCH];
const LANES = 2;
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 800 };

const found = { axe: [] as string[], scroll: [] as string[], keyboard: [] as string[], outline: [] as string[], motion: [] as string[], privacy: [] as string[], errors: [] as string[] };
const seconds: Record<string, number> = {};

/** Problems of one page, each prefixed with its URL path. */
const on = (url: string, problems: string[]) => problems.map((p) => `${url}: ${p}`);

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

/** Runs one check, adds its time to the check's total and its problems, prefixed with the page, to its list. */
async function timed(kind: keyof typeof found, url: string, run: () => Promise<string[]> | string[]) {
  const start = performance.now();
  found[kind].push(...on(url, await run()));
  seconds[kind] = (seconds[kind] ?? 0) + (performance.now() - start) / 1000;
}

/** Every check on one page, in an order where none disturbs the next: axe before focus moves, emulation reset last. */
async function checkPage(page: Page, url: string, privacy: Awaited<ReturnType<typeof recordPrivacy>>, errors: ReturnType<typeof recordErrors>) {
  await timed('axe', url, async () => (await axeViolations(page)).map((v) => `light, 1280 px: ${v}`));
  await page.setViewportSize(NARROW);
  await timed('axe', url, async () => (await axeViolations(page)).map((v) => `light, 320 px: ${v}`));
  await timed('scroll', url, () => horizontalScroll(page));
  await page.emulateMedia({ colorScheme: 'dark' });
  await timed('axe', url, async () => (await axeViolations(page)).map((v) => `dark, 320 px: ${v}`));
  await page.setViewportSize(WIDE);
  await timed('axe', url, async () => (await axeViolations(page)).map((v) => `dark, 1280 px: ${v}`));
  await page.emulateMedia({ colorScheme: 'light' });
  await timed('keyboard', url, () => keyboardProblems(page));
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await timed('motion', url, () => motionProblems(page));
  await timed('outline', url, () => focusWithoutOutline(page));
  await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  await timed('privacy', url, () => privacy.take(page));
  await timed('errors', url, () => errors.take());
}

/** One tab that visits every LANES-th page, so heavy and light pages spread over the lanes. */
async function lane(index: number) {
  const context = await browser.newContext({ viewport: WIDE, colorScheme: 'light' });
  await withAxe(context);
  const privacy = await recordPrivacy(context, site.url);
  const errors = recordErrors(context);
  const page = await context.newPage();
  for (const url of pages.filter((_, i) => i % LANES === index)) {
    const start = performance.now();
    // The search fetches its index after the load event; the other pages are done by then.
    await page.goto(site.url + url, { waitUntil: url === SEARCH ? 'networkidle' : 'load' });
    seconds.load = (seconds.load ?? 0) + (performance.now() - start) / 1000;
    await checkPage(page, url, privacy, errors);
  }
  await context.close();
}

beforeAll(async () => {
  site = await serve(resolve(DIST));
  browser = await launch();
  const start = performance.now();
  await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
  const times = Object.entries(seconds).map(([kind, s]) => `${kind} ${s.toFixed(1)} s`).join(', ');
  console.log(`${pages.length} pages in ${((performance.now() - start) / 1000).toFixed(1)} s (${LANES} tabs; time per check, summed over tabs: ${times})`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('every built page in Chromium', () => {
  test('there are pages to check', () => expect(pages.length).toBeGreaterThan(100));

  test('axe finds no violation of WCAG 2.2 A/AA or a best practice, in light and dark, at 1280 and 320 px', () => {
    expect(found.axe).toEqual([]);
  });

  test('nothing scrolls sideways at 320 px (reflow)', () => expect(found.scroll).toEqual([]));

  test('a visible skip link to <main> comes first; Tab reaches every link, button and field, each with a focus indicator', () => {
    expect(found.keyboard).toEqual([]);
  });

  test('in forced colours every focused element keeps an outline', () => expect(found.outline).toEqual([]));

  test('with prefers-reduced-motion nothing moves', () => expect(found.motion).toEqual([]));

  test('no request to another site, no cookie, no Content-Security-Policy violation', () => expect(found.privacy).toEqual([]));

  test('no console errors or uncaught exceptions', () => expect(found.errors).toEqual([]));
});
