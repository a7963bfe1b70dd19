import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { toCsv } from '../../src/charts/csv';
import { createUrls } from '../../src/lib/urls';
import { chartId } from '../../src/charts/id';
import { parseDatasetRows, type DatasetMeta } from '../../src/schemas/dataset';

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
