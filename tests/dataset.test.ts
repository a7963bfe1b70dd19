import { describe, expect, test } from 'vitest';
import { parseDatasetRows } from '../src/lib/content/csv';
import type { DatasetMeta } from '../src/schemas/dataset';

const meta: DatasetMeta = {
  title: 'Inwoners',
  description: 'Per leeftijd.',
  unit: 'inwoners',
  source: 'Gemeente',
  date: '2025-04-01',
  licence: 'Geen licentie vermeld.',
  columns: [
    { key: 'leeftijd', label: 'Leeftijd', type: 'text' },
    { key: 'man', label: 'Mannen', type: 'number' },
  ],
};
const file = 'content/gemeenten/voorbeeld/cijfers/bevolking.csv';

describe('parseDatasetRows', () => {
  test('reads numbers and keeps an empty cell as not given', () => {
    expect(parseDatasetRows('leeftijd,man\n0-9,3175\n100-109,\n', meta, file)).toEqual([
      { leeftijd: '0-9', man: 3175 },
      { leeftijd: '100-109', man: null },
    ]);
  });

  test('reads decimals and a byte order mark', () => {
    expect(parseDatasetRows('\uFEFFleeftijd,man\nx,4.7', meta, file)).toEqual([{ leeftijd: 'x', man: 4.7 }]);
  });

  test.each([
    ['wrong header', 'leeftijd,mannen\n0-9,1'],
    ['no rows', 'leeftijd,man\n'],
    ['missing cell', 'leeftijd,man\n0-9,1\n10-19'],
    ['Dutch thousands separator', 'leeftijd,man\n0-9,3.175.0'],
    ['Dutch decimal comma', 'leeftijd,man\n0-9,"4,7"'],
    ['text in a number column', 'leeftijd,man\n0-9,veel'],
  ])('%s: names file, row, column and fix', (_, csv) => {
    expect(() => parseDatasetRows(csv, meta, file)).toThrowErrorMatchingSnapshot();
  });
});
