/**
 * What a first search fetches, and the two settings that bound it. Pagefind's script and
 * WebAssembly (about 74 KB together, as sent) come once; then the index chunk that holds the word
 * searched for, and one fragment per result shown.
 */

/**
 * Word positions per index chunk, where Pagefind's default is 20,000: a chunk of this site then
 * weighs 22–28 KB, and a first query fetched 108–113 KB. At 8,000 a chunk weighs at most about
 * 12 KB (15 chunks instead of 6, and a few hundred bytes more in the table of contents every
 * search fetches); a search of several words may fetch several, each smaller. Pagefind 1.6 reads
 * it only from this environment variable, which it calls unstable: should a later Pagefind drop
 * it, the index falls back to the default chunks and the search-cost test fails
 * (src/gates/search-cost/).
 */
export const PAGEFIND_ENV = { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '8000' };

/**
 * Results shown at once, and added by each press of "more": five, as Pagefind's own interface
 * shows. Each result's data is a download of 1–3 KB, and on a phone five results fill the screen.
 */
export const RESULTS_PAGE_SIZE = 5;
