import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';

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

/** Astro writes a declared redirect (content/redirects.yaml) as a page with only a meta refresh. */
const REFRESH = /<meta http-equiv="refresh" content="\d+;url=([^"]*)"/;

/** URL paths of every built page in a dist folder ("/zuidplas/pijlers/inclusie/"); redirects are not pages. */
export function builtPages(dist: string): string[] {
  return indexPages(dist).filter((url) => !REFRESH.test(readPage(dist, url)));
}

/** The redirect pages of a dist folder: old URL path -> where it sends the reader. */
export function redirectPages(dist: string): Record<string, string> {
  return Object.fromEntries(
    indexPages(dist).flatMap((url) => {
      const target = REFRESH.exec(readPage(dist, url))?.[1];
      return target === undefined ? [] : [[url, target.replaceAll('&amp;', '&')]];
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

/** The laws an edition's wetten.yaml names (none without the file). */
export function namedLaws(content: string, edition: string): string[] {
  const file = join(content, 'gemeenten', edition, 'wetten.yaml');
  return existsSync(file) ? [...readFileSync(file, 'utf8').matchAll(/law:\s*(\S+)/g)].map((m) => m[1]!) : [];
}

/** The theme ids of a content folder's themas.yaml. */
export function themeIds(content: string): string[] {
  const file = join(content, 'themas.yaml');
  return existsSync(file) ? Object.keys((load(readFileSync(file, 'utf8')) as Record<string, unknown>) ?? {}) : [];
}

/** Pages the content folder promises, derived from its files alone. */
export function expectedPages(content: string, single?: string): string[] {
  const files = (dir: string, ext: string) =>
    existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)) : [];
  const editions = single ? [single] : readdirSync(join(content, 'gemeenten'));
  const urls = ['/', '/wetten/', '/toegankelijkheid/', '/privacy/', '/zoeken/', '/a-z/'];
  for (const edition of editions) {
    const root = single ? '/' : `/${edition}/`;
    const dir = join(content, 'gemeenten', edition);
    urls.push(root, `${root}begrippen/`, `${root}volledig/`, `${root}zoeken/`, `${root}wetten/`);
    for (const section of ['pijlers', 'piramide', 'bijlagen', 'hoofdstukken']) {
      const slugs = files(join(dir, section), '.mdx');
      if (slugs.length) urls.push(`${root}${section}/`, ...slugs.map((s) => `${root}${section}/${s}/`));
    }
    if (files(join(dir, 'cijfers'), '.csv').length) urls.push(`${root}cijfers/`);
  }
  const named = single ? namedLaws(content, single) : files(join(content, 'wetten'), '.yaml');
  urls.push(...named.map((l) => `/wetten/${l}/`));
  // Every build has every theme page: a single edition's shows that edition alone.
  urls.push('/thema/', ...themeIds(content).map((t) => `/thema/${t}/`));
  return [...new Set(urls)].sort();
}
