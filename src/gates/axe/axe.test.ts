import { afterAll, beforeAll, expect, test } from 'vitest';
import { brokenSite } from '../browser';
import { axeViolations, withAxe } from '.';

let site: Awaited<ReturnType<typeof brokenSite>>;
beforeAll(async () => (site = await brokenSite(import.meta.dirname)));
afterAll(() => site?.close());

test('axe finds an image without alt text', async () => {
  const { page, context } = await site.open('/missing-alt/', withAxe);
  expect((await axeViolations(page)).join('\n')).toMatch(/^image-alt: /m);
  await context.close();
});
