import { describe, expect, test } from 'vitest';
import { contrast, lightenForDark, luminance } from '../src/lib/theme/contrast';
import { formatDate } from '../src/lib/format/dates';
import { officialReference, officialUrl } from '../src/lib/content/laws';
import { formatNumber, formatValue } from '../src/lib/format/numbers';
import { createUrls } from '../src/lib/urls';
import { amendsLaterLaws, duplicates, gaps, orphans } from '../src/lib/content/validate';

describe('contrast', () => {
  test.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 2);
  });

  test('luminance of white is 1', () => expect(luminance('#ffffff')).toBe(1));

  test.each(['#00657e', '#1f4e79', '#7a1f3d', '#000000'])('%s lightened reaches 4.5:1 on the dark panel', (hex) => {
    expect(contrast(lightenForDark(hex, '#1e2226'), '#1e2226')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('Dutch formatting', () => {
  test.each([
    [48840, '48.840'],
    [4.7, '4,7'],
    [1.75, '1,75'],
    [100000, '100.000'],
    [0, '0'],
    [-12, '−12'],
  ])('number %d reads %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  test.each([
    [4.7, '%', '4,7%'],
    [100000, '€', '€ 100.000'],
    [1.7, 'indicaties', '1,7 indicaties'],
    [2277, '', '2.277'],
  ])('%d with unit %s reads %s', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  test.each([
    ['2025-10-01', '1 oktober 2025'],
    ['2023-02-22', '22 februari 2023'],
    ['2025-10', 'oktober 2025'],
    ['2025', '2025'],
  ])('date %s reads %s', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });
});

describe('URLs', () => {
  const all = createUrls('/');
  const one = createUrls('/', 'zuidplas');
  const based = createUrls('/visie', undefined);

  test.each([
    ['home', all.home(), '/'],
    ['edition', all.edition('zuidplas'), '/zuidplas/'],
    ['section', all.edition('zuidplas', 'piramide'), '/zuidplas/piramide/'],
    ['entry', all.edition('zuidplas', 'pijlers', 'inclusie'), '/zuidplas/pijlers/inclusie/'],
    ['law register', all.law(), '/wetten/'],
    ['law', all.law('jeugdwet'), '/wetten/jeugdwet/'],
    ['site page', all.site('toegankelijkheid'), '/toegankelijkheid/'],
    ['single: edition is the root', one.edition('zuidplas'), '/'],
    ['single: entry without edition', one.edition('zuidplas', 'pijlers', 'inclusie'), '/pijlers/inclusie/'],
    ['single: laws stay', one.law('jeugdwet'), '/wetten/jeugdwet/'],
    ['themes', all.theme(), '/thema/'],
    ['theme', all.theme('werk'), '/thema/werk/'],
    ['single: themes stay', one.theme('werk'), '/thema/werk/'],
    ['base path', based.edition('soest', 'pijlers'), '/visie/soest/pijlers/'],
    ['PDF', all.pdf('zuidplas'), '/zuidplas/sociale-visie-zuidplas.pdf'],
    ['single: PDF at the root', one.pdf('zuidplas'), '/sociale-visie-zuidplas.pdf'],
    ['base path: PDF', based.pdf('soest'), '/visie/soest/sociale-visie-soest.pdf'],
  ])('%s', (_, url, expected) => {
    expect(url).toBe(expected);
  });

  test('route param is undefined for the single edition only', () => {
    expect(one.param('zuidplas')).toBeUndefined();
    expect(all.param('zuidplas')).toBe('zuidplas');
  });
});

describe('official law links', () => {
  test.each([
    [{ bwb: 'BWBR0034925' }, 'https://wetten.overheid.nl/BWBR0034925/', 'wetten.overheid.nl (BWBR0034925)'],
    [{ celex: '32016R0679' }, 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679', 'EUR-Lex (CELEX 32016R0679)'],
    [{ staatsblad: '2019-219' }, 'https://zoek.officielebekendmakingen.nl/stb-2019-219.html', 'Staatsblad 2019, 219'],
  ])('%o', (id, url, reference) => {
    expect(officialUrl(id)).toBe(url);
    expect(officialReference(id)).toBe(reference);
  });
});

describe('checks across files', () => {
  const entry = (id: string, order: number) => ({ id, filePath: `content/gemeenten/${id}.mdx`, order });

  test('duplicate order names both files', () => {
    expect(duplicates([entry('a/x', 1), entry('a/y', 1)], 'order', (e) => e.order)).toMatchSnapshot();
  });

  test('a gap in the order names the missing number', () => {
    expect(gaps([entry('a/x', 1), entry('a/y', 3)], 'order', (e) => e.order)).toMatchSnapshot();
  });

  test('no problem when orders run 1, 2, 3', () => {
    expect(gaps([entry('a/x', 2), entry('a/y', 1), entry('a/z', 3)], 'order', (e) => e.order)).toEqual([]);
  });

  test('a page of an edition without gemeente.yaml', () => {
    expect(orphans([entry('onbekend/x', 1)], new Set(['zuidplas']))).toMatchSnapshot();
  });
});

describe('an act only amends laws that existed when it took effect', () => {
  const law = (id: string, inForce: string, amends?: string[]) => ({ id, filePath: `content/wetten/${id}.yaml`, inForce, amends });
  const po = law('wet-passend-onderwijs', '2014-08-01', ['wpo']);
  test.each([
    ['amended law older than the act', [po, law('wpo', '1985-08-01')], 0],
    ['both on the same day', [po, law('wpo', '2014-08-01')], 0],
    ['amended law took effect later', [po, law('wpo', '2022-08-01')], 1],
    ['amended law one day later', [po, law('wpo', '2014-08-02')], 1],
    ['partial date in the same year: not certainly later', [po, law('wpo', '2014')], 0],
    ['partial date in the same month: not certainly later', [po, law('wpo', '2014-08')], 0],
    ['partial date in a later year', [po, law('wpo', '2015')], 1],
    ['act with a partial date, amended law later that year', [law('wet', '2014', ['wpo']), law('wpo', '2014-12-01')], 0],
    ['an unknown id is left to the register check', [po], 0],
    ['no amends', [law('wpo', '2022-08-01'), law('jeugdwet', '2015-01-01')], 0],
    ['two acts, one wrong', [po, law('oke', '2010-08-01', ['wpo']), law('wpo', '2012-01-01')], 1],
  ])('%s', (_, laws, count) => {
    expect(amendsLaterLaws(laws)).toHaveLength(count);
  });

  test('the message names the file, the field, both dates and the fix', () => {
    const [problem] = amendsLaterLaws([po, law('wpo', '2022-08-01')]);
    expect(problem!.message).toBe(
      'content/wetten/wet-passend-onderwijs.yaml: amends "wpo", which took effect on 2022-08-01 (its inForce), after this act took effect on 2014-08-01 (inForce). An act cannot have changed a law that did not exist yet.',
    );
    expect(problem!.hint).toContain('alsoAmends');
  });
});
