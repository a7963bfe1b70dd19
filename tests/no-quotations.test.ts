import { describe, expect, test } from 'vitest';
import { quotationProblems } from '../src/gates/no-quotations/index.ts';
import { pageSource } from '../src/gates/source.ts';
import { allPages, DIST, readPage } from '../src/gates/dist';


describe('no page presents text as a quotation', () => {
  test('every built page', () => {
    const pages = allPages(DIST);
    expect(pages.length).toBeGreaterThan(100);
    const problems = pages.flatMap((url) => quotationProblems(readPage(DIST, url)).map((p) => `${pageSource(url)} (${url}): ${p.what}: "${p.text}"`));
    expect(problems).toEqual([]);
  });
});
