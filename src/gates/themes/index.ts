/**
 * Themes gate (issue #18): a theme page lists every edition of the build exactly once, saying
 * what it says on the theme or that it says nothing; a building block or layer links to its
 * themes, and each of its goals to its own. Pure: the HTML of a page in, problems out.
 */
import { attr, elements, parseHtml, textOf, type Element } from '../../lib/html/document.ts';

/** Id of an edition's section on a theme page, as on a law page: "visie-zuidplas". */
export const editionSectionId = (edition: string) => `visie-${edition}`;

/** What a theme page says of an edition that says nothing on the theme ("Dit plan zegt niets over dit thema."). */
export const SILENT = 'zegt niets over dit thema';

const THEME_LINK = /\/thema\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;
const linksToTheme = (el: Element) => elements(el).some((a) => a.tagName === 'a' && THEME_LINK.test(attr(a, 'href') ?? ''));
const labelledBy = (root: Element[], tag: string, id: string) => root.filter((el) => el.tagName === tag && attr(el, 'aria-labelledby') === id);

/** Editions a theme page does not list, or lists more than once. */
export function editionsListed(html: string, editions: string[]): string[] {
  const all = elements(parseHtml(html));
  return editions.flatMap((edition) => {
    const count = all.filter((el) => attr(el, 'id') === editionSectionId(edition)).length;
    return count === 1 ? [] : [`${edition} is listed ${count} times; a theme page lists each edition exactly once`];
  });
}

/** The editions a theme page shows as saying something on the theme. */
export function speakingEditions(html: string, editions: string[]): string[] {
  const all = elements(parseHtml(html));
  return editions.filter((edition) => {
    const [section] = labelledBy(all, 'section', editionSectionId(edition));
    return section !== undefined && !textOf(section).includes(SILENT);
  });
}

/** What is missing on a building block or layer: links to its themes, and a theme link on each goal. */
export function themeLinkProblems(html: string): string[] {
  const all = elements(parseHtml(html));
  const [nav] = labelledBy(all, 'nav', 'themas');
  const goals = labelledBy(all, 'section', 'doelen').flatMap((s) => elements(s).filter((el) => el.tagName === 'li'));
  return [
    ...(nav && linksToTheme(nav) ? [] : ['no links to its themes (<nav aria-labelledby="themas">)']),
    ...goals.filter((li) => !linksToTheme(li)).map((li) => `a goal without a link to its theme: ${textOf(li)}`),
  ];
}
