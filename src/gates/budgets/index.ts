/** Weight budgets per page, gzip bytes as a host sends them (page-weight.ts measures; the bench reports the same numbers). */
import { pageWeight } from './page-weight.ts';

/**
 * gzip bytes: CSS (inline and linked), JS at every visit (inline, linked, and loaded after the
 * first paint), the total, and the page itself (`html`, its inline stylesheet included), which
 * must fit the first round trip: TCP's first 10 packets, 14.6 KB. The whole page, not only its
 * first screen: a phone (and Lighthouse's model of one) parses and paints once the document has
 * arrived, and a page of 15 KB paints a round trip later than one of 14.
 */
export const BUDGETS = { css: 10_000, js: 5_000, total: 25_000, html: 14_600 };

/**
 * The whole vision on one page (/<gemeente>/volledig/) is the printable document itself, as long
 * as the source: it keeps the CSS and JS budgets, not the 25 KB and one round trip of a content page.
 */
const WHOLE_VISION = /\/volledig\/$/;

/** What a page (URL path) spends over budget: all its stylesheets, the scripts it loads at once, and the total. */
export function overBudget(dist: string, url: string): string[] {
  const weight = pageWeight(dist, url, url);
  const kinds = WHOLE_VISION.test(url) ? (['css', 'js'] as const) : (['css', 'js', 'total', 'html'] as const);
  const names = { css: 'CSS', js: 'JS', total: 'HTML + CSS + JS', html: 'the page itself (one round trip)' };
  return kinds
    .filter((kind) => weight[kind] > BUDGETS[kind])
    .map((kind) => `${url}: ${names[kind]} is ${weight[kind]} bytes gzip, the budget is ${BUDGETS[kind]}`);
}
