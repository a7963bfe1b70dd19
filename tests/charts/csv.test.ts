import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { parseDatasetRows, toCsv, toExcelCsv } from '../../src/lib/content/csv';
import { createUrls } from '../../src/lib/urls';
import { chartId } from '../../src/charts/id';
import type { DatasetMeta } from '../../src/schemas/dataset';

const meta: DatasetMeta = {
  title: 'T',
  description: 'D',
  unit: '%',
  source: 'S',
  date: '2025',
  licence: 'L',
  columns: [
    { key: 'maatstaf', label: 'Wat', type: 'text' },
    { key: 'percentage', label: 'Percentage', type: 'decimal' },
  ],
};

describe('CSV download', () => {
  const source = 'maatstaf,percentage\n"Huishoudens, in de bijstand",2.6\nJongeren,\n';
  const rows = parseDatasetRows(source, meta, 'x.csv');

  test('writes the dataset in the form of its source file', () => {
    expect(toCsv({ columns: meta.columns, rows })).toBe(source);
  });

  test('reads back to the same rows', () => {
    expect(parseDatasetRows(toCsv({ columns: meta.columns, rows }), meta, 'x.csv')).toEqual(rows);
    expect(csvParse(toCsv({ columns: meta.columns, rows })).columns).toEqual(['maatstaf', 'percentage']);
  });

  test.each([
    ['/', 'zuidplas-bevolking.csv', '/data/zuidplas-bevolking.csv'],
    ['/visie/', 'zuidplas-bevolking.csv', '/visie/data/zuidplas-bevolking.csv'],
    ['/visie', 'zuidplas-bevolking.csv', '/visie/data/zuidplas-bevolking.csv'],
  ])('under base %s, %s is at %s', (base, file, url) => {
    expect(createUrls(base).file(`data/${file}`)).toBe(url);
  });
});

describe('chart ids', () => {
  test('are stable, and differ by kind, columns and title', () => {
    const a = chartId('zuidplas/bevolking', 'pyramid', {});
    expect(a).toBe(chartId('zuidplas/bevolking', 'pyramid', {}));
    expect(a).toMatch(/^chart-zuidplas-bevolking-pyramid-[a-z0-9]+$/);
    const others = [chartId('zuidplas/bevolking', 'bars', {}), chartId('zuidplas/bevolking', 'pyramid', { left: 'vrouw' }), chartId('zuidplas/bevolking', 'pyramid', { title: 'X' })];
    expect(new Set([a, ...others]).size).toBe(4);
  });
});

describe('CSV for Excel (Dutch)', () => {
  const columns: DatasetMeta['columns'] = [
    { key: 'wat', label: 'Wat is gemeten', type: 'text' },
    { key: 'percentage', label: 'Percentage', type: 'decimal' },
  ];
  const file = (...rows: [string, number | null][]) => toExcelCsv({ columns, rows: rows.map(([wat, percentage]) => ({ wat, percentage })) });

  test('starts with a byte order mark, so Excel reads UTF-8', () => {
    expect(file(['Één', 1]).charCodeAt(0)).toBe(0xfeff);
  });

  test.each([
    ['decimal comma, no thousands separator', [['Wmo', 4.7], ['Inwoners', 48840]], 'Wat is gemeten;Percentage\r\nWmo;4,7\r\nInwoners;48840\r\n'],
    ['an empty cell where the source gives no value', [['Jongeren', null]], 'Wat is gemeten;Percentage\r\nJongeren;\r\n'],
    ['commas stay in the text; a semicolon or quote is quoted', [['Huishoudens, in de bijstand', 2.6], ['a; b', 1], ['"x"', 2]], 'Wat is gemeten;Percentage\r\nHuishoudens, in de bijstand;2,6\r\n"a; b";1\r\n"""x""";2\r\n'],
    ['negative numbers are numbers; text that Excel would run as a formula is not', [['=SOM(A1)', -1.5], ['-5 jaar', 3], ['@x', 1]], "Wat is gemeten;Percentage\r\n'=SOM(A1);-1,5\r\n'-5 jaar;3\r\n'@x;1\r\n"],
  ] as const)('%s', (_, rows, expected) => {
    expect(file(...(rows as unknown as [string, number | null][])).slice(1)).toBe(expected);
  });
});
