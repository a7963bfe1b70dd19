import { afterAll, beforeAll, expect, test } from 'vitest';
import { brokenSite } from '../browser';
import { motionProblems } from '.';

let site: Awaited<ReturnType<typeof brokenSite>>;
beforeAll(async () => (site = await brokenSite(import.meta.dirname)));
afterAll(() => site?.close());

test('the reduced-motion check finds an endless animation', async () => {
  const { page, context } = await site.open('/animation/', undefined, { reducedMotion: 'reduce' });
  expect((await motionProblems(page)).join('\n')).toMatch(/^p\.draait has a transition or animation$/m);
  await context.close();
});
