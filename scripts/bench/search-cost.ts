/** Bytes and time of a first search query in Chromium, as a resident's browser would fetch them. */
import { launch } from '../../e2e/helpers/browser.ts';
import { serve } from '../../e2e/helpers/server.ts';

export interface SearchCost {
  query: string;
  bytes: number;
  ms: number;
  results: number;
}

export async function firstQuery(dist: string, query: string): Promise<SearchCost> {
  const site = await serve(dist);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    return await page.evaluate(async (q) => {
      const start = performance.now();
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
      const ms = performance.now() - start;
      const bytes = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/pagefind/'))
        .reduce((sum, e) => sum + (e as PerformanceResourceTiming).encodedBodySize, 0);
      return { query: q, bytes, ms, results: search.results.length as number };
    }, query);
  } finally {
    await browser.close();
    await site.close();
  }
}
