import { describe, expect, test } from 'vitest';
import { parseDatasetRows } from '../src/lib/content/csv';
import { totals, valueRange } from '../src/lib/content/figures';
import type { DatasetMeta } from '../src/schemas/dataset';

/** Counts, a share in % and a decimal figure: one column of each kind a dataset reads differently. */
const meta: DatasetMeta = {
  title: 'Inwoners',
  description: 'Per leeftijd.',
  unit: 'inwoners',
  source: 'Gemeente',
  date: '2025-04-01',
  licence: 'Geen licentie vermeld.',
  columns: [
    { key: 'leeftijd', label: 'Leeftijd', type: 'text' },
    { key: 'man', label: 'Mannen', type: 'integer' },
    { key: 'aandeel', label: 'Aandeel', type: 'decimal', unit: '%' },
    { key: 'groei', label: 'Groei', type: 'decimal', unit: '%', min: -50, max: 500 },
  ],
};
const file = 'content/gemeenten/voorbeeld/cijfers/bevolking.csv';
const csv = (...rows: string[]) => ['leeftijd,man,aandeel,groei', ...rows].join('\n');

describe('parseDatasetRows', () => {
  test('reads each column as its type and keeps an empty cell as not given', () => {
    expect(parseDatasetRows(csv('0-9,3175,4.7,-12.5', '100-109,,,'), meta, file)).toEqual([
      { leeftijd: '0-9', man: 3175, aandeel: 4.7, groei: -12.5 },
      { leeftijd: '100-109', man: null, aandeel: null, groei: null },
    ]);
  });

  test('reads a byte order mark', () => {
    expect(parseDatasetRows(`\uFEFF${csv('x,1,0,0')}`, meta, file)).toEqual([{ leeftijd: 'x', man: 1, aandeel: 0, groei: 0 }]);
  });

  test.each([
    ['wrong header', 'leeftijd,mannen\n0-9,1'],
    ['no rows', csv()],
    ['missing cell', csv('0-9,1,2,3', '10-19')],
    ['a Dutch thousands separator in a count', csv('0-9,2.821,1,1')],
    ['a Dutch thousands separator in a large count', csv('0-9,12.345.678,1,1')],
    ['a decimal in a count', csv('0-9,4.7,1,1')],
    ['a Dutch decimal comma', csv('0-9,1,"4,7",1')],
    ['text in a number column', csv('0-9,veel,1,1')],
    ['a percentage over 100', csv('0-9,1,450,1')],
    ['a negative percentage', csv('0-9,1,-3,1')],
    ['a figure outside the range its column sets', csv('0-9,1,1,600')],
  ])('%s: names file, row, column and fix', (_, text) => {
    expect(() => parseDatasetRows(text, meta, file)).toThrowErrorMatchingSnapshot();
  });
});

describe('valueRange', () => {
  test.each([
    [{ key: 'a', type: 'decimal' as const }, 'inwoners', {}],
    [{ key: 'a', type: 'decimal' as const }, '%', { min: 0, max: 100 }],
    [{ key: 'a', type: 'integer' as const, unit: '%' }, 'inwoners', { min: 0, max: 100 }],
    [{ key: 'a', type: 'decimal' as const, max: 250 }, '%', { min: 0, max: 250 }],
    [{ key: 'a', type: 'integer' as const, min: 1 }, 'inwoners', { min: 1 }],
  ])('%j with unit %s', (column, unit, range) => expect(valueRange(column, unit)).toEqual(range));
});

describe('totals', () => {
  test('sums counts exactly and decimals to the precision of their figures', () => {
    const rows = parseDatasetRows(csv('a,2821,0.1,1', 'b,18863,0.2,1'), meta, file);
    expect(totals({ columns: meta.columns, rows })).toEqual({ man: 21684, aandeel: 0.3, groei: 2 });
  });
});
