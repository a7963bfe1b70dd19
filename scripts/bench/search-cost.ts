/** Bytes and time of a first search in Chromium, through /zoeken/ as a resident would search. */
import { launchChromium } from '../../src/lib/chromium.ts';
import { serve } from '../../src/lib/static-server.ts';

export interface SearchCost {
  query: string;
  /** Pagefind's files fetched for the query (script, WebAssembly, index, the shown results), as sent. */
  bytes: number;
  /** From opening /zoeken/?q= to the announced result count. */
  openedMs: number;
  /** From pressing Enter to the announced result count, after the search box had focus and the words were typed. */
  typedMs: number;
  results: number;
}

/** Resolves with performance.now() when the status announces results. */
const announced = () =>
  new Promise<number>((resolve) => {
    const status = document.querySelector('#zoek-status')!;
    const check = () => /resulta/.test(status.textContent ?? '') && resolve(performance.now());
    new MutationObserver(check).observe(status, { childList: true, characterData: true, subtree: true });
    check();
  });

export async function firstQuery(dist: string, query: string): Promise<SearchCost> {
  // Compressed as a host sends it; Pagefind's index and WebAssembly are compressed files already.
  const site = await serve(dist, '/', { gzip: true });
  const browser = await launchChromium();
  try {
    // Opened with the search in the URL: everything loads after the page.
    const opened = await browser.newPage();
    // Pagefind fetches its index in a web worker, out of the page's resource timings: count responses.
    const sizes: Promise<number>[] = [];
    opened.on('requestfinished', (r) => {
      if (r.url().includes('/pagefind/')) sizes.push(r.sizes().then((s) => s.responseBodySize));
    });
    await opened.goto(`${site.url}/zoeken/?${new URLSearchParams({ q: query })}`);
    const openedMs = await opened.evaluate(announced);
    const status = (await opened.textContent('#zoek-status')) ?? '';
    await opened.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);

    // Typed, in a fresh browser context: focus loads Pagefind, typing fetches the words' index.
    const context = await browser.newContext();
    const typed = await context.newPage();
    await typed.goto(`${site.url}/zoeken/`);
    await typed.focus('#zoek-q');
    await typed.keyboard.type(query, { delay: 120 });
    // A reader's pause before Enter, in which what typing asked for arrives.
    await typed.waitForTimeout(1500);
    const typedMs = await typed.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const status = document.querySelector('#zoek-status')!;
          const start = performance.now();
          new MutationObserver(() => /resulta/.test(status.textContent ?? '') && resolve(performance.now() - start)).observe(status, { childList: true, characterData: true, subtree: true });
          document.querySelector<HTMLFormElement>('#zoeken')!.requestSubmit();
        }),
    );
    await context.close();
    return { query, bytes, openedMs, typedMs, results: Number(status.match(/^(\d+)/)?.[1] ?? 0) };
  } finally {
    await browser.close();
    await site.close();
  }
}
