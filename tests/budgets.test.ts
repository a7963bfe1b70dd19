import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { BUDGETS, overBudget } from '../src/gates/budgets';
import { requestsBeforePaint } from '../src/gates/first-paint';
import { bundleSizes, FIRST_QUERY_BUDGET, searchCostProblems } from '../src/gates/search-cost';
import { SEARCH_INDEX_DIR } from '../src/lib/site-names';
import { builtPages, DIST, readPage } from '../src/gates/dist';

describe(`weight budgets, gzip: CSS ≤ ${BUDGETS.css} B, JS at load ≤ ${BUDGETS.js} B, page ≤ ${BUDGETS.total} B, the HTML itself ≤ ${BUDGETS.html} B`, () => {
  test('every built page stays within them (search loads its index on demand, after the budget)', () => {
    const pages = builtPages(DIST);
    expect(pages).toContain('/zoeken/');
    expect(pages.flatMap((url) => overBudget(DIST, url))).toEqual([]);
  });
});

describe('a page paints after one round trip', () => {
  test('no page asks for a stylesheet or a script before its first paint: stylesheet, house colour and scripts are inside it', () => {
    expect(builtPages(DIST).flatMap((url) => requestsBeforePaint(readPage(DIST, url)).map((problem) => `${url}: ${problem}`))).toEqual([]);
  });
});

describe(`a first search fetches at most ${FIRST_QUERY_BUDGET} B`, () => {
  test('Pagefind’s script, WebAssembly and table of contents, the largest index chunk and five average results', () => {
    expect(searchCostProblems(bundleSizes(join(DIST, SEARCH_INDEX_DIR)))).toEqual([]);
  });
});
