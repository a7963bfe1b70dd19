/**
 * The names the site itself publishes. An edition's folder name is its web address (/<gemeente>/)
 * and its name in shared folders (og/<gemeente>.png, data/<gemeente>-<id>.csv), so an edition called
 * `wetten` or `sociale-visie` would replace a page or file of the site: those names are reserved.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folder Pagefind writes the search index to (`npm run build`). */
export const SEARCH_INDEX_DIR = 'pagefind';
/** The folder of the site's browser scripts (src/pages/js/, src/lib/browser-scripts.ts). */
export const SCRIPTS_DIR = 'js';
/** The link-preview image of pages that belong to no edition: og/sociale-visie.png. */
export const OG_SITE = 'sociale-visie';
/** The folder Astro writes scripts and styles to. */
const ASSETS_DIR = '_astro';

/** Route files of src/pages, relative and with "/". */
function routeFiles(pagesDir: string): string[] {
  return readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(astro|ts)$/.test(e.name))
    .map((e) => relative(pagesDir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** The paths of the site's own pages (src/pages without a [parameter]): "/", "/zoeken/", ... */
export function sitePagePaths(pagesDir = 'src/pages'): Set<string> {
  return new Set(
    routeFiles(pagesDir)
      .filter((file) => !file.includes('[') && file.endsWith('.astro') && file !== '404.astro')
      .map((file) => `/${file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}/`.replace('//', '/')),
  );
}

/**
 * Names no edition may have: the top-level routes of src/pages and files of public/, the folders
 * the build writes, and the site's own names in folders shared with the editions.
 */
export function reservedNames(pagesDir = 'src/pages', publicDir = 'public'): Set<string> {
  const top = routeFiles(pagesDir).map((file) => file.split('/')[0]!.replace(/\.(astro|ts)$/, '')).filter((name) => !name.includes('['));
  const publicFiles = existsSync(publicDir) ? readdirSync(publicDir) : [];
  return new Set([...top, ...publicFiles, SEARCH_INDEX_DIR, ASSETS_DIR, OG_SITE]);
}
