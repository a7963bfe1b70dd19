/** Weight budgets per page, gzip bytes as a host sends them (page-weight.ts measures; the bench reports the same numbers). */
import { pageWeight } from './page-weight.ts';

export const BUDGETS = { css: 10_000, js: 5_000, total: 25_000 };

/**
 * The whole vision on one page (/<gemeente>/volledig/) is the printable document itself, as long
 * as the source: it keeps the CSS and JS budgets, but not the 25 KB of a content page.
 */
const WHOLE_VISION = /\/volledig\/$/;

/** What a page (URL path) spends over budget: all its stylesheets, the scripts it loads at once, and the total. */
export function overBudget(dist: string, url: string): string[] {
  const weight = pageWeight(dist, url, url);
  const kinds = WHOLE_VISION.test(url) ? (['css', 'js'] as const) : (['css', 'js', 'total'] as const);
  return kinds
    .filter((kind) => weight[kind] > BUDGETS[kind])
    .map((kind) => `${url}: ${kind === 'total' ? 'HTML + CSS + JS' : kind.toUpperCase()} is ${weight[kind]} bytes gzip, the budget is ${BUDGETS[kind]}`);
}
