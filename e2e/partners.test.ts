/**
 * Partners linking (issue 14, items 6-8), tried in Chromium over the built site: the heading
 * link, the table of contents and links to headings that moved.
 */
import { describe, expect, test } from 'vitest';
import { contentDir } from '../src/lib/build-options';
import { headingMoves, readRedirects } from '../src/lib/redirects';
import { builtPages, DIST, readPage } from '../tests/helpers/dist';
import { PHONE, useBrowser } from './helpers/browser';

const browser = useBrowser();
const pages = builtPages(DIST);

describe('a link to a heading that moved (content/redirects.yaml) leads to its new place', () => {
  const moves = Object.entries(headingMoves(readRedirects(contentDir), contentDir)).flatMap(([page, ids]) => Object.entries(ids).map(([id, to]) => ({ from: `${page}#${id}`, to })));

  test('there are heading moves to follow', () => expect(moves.length).toBeGreaterThan(0));

  test('only the pages with moved headings carry the script that follows them', () => {
    const withScript = pages.filter((url) => readPage(DIST, url).includes('name="moved-headings"'));
    expect(withScript).toEqual([...new Set(moves.map((m) => m.from.split('#')[0]!))].sort());
  });

  test.each(moves)('$from -> $to', async ({ from, to }) => {
    const { page, context } = await browser.open(from, { viewport: PHONE });
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(to);
    const id = decodeURIComponent(to.split('#')[1]!);
    await expect.poll(() => page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(PHONE.height / 2);
    // Back does not return to the old address, which would send the reader on again.
    await page.goBack();
    expect(page.url()).toBe('about:blank');
    await context.close();
  });
});
