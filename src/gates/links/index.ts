/** Internal links of a built site that lead nowhere: a missing page, file or heading id. Pure Node over the files. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attr, elements, parseHtml } from '../../lib/html/document.ts';
import { pageFile } from '../dist.ts';

const ORIGIN = 'http://site.invalid';

/** Elements whose URL attributes lead somewhere on the site, and those attributes. */
const LINKING = new Set(['a', 'area', 'link', 'script', 'img', 'source', 'iframe', 'form', 'use', 'image']);
const URL_ATTRIBUTES = ['href', 'src', 'action'];

/** The ids in an HTML text. */
export function idsOf(html: string): Set<string> {
  return new Set(elements(parseHtml(html)).flatMap((el) => attr(el, 'id') ?? []));
}

/** The URLs a page links to or loads, as written (the parser has decoded them). */
const linksOf = (html: string) =>
  elements(parseHtml(html))
    .filter((el) => LINKING.has(el.tagName))
    .flatMap((el) => URL_ATTRIBUTES.flatMap((name) => attr(el, name) ?? []));

/** Reads ids once per file: many pages link to the same few. */
function idReader() {
  const cache = new Map<string, Set<string>>();
  return (file: string) => {
    if (!cache.has(file)) cache.set(file, idsOf(readFileSync(file, 'utf8')));
    return cache.get(file)!;
  };
}

/**
 * Why a site path ("/wetten/jeugdwet/#visie-zuidplas") does not resolve in a dist folder, or
 * undefined when it does. "#top" and an empty fragment always resolve (the top of the page).
 */
export function unresolved(dist: string, path: string, ids = idReader()): string | undefined {
  const url = new URL(path, ORIGIN);
  const pathname = decodeURIComponent(url.pathname);
  const file = pathname.endsWith('/') ? pageFile(dist, pathname) : join(dist, pathname);
  if (!existsSync(file)) return 'no such page or file';
  const id = decodeURIComponent(url.hash.slice(1));
  if (!id || id.toLowerCase() === 'top') return undefined;
  return ids(file).has(id) ? undefined : `no element with id "${id}" on ${pathname}`;
}

/** Every link, resource and fragment on these pages (URL paths) that does not resolve: "page: href (why)". */
export function deadLinks(dist: string, pages: string[]): string[] {
  const ids = idReader();
  return pages.flatMap((page) => {
    const html = readFileSync(pageFile(dist, page), 'utf8');
    const hrefs = linksOf(html);
    return [...new Set(hrefs)].flatMap((href) => {
      const url = new URL(href, new URL(page, ORIGIN));
      if (url.origin !== ORIGIN) return [];
      const why = unresolved(dist, url.pathname + url.hash, ids);
      return why ? [`${page}: ${href} (${why})`] : [];
    });
  });
}
