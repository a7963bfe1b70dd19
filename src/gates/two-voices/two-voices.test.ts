import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { editorialProblems, openingProblems } from '.';

const fixture = (name: string) => readFileSync(`${import.meta.dirname}/${name}/index.html`, 'utf8');

test('the check finds notes about this edition in the opening, the meta description and the running text', () => {
  const html = fixture('broken');
  expect(openingProblems(html).map((p) => [p.where, p.found])).toEqual([
    ['opening paragraph', 'leesversie'],
    ['opening paragraph', 'Onze'],
    ['opening paragraph', 'bron'],
    ['meta description', 'leesversie'],
    ['meta description', 'Onze'],
    ['meta description', 'bron'],
  ]);
  expect(editorialProblems(html).map((p) => p.found)).toEqual(['Onze bron', 'De bron noemt']);
});

test('a clean page passes: the municipality may say "we" in its text, the editors speak in the editorial element, a figure names its source', () => {
  const html = fixture('clean');
  expect(openingProblems(html)).toEqual([]);
  expect(editorialProblems(html)).toEqual([]);
});
