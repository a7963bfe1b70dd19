import { join } from 'node:path';
import { expect, test } from 'vitest';
import { htmlErrors } from '.';

test('html-validate finds an id used twice', async () => {
  expect((await htmlErrors(join(import.meta.dirname, 'broken/duplicate-id/index.html'))).join('\n')).toMatch(/no-dup-id/);
});
