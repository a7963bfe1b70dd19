/** Weight budgets per page, gzip bytes as a host sends them (page-weight.ts measures; the bench reports the same numbers). */
import { pageWeight } from './page-weight.ts';

/**
 * gzip bytes: CSS (inline and linked), JS at load (inline scripts included), the total, and the
 * first screen (`firstScreen`: the head with its inline stylesheet, and the page up to the end of
 * its lead), which must fit the first round trip: TCP's first 10 packets, 14.6 KB. That is what a
 * phone needs for its first paint. The whole page once had to fit, as a stand-in; but the scripts
 * now travel inside it, after its text (they run once it is parsed), and a long layer with a chart
 * outgrew it on its own; the total keeps bounding the whole page.
 */
export const BUDGETS = { css: 10_000, js: 5_000, total: 25_000, firstScreen: 14_600 };

/**
 * The whole vision on one page (/<gemeente>/volledig/) is the printable document itself, as long
 * as the source: it keeps the CSS, JS and first-screen budgets, not the 25 KB of a content page.
 */
const WHOLE_VISION = /\/volledig\/$/;

/** What a page (URL path) spends over budget: all its stylesheets, the scripts it loads at once, and the total. */
export function overBudget(dist: string, url: string): string[] {
  const weight = pageWeight(dist, url, url);
  const kinds = WHOLE_VISION.test(url) ? (['css', 'js', 'firstScreen'] as const) : (['css', 'js', 'total', 'firstScreen'] as const);
  const names = { css: 'CSS', js: 'JS', total: 'HTML + CSS + JS', firstScreen: 'the head and first screen (one round trip)' };
  return kinds
    .filter((kind) => weight[kind] > BUDGETS[kind])
    .map((kind) => `${url}: ${names[kind]} is ${weight[kind]} bytes gzip, the budget is ${BUDGETS[kind]}`);
}
