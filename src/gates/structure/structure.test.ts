import { expect, test } from 'vitest';
import { readPage } from '../dist';
import { structureProblems } from '.';

test('the structure check fails on a page without lang, with two h1s, an h2 repeating a title, a heading without id and no search marker', () => {
  expect(structureProblems(readPage(`${import.meta.dirname}/broken`, '/structure/'), { indexed: true })).toEqual([
    'the page is not marked as Dutch: <html lang="nl">',
    '2 h1 headings; a page has exactly one',
    'an h2 repeats the page\'s title: "Tweede titel"; name what the section holds',
    'a heading without an id to link to: <h2>',
    '<main> lacks data-pagefind-body, so search does not index the page',
  ]);
});
