import { describe, expect, test } from 'vitest';
import { BUDGETS, overBudget } from '../src/gates/budgets';
import { builtPages, DIST } from '../src/gates/dist';

describe(`weight budgets, gzip: CSS ≤ ${BUDGETS.css} B, JS at load ≤ ${BUDGETS.js} B, page ≤ ${BUDGETS.total} B`, () => {
  test('every built page stays within them (search loads its index on demand, after the budget)', () => {
    const pages = builtPages(DIST);
    expect(pages).toContain('/zoeken/');
    expect(pages.flatMap((url) => overBudget(DIST, url))).toEqual([]);
  });

});
