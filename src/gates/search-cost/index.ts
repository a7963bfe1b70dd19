/**
 * What a first search fetches, estimated from the search bundle's files as a host sends them: the
 * files every search needs (Pagefind's script, gzipped; its table of contents; the WebAssembly for
 * the site's language), the largest index chunk (a one-word query needs one chunk, whichever it
 * is), and a fragment of average size for each result shown at once. `npm run bench` measures real
 * queries in Chromium; this bound needs no browser and no clock.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RESULTS_PAGE_SIZE } from '../../lib/search/cost.ts';

/** Target of the benchmark issue: a first query fetches at most 100 KB. */
export const FIRST_QUERY_BUDGET = 100_000;

/** Bytes as sent of a Pagefind bundle's files. */
export interface BundleSizes {
  /** pagefind.js, gzipped as a host sends it; pagefind-entry.json; the language's .pf_meta and WebAssembly. */
  always: Record<string, number>;
  /** Each word index chunk (index/*.pf_index, compressed by Pagefind). */
  chunks: number[];
  /** Each page's fragment (fragment/*.pf_fragment, compressed by Pagefind). */
  fragments: number[];
}

/** The sizes of the bundle in `dir` (dist/pagefind) for its one language. */
export function bundleSizes(dir: string): BundleSizes {
  const size = (file: string) => statSync(join(dir, file)).size;
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string }> };
  const languages = Object.values(entry.languages);
  if (languages.length !== 1) throw new Error(`${dir}: ${languages.length} languages; the site is Dutch only`);
  const { hash, wasm } = languages[0]!;
  const files = (sub: string) => readdirSync(join(dir, sub)).map((f) => size(join(sub, f)));
  return {
    always: {
      'pagefind.js': gzipSync(readFileSync(join(dir, 'pagefind.js')), { level: 9 }).length,
      'pagefind-entry.json': size('pagefind-entry.json'),
      [`pagefind.${hash}.pf_meta`]: size(`pagefind.${hash}.pf_meta`),
      [`wasm.${wasm}.pagefind`]: size(`wasm.${wasm}.pagefind`),
    },
    chunks: files('index'),
    fragments: files('fragment'),
  };
}

/** The estimate, in bytes, of what a first one-word query fetches. */
export function firstQueryBytes({ always, chunks, fragments }: BundleSizes): number {
  const average = fragments.reduce((sum, n) => sum + n, 0) / fragments.length;
  return Object.values(always).reduce((sum, n) => sum + n, 0) + Math.max(...chunks) + Math.round(RESULTS_PAGE_SIZE * average);
}

/** The estimate against the budget: empty, or why a first query fetches too much. */
export function searchCostProblems(sizes: BundleSizes): string[] {
  const bytes = firstQueryBytes(sizes);
  if (bytes <= FIRST_QUERY_BUDGET) return [];
  return [`a first query fetches about ${bytes} bytes (its largest index chunk ${Math.max(...sizes.chunks)}), the budget is ${FIRST_QUERY_BUDGET}`];
}
