import { describe, expect, test } from 'vitest';
import { BUDGETS, linkedStylesheets, overBudget } from './checks/budgets';
import { builtPages, DIST, readPage } from './helpers/dist';

describe(`weight budgets, gzip: CSS ≤ ${BUDGETS.css} B, JS at load ≤ ${BUDGETS.js} B, page ≤ ${BUDGETS.total} B, the HTML itself ≤ ${BUDGETS.html} B`, () => {
  test('every built page stays within them (search loads its index on demand, after the budget)', () => {
    const pages = builtPages(DIST);
    expect(pages).toContain('/zoeken/');
    expect(pages.flatMap((url) => overBudget(DIST, url))).toEqual([]);
  });

  test('the check finds a stylesheet and a page over budget', () => {
    expect(overBudget('tests/fixtures/broken', '/heavy-page/')).toEqual([
      expect.stringMatching(/^\/heavy-page\/: CSS is \d+ bytes gzip, the budget is 10000$/),
      expect.stringMatching(/^\/heavy-page\/: HTML \+ CSS \+ JS is \d+ bytes gzip, the budget is 25000$/),
      expect.stringMatching(/^\/heavy-page\/: the page itself \(one round trip\) is \d+ bytes gzip, the budget is 14600$/),
    ]);
  });

  test('the check counts the modules a script imports at once, not those it loads on demand', () => {
    const [problem, ...rest] = overBudget('tests/fixtures/broken', '/heavy/');
    expect(rest).toEqual([]);
    const bytes = Number(/JS is (\d+) bytes/.exec(problem ?? '')?.[1]);
    expect(bytes).toBeGreaterThan(BUDGETS.js);
    expect(bytes).toBeLessThan(BUDGETS.js + 2_000);
  });
});

describe('a page paints after one round trip', () => {
  test('no page links a stylesheet but its house colours: the site stylesheet is inline', () => {
    expect(builtPages(DIST).flatMap((url) => linkedStylesheets(readPage(DIST, url)).map((href) => `${url}: ${href}`))).toEqual([]);
  });

  test('the check finds a linked stylesheet', () => {
    expect(linkedStylesheets(readPage('tests/fixtures/broken', '/heavy-page/'))).toEqual(['/heavy-page/big.css']);
  });
});
