import { describe, expect, test } from 'vitest';
import { htmlErrors } from '../src/gates/validity';
import { allPages, DIST, pageFile } from '../src/gates/dist';

describe('HTML validity (html-validate, .htmlvalidate.mjs)', () => {
  test('every built page is valid', async () => {
    const pages = allPages(DIST);
    expect(pages.length).toBeGreaterThan(100);
    const errors = (await Promise.all(pages.map((url) => htmlErrors(pageFile(DIST, url))))).flat();
    expect(errors).toEqual([]);
  });

});
