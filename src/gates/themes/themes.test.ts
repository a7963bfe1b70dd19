import { expect, test } from 'vitest';
import { readPage } from '../dist';
import { editionsListed, speakingEditions, themeLinkProblems } from '.';

test('the checks fail on a theme page that lists an edition twice and one not at all, and on a page without theme links', () => {
  expect(editionsListed(readPage(`${import.meta.dirname}/broken`, '/theme-page/'), ['zuidplas', 'soest', 'ijsselstein'])).toEqual([
    'zuidplas is listed 2 times; a theme page lists each edition exactly once',
    'ijsselstein is listed 0 times; a theme page lists each edition exactly once',
  ]);
  expect(themeLinkProblems(readPage(`${import.meta.dirname}/broken`, '/untagged-page/'))).toEqual([
    'no links to its themes (<nav aria-labelledby="themas">)',
    'a goal without a link to its theme: Arbeidsmarkt',
  ]);
});

test('the checks pass the look-alikes: a silent edition, a link to an edition, goal links under a base path', () => {
  const page = readPage(`${import.meta.dirname}/clean`, '/theme-page/');
  expect(editionsListed(page, ['zuidplas', 'soest'])).toEqual([]);
  expect(speakingEditions(page, ['zuidplas', 'soest'])).toEqual(['zuidplas']);
  expect(themeLinkProblems(readPage(`${import.meta.dirname}/clean`, '/tagged-page/'))).toEqual([]);
});
