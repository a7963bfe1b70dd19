import { describe, expect, test } from 'vitest';
import { htmlErrors } from './checks/validity';
import { allPages, DIST, pageFile } from './helpers/dist';

describe('HTML validity (html-validate, .htmlvalidate.mjs)', () => {
  test('every built page is valid', async () => {
    const pages = allPages(DIST);
    expect(pages.length).toBeGreaterThan(100);
    const errors = (await Promise.all(pages.map((url) => htmlErrors(pageFile(DIST, url))))).flat();
    expect(errors).toEqual([]);
  });

  test('the check finds an image without alt text', async () => {
    expect((await htmlErrors('tests/fixtures/broken/missing-alt/index.html')).join('\n')).toMatch(/wcag\/h37/);
  });
});
