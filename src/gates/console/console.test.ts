import { afterAll, beforeAll, expect, test } from 'vitest';
import { brokenSite } from '../browser';
import { recordErrors } from '.';

let site: Awaited<ReturnType<typeof brokenSite>>;
beforeAll(async () => (site = await brokenSite(import.meta.dirname)));
afterAll(() => site?.close());

test('the console check hears an error and an uncaught exception', async () => {
  let errors: ReturnType<typeof recordErrors> | undefined;
  const { context } = await site.open('/console-error/', async (c) => (errors = recordErrors(c)));
  const found: string[] = [];
  await expect
    .poll(() => {
      found.push(...errors!.take());
      return found;
    }, { timeout: 5000 }).toEqual(['console error: iets ging mis', 'uncaught niet opgevangen']);
  await context.close();
});
