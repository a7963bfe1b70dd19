import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, DIST } from '../tests/helpers/dist';
import { launch } from './helpers/browser';
import { serve } from './helpers/server';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = builtPages(DIST);

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  site = await serve(resolve(DIST));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe on every built page in one colour scheme and width; returns "url: rule (targets)". */
async function violations(colorScheme: 'light' | 'dark', width: number): Promise<string[]> {
  const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const found: string[] = [];
  for (const url of pages) {
    await page.goto(site.url + url);
    await page.addScriptTag({ content: axeSource });
    const result = (await page.evaluate(
      (tags) => (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
      TAGS,
    )) as { violations: Violation[] };
    for (const v of result.violations) found.push(`${url}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  }
  await context.close();
  return found;
}

describe('axe finds no WCAG 2.x A/AA violation on any page', () => {
  test('there are pages to check', () => expect(pages.length).toBeGreaterThan(10));
  test.each([
    ['light', 1280],
    ['dark', 320],
  ] as const)('%s theme at %i px', async (scheme, width) => {
    expect(await violations(scheme, width)).toEqual([]);
  });
});
