import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { ENTRY_SECTIONS } from '../../src/sections';

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
    for (const section of ENTRY_SECTIONS) {
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
