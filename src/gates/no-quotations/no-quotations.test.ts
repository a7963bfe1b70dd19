import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { quotationProblems } from '.';

const fixture = (name: string) => readFileSync(`${import.meta.dirname}/${name}/index.html`, 'utf8');

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
