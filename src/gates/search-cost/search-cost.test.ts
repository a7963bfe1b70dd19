import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { FIRST_QUERY_BUDGET, firstQueryBytes, searchCostProblems, type BundleSizes } from '.';

/** The sizes of this site's bundle as Pagefind 1.6 writes it by default: index chunks of 20,000 word positions. */
const DEFAULT_CHUNKS = JSON.parse(readFileSync(`${import.meta.dirname}/broken/default-chunks.json`, 'utf8')) as BundleSizes;

test('a bundle with Pagefind’s default index chunks is over budget: its chunk alone weighs over 20 KB', () => {
  expect(Math.max(...DEFAULT_CHUNKS.chunks)).toBeGreaterThan(20_000);
  expect(searchCostProblems(DEFAULT_CHUNKS)).toEqual([expect.stringMatching(/^a first query fetches about 1\d{5} bytes \(its largest index chunk 2\d{4}\), the budget is 100000$/)]);
});

test('the estimate adds what every search needs, the largest chunk and five average results', () => {
  const sizes = { always: { 'pagefind.js': 10_000, wasm: 60_000 }, chunks: [5_000, 12_000], fragments: [1_000, 3_000] };
  expect(firstQueryBytes(sizes)).toBe(10_000 + 60_000 + 12_000 + 5 * 2_000);
  expect(searchCostProblems(sizes)).toEqual([]);
  expect(searchCostProblems({ ...sizes, chunks: [FIRST_QUERY_BUDGET] })).toHaveLength(1);
});
