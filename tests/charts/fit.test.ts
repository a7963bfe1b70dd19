import { describe, expect, test } from 'vitest';
import type { ChartData } from '../../src/charts/data';
import { figureProblem } from '../../src/charts/fit';

const data = (rows: ChartData['rows']): ChartData => ({
  id: 'voorbeeld/cijfers',
  title: 'Cijfers',
  unit: '%',
  columns: [
    { key: 'wat', label: 'Wat', type: 'text' },
    { key: 'percentage', label: 'Percentage', type: 'decimal' },
    { key: 'in-woorden', label: 'In woorden', type: 'text' },
  ],
  rows,
});

describe('whether the figure a dataset names fits its data', () => {
  const given = data([{ wat: 'Mantelzorger', percentage: 17.5, 'in-woorden': '' }]);
  const inWords = data([{ wat: 'Redt zich goed', percentage: null, 'in-woorden': 'bijna 90 procent' }]);

  test.each([
    ['bars of given numbers', given, 'bars', {}, undefined],
    ['key figures of given numbers', given, 'keyfigures', {}, undefined],
    ['key figures in words, with the text column', inWords, 'keyfigures', { text: 'in-woorden' }, undefined],
    ['key figures in words, without it', inWords, 'keyfigures', {}, /has no numbers at all/],
    ['bars of numbers the source gives only in words', inWords, 'bars', {}, /has no numbers at all/],
    ['a column that does not exist', given, 'bars', { value: 'aantal' }, /has no column "aantal"/],
    ['a pyramid with one side', given, 'pyramid', {}, /no number column left/],
  ] as const)('%s', (_, dataset, kind, columns, problem) => {
    const found = figureProblem(dataset, kind, columns);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});
