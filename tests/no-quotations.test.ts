import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { quotationProblems } from '../src/gates/no-quotations/index.ts';
import { pageSource } from '../src/gates/source.ts';
import { allPages, DIST, readPage } from './helpers/dist';

const fixture = (name: string) => readFileSync(`src/gates/no-quotations/${name}/index.html`, 'utf8');

describe('no page presents text as a quotation', () => {
  test('every built page', () => {
    const pages = allPages(DIST);
    expect(pages.length).toBeGreaterThan(100);
    const problems = pages.flatMap((url) => quotationProblems(readPage(DIST, url)).map((p) => `${pageSource(url)} (${url}): ${p.what}: "${p.text}"`));
    expect(problems).toEqual([]);
  });

  test('the check finds each form of quotation on its broken fixture', () => {
    expect(quotationProblems(fixture('broken')).map((p) => p.what)).toEqual([
      'a figure with an attribution line ("— name")',
      'a <blockquote> (or Markdown "> ...")',
      'the quotation look of the retired <Quote> (class "italic" on <blockquote>)',
      'a <q>',
      'a paragraph that starts with a quotation mark',
      'a list item that starts with a quotation mark',
      'a paragraph that ends with a quotation attributed to someone',
    ]);
  });

  test('indirect speech, a summary, a quoted motto or title and "\'s avonds" pass', () => {
    expect(quotationProblems(fixture('clean'))).toEqual([]);
  });
});
