import { afterAll, beforeAll, expect, test } from 'vitest';
import { brokenSite } from '../browser';
import { recordPrivacy } from '.';

let site: Awaited<ReturnType<typeof brokenSite>>;
beforeAll(async () => (site = await brokenSite(import.meta.dirname)));
afterAll(() => site?.close());

/** The page at `path`, with the privacy watcher on; returns what it reported. */
async function problems(path: string): Promise<string[]> {
  let privacy: Awaited<ReturnType<typeof recordPrivacy>> | undefined;
  const { page, context } = await site.open(path, async (c) => (privacy = await recordPrivacy(c, site.url)));
  const found = await privacy!.take(page);
  await context.close();
  return found;
}

test('the privacy check finds a request to another site', async () => {
  expect((await problems('/external-script/')).join('\n')).toMatch(/^a request to another site: https:\/\/statistiek\.example\.com\/teller\.js$/m);
});

test('the privacy check finds a cookie', async () => {
  expect(await problems('/cookie/')).toEqual(['document.cookie is "bezoek=1"', expect.stringMatching(/^a cookie "bezoek" for /)]);
});
