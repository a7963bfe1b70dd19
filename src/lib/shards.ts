import { SEARCH_INDEX_DIR } from './site-names.ts';

/**
 * How a large site is built in shards (scripts/build-shards.ts): which editions go together into
 * one `astro build`, and which built file belongs to which edition, so that each edition's files
 * are kept, reused and merged on their own. Pure: names in, names out.
 */

/**
 * Editions split into groups for builds side by side: at most `size` editions in a group (a
 * build's memory grows with the MDX it bundles), and at least `jobs` groups while there are
 * editions enough, so that every core has a build to run. Groups differ in size by one at most.
 */
export function shardGroups(editions: string[], size: number, jobs: number): string[][] {
  if (editions.length === 0) return [];
  const count = Math.max(Math.ceil(editions.length / size), Math.min(jobs, editions.length));
  const groups: string[][] = Array.from({ length: count }, () => []);
  editions.forEach((edition, i) => groups[Math.floor((i * count) / editions.length)]!.push(edition));
  return groups;
}

/**
 * The edition a built file belongs to, by its path in the output folder ("zuidplas/pijlers/x/index.html",
 * "og/zuidplas.png", "data/zuidplas-bevolking.csv", "sitemap-zuidplas-0.xml"); undefined for the files
 * all editions share (home, search, laws, _astro/). A data file goes to the longest edition name it
 * starts with, so "dijk-en-waard-bevolking.csv" is not taken for an edition "dijk".
 */
export function ownerOf(path: string, editions: string[]): string | undefined {
  const [first, ...rest] = path.split('/');
  if (rest.length > 0 && editions.includes(first!)) return first;
  const longest = (name: string, suffix: RegExp) =>
    editions.filter((e) => name.startsWith(`${e}-`) && suffix.test(name.slice(e.length + 1))).sort((a, b) => b.length - a.length)[0];
  if (first === 'og' && rest.length === 1) return editions.find((e) => rest[0] === `${e}.png`);
  if (first === 'data' && rest.length === 1) return longest(rest[0]!, /\.csv$/);
  if (rest.length === 0 && first!.startsWith('sitemap-')) return longest(first!.slice('sitemap-'.length), /^\d+\.xml$/);
  return undefined;
}

/**
 * The files written for the merged site as a whole, never kept from a shard: the search index and
 * the headers files, which cover every page.
 */
export const SITE_WIDE = [SEARCH_INDEX_DIR, '_headers', '_headers.nginx.conf'];

/** The shard's hashed scripts and styles: kept with every edition of the shard, since its pages name them. */
export const ASSETS = '_astro';
