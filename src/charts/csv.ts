import { csvFormatRows, dsvFormat } from 'd3-dsv';
import type { ChartData } from './data';

/**
 * A dataset as CSV, in the same form as its source file: the column keys as header, numbers
 * with a dot for decimals, an empty cell where the source gives no value.
 */
export function toCsv(data: Pick<ChartData, 'columns' | 'rows'>): string {
  const keys = data.columns.map((c) => c.key);
  const rows = data.rows.map((row) => keys.map((k) => (row[k] === null || row[k] === undefined ? '' : String(row[k]))));
  return `${csvFormatRows([keys, ...rows])}\n`;
}

/** Cells Excel would run as a formula: text that starts with one of these gets a quote mark first. */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * A dataset as a CSV that Excel set to Dutch opens by a double click: semicolons between cells
 * (the comma is the decimal sign there), numbers with a decimal comma and no thousands
 * separator, the column headings as readers see them, lines ending in CRLF, and a byte order
 * mark so Excel reads the file as UTF-8 (é, €, “”).
 */
export function toExcelCsv(data: Pick<ChartData, 'columns' | 'rows'>): string {
  const format = dsvFormat(';');
  const cell = (value: unknown, type: 'text' | 'integer' | 'decimal') => {
    if (value === null || value === undefined) return '';
    if (type !== 'text') return String(value).replace('.', ',');
    const text = String(value);
    return FORMULA.test(text) ? `'${text}` : text;
  };
  const rows = data.rows.map((row) => data.columns.map((c) => cell(row[c.key], c.type)));
  const lines = [data.columns.map((c) => cell(c.label, 'text')), ...rows].map((r) => format.formatRow(r));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
