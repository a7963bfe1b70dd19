import { afterAll, beforeAll, expect, test } from 'vitest';
import { brokenSite } from '../browser';
import { horizontalScroll } from '.';

let site: Awaited<ReturnType<typeof brokenSite>>;
beforeAll(async () => (site = await brokenSite(import.meta.dirname)));
afterAll(() => site?.close());

test('the reflow check finds a line wider than 320 px', async () => {
  const { page, context } = await site.open('/wide/', undefined, { viewport: { width: 320, height: 800 } });
  expect(await horizontalScroll(page)).toEqual(['the page is 508 px wide on a 320 px screen (p.breed)']);
  await context.close();
});
