import { describe, expect, test } from 'vitest';
import { BUDGETS, linkedStylesheets, overBudget } from '../src/gates/budgets';
import { builtPages, DIST, readPage } from '../src/gates/dist';

describe(`weight budgets, gzip: CSS ≤ ${BUDGETS.css} B, JS at load ≤ ${BUDGETS.js} B, page ≤ ${BUDGETS.total} B, the HTML itself ≤ ${BUDGETS.html} B`, () => {
  test('every built page stays within them (search loads its index on demand, after the budget)', () => {
    const pages = builtPages(DIST);
    expect(pages).toContain('/zoeken/');
    expect(pages.flatMap((url) => overBudget(DIST, url))).toEqual([]);
  });
});

describe('a page paints after one round trip', () => {
  test('no page links a stylesheet but its house colours: the site stylesheet is inline', () => {
    expect(builtPages(DIST).flatMap((url) => linkedStylesheets(readPage(DIST, url)).map((href) => `${url}: ${href}`))).toEqual([]);
  });
});
