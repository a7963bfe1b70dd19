import { describe, expect, test } from 'vitest';
import { builtPages, readPage } from '../dist';
import { checkEdition, editionPages, formatProblem, isAbbreviation, readPage as readText, sentencesOf, sourceFile, wordCount } from '.';

const BROKEN = `${import.meta.dirname}/broken`;
const CLEAN = `${import.meta.dirname}/clean`;

/** Checks the edition `voorbeeld` of a small fixture laid out as a built site. */
const checkFixture = (dist: string) => checkEdition('voorbeeld', editionPages(builtPages(dist), '/voorbeeld/').map((url) => ({ url, html: readPage(dist, url) })));

describe('the plain-language gate', () => {
  test('fails each rule on its broken fixture, naming the file, the text and the fix', () => {
    const report = checkFixture(BROKEN);
    const file = 'content/gemeenten/voorbeeld/pijlers/te-lang.mdx';
    expect(report.problems.map((p) => [p.rule, p.file, p.text.slice(0, 40)])).toEqual([
      ['long-sentence', file, 'Deze zin is veel te lang voor een inwone'],
      ['long-sentence', file, 'Een opsomming telt als een eigen zin, du'],
      ['abbreviation', file, 'GGD'],
      ['abbreviation', file, 'KIS'],
      ['average', 'content/gemeenten/voorbeeld/', expect.stringMatching(/^\d+\.\d words per sentence/)],
    ]);
    const [long, , abbreviation] = report.problems.map(formatProblem);
    expect(long).toContain('split the sentence (35 words; at most 25)');
    expect(abbreviation).toContain('add GGD to begrippen.yaml (content/gemeenten/voorbeeld/begrippen.yaml) or write it out');
  });

  test('passes a clean fixture: explained, allowed, in a heading, hidden, in a menu or a graphic', () => {
    const report = checkFixture(CLEAN);
    expect(report.pages).toEqual(['/voorbeeld/', '/voorbeeld/pijlers/kort/']);
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.average).toBeGreaterThan(3);
  });

  test.each([
    ['GGD', true], ["KPI's", true], ['IJVO', true], ['1G1P1R', true], ['PTSS', true],
    ['IJsselstein', false], ['Wmo', false], ['DigiD', false], ['IJ', false], ['A', false], ['Zorg4IJsselstein', false],
  ])('%s is an abbreviation: %s', (token, expected) => expect(isAbbreviation(token)).toBe(expected));

  test('sentences split after . ! ? and a space; words have a letter or digit', () => {
    expect(sentencesOf('Eén. Twee? Drie! 2.277 inwoners – samen.')).toEqual(['Eén.', 'Twee?', 'Drie!', '2.277 inwoners – samen.']);
    expect(wordCount('2.277 inwoners – samen.')).toBe(3);
  });

  test('list items and table cells are sentences of their own', () => {
    const html = '<main><ul><li>Een</li><li>Twee drie</li></ul><table><tr><td>vier</td><td>vijf zes</td></tr></table></main>';
    expect(readText(html).sentences).toEqual(['Een', 'Twee drie', 'vier', 'vijf zes']);
  });

  test('a page maps to the file its author edits', () => {
    expect(sourceFile('/zuidplas/pijlers/inclusie/', 'zuidplas')).toBe('content/gemeenten/zuidplas/pijlers/inclusie.mdx');
    expect(sourceFile('/zuidplas/', 'zuidplas')).toBe('content/gemeenten/zuidplas/gemeente.yaml');
    expect(sourceFile('/pijlers/inclusie/', 'zuidplas', '/')).toBe('content/gemeenten/zuidplas/pijlers/inclusie.mdx');
  });
});
