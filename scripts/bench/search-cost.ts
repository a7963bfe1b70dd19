/** Bytes and time of a first search in Chromium, through /zoeken/ as a resident would search. */
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../src/lib/chromium.ts';
import { serve } from '../../src/lib/static-server.ts';

export interface SearchCost {
  query: string;
  /** Pagefind's files fetched for the query (script, WebAssembly, index, the shown results), gzip. */
  bytes: number;
  /** From opening /zoeken/?q= to the announced result count. */
  ms: number;
  results: number;
}

/** Bytes a host sends: Pagefind's index and WebAssembly are gzip files already, its script is gzipped on the way. */
const transferred = (url: string, body: Buffer) => (/\.(js|json)(\?|$)/.test(url) ? gzipSync(body).length : body.length);

export async function firstQuery(dist: string, query: string): Promise<SearchCost> {
  const site = await serve(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // Pagefind fetches its index in a web worker, out of the page's resource timings: count responses.
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (r) => {
      if (r.url().includes('/pagefind/')) sizes.push(r.response().then(async (res) => transferred(r.url(), await res!.body())));
    });
    await page.goto(`${site.url}/zoeken/?${new URLSearchParams({ q: query })}`);
    const done = await page.waitForFunction(() => {
      const status = document.querySelector('#zoek-status')?.textContent ?? '';
      return /resulta/.test(status) && { status, ms: performance.now() };
    });
    const { status, ms } = (await done.jsonValue()) as { status: string; ms: number };
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
    return { query, bytes, ms, results: Number(status.match(/^(\d+)/)?.[1] ?? 0) };
  } finally {
    await browser.close();
    await site.close();
  }
}
