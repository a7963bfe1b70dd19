/**
 * Residents on phones (issue 14, items 1-5), tried in Chromium at 320 px over the built site:
 * tables, the pyramid, "Lees voor", the edition's colour and tap targets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { lightenForDark } from '../src/lib/contrast';
import { THEME } from '../src/lib/theme';
import { builtPages, DIST, readPage } from '../tests/helpers/dist';
import { PHONE, useBrowser } from './helpers/browser';

const browser = useBrowser();
const pages = builtPages(DIST);

describe('tables on a phone', () => {
  const withTables = pages.filter((url) => readPage(DIST, url).includes('<table'));

  test('there are pages with tables: annexes, figures, chapters, whole visions', () => {
    for (const kind of ['/bijlagen/', '/cijfers/', '/hoofdstukken/', '/volledig/']) expect(withTables.some((u) => u.includes(kind)), kind).toBe(true);
  });

  test.each(withTables)('%s: no word or number breaks inside a cell; each table scrolls in its own named, focusable region', async (url) => {
    const { page, context } = await browser.open(url, { viewport: PHONE });
    // Chart tables sit in a closed <details>: open them as a reader would.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const problems = await page.evaluate(() =>
      [...document.querySelectorAll('main table')].flatMap((table, t) => {
        const found: string[] = [];
        const region = table.parentElement!;
        const scrolls = ['auto', 'scroll'].includes(getComputedStyle(region).overflowX);
        if (!scrolls || region.tabIndex !== 0 || !region.getAttribute('aria-label')) found.push(`table ${t + 1} is not in a named, focusable region that scrolls`);
        for (const cell of table.querySelectorAll('th, td')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const word of node.textContent!.matchAll(/\S+/g)) {
              // The line each character stands on; a word is split where the line changes.
              const lines = [...word[0]].map((_, i) => {
                const range = document.createRange();
                range.setStart(node, word.index + i);
                range.setEnd(node, word.index + i + 1);
                return Math.round(range.getBoundingClientRect().top);
              });
              const breaks = lines.flatMap((top, i) => (i > 0 && top !== lines[i - 1] ? [i] : []));
              // A compound may break after its hyphen ("Wmo-|voorziening"); a number or range ("6.116", "100-109") never.
              const allowed = !/\d/.test(word[0]) && breaks.every((i) => word[0][i - 1] === '-');
              if (breaks.length && !allowed) found.push(`table ${t + 1}: "${word[0]}" is split over ${breaks.length + 1} lines`);
            }
          }
        }
        return found;
      }),
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("each edition in its own colour", () => {
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  const editions = readdirSync('content/gemeenten').map((slug) => {
    const { colour } = load(readFileSync(`content/gemeenten/${slug}/gemeente.yaml`, 'utf8')) as { colour: string };
    return { slug, colour };
  });

  test.each(editions)('/$slug/: the header has the house colour $colour; links in dark mode its light tint', async ({ slug, colour }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await browser.open(`/${slug}/`, { viewport: PHONE, colorScheme });
      expect(await page.locator('body > header').evaluate((el) => getComputedStyle(el).backgroundColor), colorScheme).toBe(rgb(colour));
      const link = await page.locator('main a').first().evaluate((el) => getComputedStyle(el).color);
      expect(link, colorScheme).toBe(rgb(colorScheme === 'light' ? colour : lightenForDark(colour, THEME.dark.soft)));
      await context.close();
    }
  });
});
