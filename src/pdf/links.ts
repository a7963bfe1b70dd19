/**
 * Where a link of the whole-vision page leads in its PDF. The page links to the site's own pages;
 * in a PDF those paths would lead to the build's local server. A link to an entry that is in the
 * document goes to its place in the document (a PDF link within the file); any other page of the
 * site goes to the published site (SITE_URL); addresses elsewhere stay as they are.
 */

const ORIGIN = 'http://page.invalid';

export interface DocumentLinks {
  /** URL path of the whole-vision page itself: "/zuidplas/volledig/". */
  page: string;
  /** The published site (SITE_URL), where links to pages outside the document go. */
  site: string;
  /** Each entry's own page (URL path) and the id of its section in the document. */
  sections: Record<string, string>;
  /** Every id in the document: a heading a link names is only used when the document has it. */
  ids: ReadonlySet<string>;
}

/**
 * The href for the PDF. An entry's content keeps its ids with the section's id and "--" before
 * them (src/lib/nest-html.ts), so "/zuidplas/pijlers/inclusie/#wat-wij-doen" becomes
 * "#pijlers-inclusie--wat-wij-doen". `toSite` keeps a link on the published site even when its
 * entry is in the document: "Ook op een eigen pagina" means the web page.
 */
export function documentHref(href: string, links: DocumentLinks, toSite = false): string {
  const url = new URL(href, new URL(links.page, ORIGIN));
  if (url.origin !== ORIGIN) return href;
  if (url.pathname === links.page && !toSite) return url.hash || '#';
  const fragment = decodeURIComponent(url.hash.slice(1));
  const section = links.sections[url.pathname];
  if (section && !toSite) {
    const nested = `${section}--${fragment}`;
    return `#${fragment && links.ids.has(nested) ? nested : section}`;
  }
  return new URL(`${url.pathname}${url.search}${url.hash}`, links.site).href;
}
