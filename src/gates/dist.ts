import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { httpEquiv, parseHtml } from '../lib/html/document.ts';

/** A built site as the gates read it: where it is, its pages, its redirect pages. */

/** The built site the tests read: `npm test` builds it; DIST_DIR points elsewhere. */
export const DIST = process.env.DIST_DIR || 'dist';

/** URL paths of every index.html in a dist folder, redirect pages included. */
function indexPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !['_astro', 'pagefind'].includes(entry.name)) walk(path);
      else if (entry.name === 'index.html') pages.push(`/${relative(dist, dir)}/`.replace('//', '/'));
    }
  };
  walk(dist);
  return pages.sort();
}

/** Where a redirect page sends the reader: Astro writes a declared redirect (content/redirects.yaml) as a page with a meta refresh "0;url=/new/". */
function refreshTarget(html: string): string | undefined {
  const refresh = httpEquiv(parseHtml(html), 'refresh');
  return refresh?.slice(refresh.indexOf('=') + 1);
}

/** URL paths of every built page in a dist folder ("/zuidplas/pijlers/inclusie/"); redirects are not pages. */
export function builtPages(dist: string): string[] {
  return indexPages(dist).filter((url) => refreshTarget(readPage(dist, url)) === undefined);
}

/** The redirect pages of a dist folder: old URL path -> where it sends the reader. */
export function redirectPages(dist: string): Record<string, string> {
  return Object.fromEntries(
    indexPages(dist).flatMap((url) => {
      const target = refreshTarget(readPage(dist, url));
      return target === undefined ? [] : [[url, target]];
    }),
  );
}

/** The file of a built page by URL path: "/wetten/" or "/404.html". */
export function pageFile(dist: string, url: string): string {
  return url.endsWith('.html') ? join(dist, url) : join(dist, url, 'index.html');
}

/** Every page a reader can see: the built pages and the 404 page a host shows for an unknown URL. */
export function allPages(dist: string): string[] {
  return existsSync(join(dist, '404.html')) ? [...builtPages(dist), '/404.html'] : builtPages(dist);
}

/** The HTML of a built page by URL path. */
export function readPage(dist: string, url: string): string {
  const file = pageFile(dist, url);
  if (!existsSync(file)) throw new Error(`${url} was not built (no ${file})`);
  return readFileSync(file, 'utf8');
}

/**
 * A fresh output folder inside the project, for a build of its own (tests, bench): Astro keeps
 * its prerender files next to an output folder within the project, but in a shared ./.astro for
 * one outside it, which breaks builds that run side by side.
 */
export function outDir(): string {
  const parent = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, 'sv-dist-'));
}
