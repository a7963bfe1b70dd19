import { afterAll, beforeAll, expect, test } from 'vitest';
import { brokenSite } from '../browser';
import { focusWithoutOutline } from '.';

let site: Awaited<ReturnType<typeof brokenSite>>;
beforeAll(async () => (site = await brokenSite(import.meta.dirname)));
afterAll(() => site?.close());

test('the forced-colours check finds focus without an outline', async () => {
  const { page, context } = await site.open('/no-outline/', undefined, { forcedColors: 'active' });
  expect(await focusWithoutOutline(page)).toEqual([
    'a "Start" has no outline when focused in forced colours',
    'button "Een knop zonder rand" has no outline when focused in forced colours',
  ]);
  await context.close();
});
