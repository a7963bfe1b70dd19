/**
 * What every built page must be: Dutch, one h1, no h2 that only repeats it (a reader hears the
 * same heading twice), a linkable id on each heading, and (when indexed) marked for search.
 */
import { attr, elements, mainOf, parseHtml, startTag, textOf } from '../../lib/html/document';

export interface Expect {
  /** Whether search should index the page: its <main> then carries data-pagefind-body. */
  indexed: boolean;
}

const RANKED = /^h[2-6]$/;

export function structureProblems(html: string, { indexed }: Expect): string[] {
  const doc = parseHtml(html);
  const all = elements(doc);
  const h1s = all.filter((el) => el.tagName === 'h1').length;
  const heading = (el: (typeof all)[number]) => textOf(el).toLowerCase();
  const titles = new Set(all.filter((el) => el.tagName === 'h1').map(heading));
  const repeats = all.filter((el) => el.tagName === 'h2' && titles.has(heading(el)));
  const withoutId = all.filter((el) => RANKED.test(el.tagName) && attr(el, 'id') === undefined);
  const main = mainOf(doc);
  return [
    ...(all.find((el) => el.tagName === 'html' && attr(el, 'lang') === 'nl') ? [] : ['the page is not marked as Dutch: <html lang="nl">']),
    ...(h1s === 1 ? [] : [`${h1s} h1 headings; a page has exactly one`]),
    ...repeats.map((el) => `an h2 repeats the page's title: "${textOf(el)}"; name what the section holds`),
    ...withoutId.map((el) => `a heading without an id to link to: ${startTag(el)}`),
    ...(indexed && !(main && attr(main, 'data-pagefind-body') !== undefined) ? ['<main> lacks data-pagefind-body, so search does not index the page'] : []),
  ];
}
