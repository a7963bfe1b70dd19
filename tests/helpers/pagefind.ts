import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SEARCH_INDEX_DIR } from '../../src/lib/site-names';

/** What Pagefind stored of one page: the text it searches and shows in excerpts, and its metadata. */
export interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's fragments start with this signature after decompression. */
const SIGNATURE = 'pagefind_dcd';

/** Every page in a dist folder's Pagefind index, read from its fragment files. */
export function indexedPages(dist: string): IndexedPage[] {
  const dir = join(dist, SEARCH_INDEX_DIR, 'fragment');
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run npx pagefind --site ${dist}`);
  return readdirSync(dir).map((file) => {
    const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    if (!raw.startsWith(SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment`);
    return JSON.parse(raw.slice(SIGNATURE.length)) as IndexedPage;
  });
}
