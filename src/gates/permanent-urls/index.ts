/**
 * Permanent URLs: partners link to pages, files and headings for good. published-urls.txt lists
 * every URL the full build has published; a URL may only disappear with a redirect
 * (content/redirects.yaml).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Redirects } from '../../lib/content/redirects.ts';
import { attr, elements, parseHtml } from '../../lib/html/document.ts';
import { SCRIPTS_DIR, SEARCH_INDEX_DIR } from '../../lib/site-names.ts';
import { ENTRY_SECTIONS, SECTIONS } from '../../sections.ts';
import { builtPages, readPage } from '../dist.ts';

export const MANIFEST = 'published-urls.txt';

/** Build output that is no URL of its own: hashed assets and scripts, the search index, host configuration, the page for unknown URLs. */
const UNPUBLISHED = new RegExp(`^(_astro|${SEARCH_INDEX_DIR}|${SCRIPTS_DIR})/|^_headers|^404\\.html$`);

/** Sections whose pages partners cite (building blocks, pyramid layers): their headings are linked to, as the laws' are. */
const CITED = ENTRY_SECTIONS.filter((section) => SECTIONS[section].entries.citable).join('|');
/** Pages whose heading ids partners link to: the cited sections' entries and the laws. */
const LINKED_HEADINGS = new RegExp(`^/(?:[^/]+/)?(?:${CITED})/[^/]+/$|^/wetten/[^/]+/$`);

const RANKED = /^h[2-6]$/;

/** Heading ids of a page's text; a contents list (<nav>) is the page's furniture, not its text. */
export function headingIds(html: string): string[] {
  return elements(parseHtml(html), (el) => el.tagName !== 'nav')
    .filter((el) => RANKED.test(el.tagName))
    .flatMap((el) => attr(el, 'id') || []);
}

/** Every URL a dist folder publishes: pages (redirect pages too), files, and the linked headings. */
export function publishedUrls(dist: string): string[] {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !UNPUBLISHED.test(path))
    .map((path) => `/${path.replace(/(^|\/)index\.html$/, '$1')}`);
  const headings = builtPages(dist)
    .filter((url) => LINKED_HEADINGS.test(url))
    .flatMap((url) => headingIds(readPage(dist, url)).map((id) => `${url}#${id}`));
  return [...new Set([...files, ...headings])].sort();
}

/** URLs of the manifest that are gone without a redirect, and URLs the manifest does not list yet. */
export function compareWithManifest(published: string[], manifest: string[], redirects: Redirects) {
  const now = new Set(published);
  const listed = new Set(manifest);
  return {
    removed: manifest.filter((url) => !now.has(url) && !(url in redirects)),
    added: published.filter((url) => !listed.has(url)),
  };
}

/** What a single-edition build needs to know to read the manifest of the full build. */
export interface SingleBuild {
  /** The edition built alone, at the site root. */
  edition: string;
  /** Every edition folder in content/gemeenten/. */
  editions: string[];
  /** The laws the edition names: the only laws such a build publishes. */
  laws: string[];
}

/**
 * The manifest's URLs as a single-edition build publishes them: the edition's own URLs without
 * its segment, its preview image and downloads, the laws it names, the site's own pages; other
 * editions' URLs and laws fall away.
 */
export function manifestFor(manifest: string[], single: SingleBuild): string[] {
  const { edition, editions, laws } = single;
  return manifest.flatMap((url) => {
    const [, first = '', second = ''] = url.split('/');
    if (editions.includes(first)) return first === edition ? [url.slice(edition.length + 1)] : [];
    if (first === 'og' || first === 'data') {
      const owner = editions.find((e) => second.startsWith(`${e}.`) || second.startsWith(`${e}-`));
      return owner && owner !== edition ? [] : [url];
    }
    if (first === 'wetten' && second && !second.startsWith('#')) return laws.includes(second) ? [url] : [];
    return [url];
  });
}

const HEADER = `# Every URL this site has published: pages, files and the headings of building blocks,
# pyramid layers and laws. Partners link to them, so npm test fails when one disappears without a
# redirect in content/redirects.yaml. After adding pages, run: npm run urls:update
`;

export function readManifest(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
}

export function writeManifest(file: string, urls: string[]): void {
  writeFileSync(file, `${HEADER}${urls.join('\n')}\n`);
}
