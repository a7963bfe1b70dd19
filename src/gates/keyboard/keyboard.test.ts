import { afterAll, beforeAll, expect, test } from 'vitest';
import { brokenSite } from '../browser';
import { keyboardProblems } from '.';

let site: Awaited<ReturnType<typeof brokenSite>>;
beforeAll(async () => (site = await brokenSite(import.meta.dirname)));
afterAll(() => site?.close());

test.each([
  ['/hidden-skip/', ['the skip link stays hidden when it has focus']],
  ['/skip-no-focus/', [expect.stringMatching(/^the skip link moves focus to \w+, not <main>$/)]],
  ['/focus-trap/', ['Tab does not reach button "Deze knop is met Tab niet te bereiken"']],
  ['/no-focus/', [
    'the first Tab stop is a "Start", not a skip link to <main>',
    'a "Start" shows no focus indicator (outline or box-shadow)',
    'button "Een knop zonder rand" shows no focus indicator (outline or box-shadow)',
  ]],
])('the keyboard check finds what is wrong with %s', async (path, problems) => {
  const { page, context } = await site.open(path);
  expect(await keyboardProblems(page)).toEqual(problems);
  await context.close();
});
