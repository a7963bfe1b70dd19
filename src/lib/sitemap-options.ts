import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** What @astrojs/sitemap needs to split a shard's sitemap by edition. */
export interface ShardSitemap {
  /** One sitemap file per edition this shard renders: sitemap-<edition>-0.xml. */
  chunks: Record<string, (item: { url: string }) => { url: string } | undefined>;
  /** The files of every other edition, which other shards write, named in this shard's index. */
  customSitemaps: string[];
}

/**
 * The sitemap options of a shard of a large build (EDITIONS): each edition gets a sitemap file
 * of its own (the shared pages go to sitemap-pages-0.xml), and every shard's sitemap-index.xml
 * names the files of all editions. So the files of shards built at different times, each kept
 * with the edition it belongs to, merge into one complete sitemap. Undefined for other builds,
 * which keep one sitemap-0.xml.
 */
export function shardSitemap(site: string, base: string, contentDir: string, shard: string[] | undefined): ShardSitemap | undefined {
  if (!shard) return undefined;
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
  const editions = readdirSync(join(contentDir, 'gemeenten'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const under = (edition: string) => (item: { url: string }) => (new URL(item.url).pathname.startsWith(`${root.pathname}${edition}/`) ? item : undefined);
  return {
    chunks: Object.fromEntries(shard.map((edition) => [edition, under(edition)])),
    customSitemaps: editions.filter((e) => !shard.includes(e)).map((e) => new URL(`sitemap-${e}-0.xml`, root).href),
  };
}
