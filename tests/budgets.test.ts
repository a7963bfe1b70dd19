import { describe, expect, test } from 'vitest';
import { BUDGETS, overBudget } from './checks/budgets';
import { builtPages, DIST } from './helpers/dist';

describe(`weight budgets, gzip: CSS ≤ ${BUDGETS.css} B, JS at load ≤ ${BUDGETS.js} B, page ≤ ${BUDGETS.total} B`, () => {
  test('every built page stays within them (search loads its index on demand, after the budget)', () => {
    const pages = builtPages(DIST);
    expect(pages).toContain('/zoeken/');
    expect(pages.flatMap((url) => overBudget(DIST, url))).toEqual([]);
  });

  test('the check finds a stylesheet and a page over budget', () => {
    expect(overBudget('tests/fixtures/broken', '/heavy-page/')).toEqual([
      expect.stringMatching(/^\/heavy-page\/: CSS is \d+ bytes gzip, the budget is 10000$/),
      expect.stringMatching(/^\/heavy-page\/: HTML \+ CSS \+ JS is \d+ bytes gzip, the budget is 25000$/),
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
