/**
 * Themes on the built site: a theme page lists every edition exactly once, and a building block or
 * layer links to its themes, each goal too. Pure string checks over a page's HTML.
 */

/** Id of an edition's section on a theme page (as on a law page). */
const sectionId = (edition: string) => `visie-${edition}`;

/** Editions a theme page does not list, or lists more than once. */
export function editionsListed(html: string, editions: string[]): string[] {
  return editions.flatMap((edition) => {
    const count = html.split(`id="${sectionId(edition)}"`).length - 1;
    return count === 1 ? [] : [`${edition} is listed ${count} times; a theme page lists each edition exactly once`];
  });
}

/** The editions a theme page shows as saying something on the theme (not "... zegt niets over dit thema"). */
export function speakingEditions(html: string, editions: string[]): string[] {
  return editions.filter((edition) => {
    const start = html.indexOf(`id="${sectionId(edition)}"`);
    if (start < 0) return false;
    const section = html.slice(start, html.indexOf('</section>', start));
    return !section.includes('zegt niets over dit thema');
  });
}

/** What is missing on a building block or layer: its links to its themes, and a theme link on each goal. */
export function themeLinkProblems(html: string): string[] {
  const nav = /<nav[^>]*aria-labelledby="themas"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  const problems = /href="[^"]*\/thema\/[a-z0-9-]+\/"/.test(nav) ? [] : ['no links to its themes (<nav aria-labelledby="themas">)'];
  const goals = /<section aria-labelledby="doelen"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  const bare = [...goals.matchAll(/<li\b[\s\S]*?<\/li>/g)].filter((li) => !/href="[^"]*\/thema\/[a-z0-9-]+\/"/.test(li[0]));
  return [...problems, ...bare.map(() => 'a goal without a link to its theme')];
}
