/**
 * The datasets' CSV files: read against their metadata (the loader stops the build on a bad row)
 * and written again for the download under each chart, in the same form.
 */
import { csvFormatRows, csvParseRows, dsvFormat } from 'd3-dsv';
import type { DatasetMeta, Row } from '../../schemas/dataset';
import { readCell } from './figures';

/**
 * A dataset as CSV, in the same form as its source file: the column keys as header, numbers
 * with a dot for decimals, an empty cell where the source gives no value.
 */
export function toCsv(data: { columns: DatasetMeta['columns']; rows: Row[] }): string {
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
export function toExcelCsv(data: { columns: DatasetMeta['columns']; rows: Row[] }): string {
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

/** A CSV that does not match its metadata; the message names the file, row, column and fix. */
export class DatasetError extends Error {}

/**
 * Reads a dataset's CSV against its columns (figures.ts reads each cell). Numbers
 * use a dot for decimals and no thousands separator, so a file reads the same everywhere; an
 * empty number cell means "not given".
 */
export function parseDatasetRows(csv: string, meta: DatasetMeta, file: string): Row[] {
  const [header, ...lines] = csvParseRows(csv.replace(/^\uFEFF/, '').trimEnd());
  const keys = meta.columns.map((c) => c.key);
  if (!header || header.join(',') !== keys.join(',')) {
    throw new DatasetError(
      `${file}, row 1 (header): found "${header?.join(',') ?? ''}", expected "${keys.join(',')}". Make the first row list the column keys of the .yaml file, in the same order.`,
    );
  }
  if (lines.length === 0) throw new DatasetError(`${file}: has no data rows. Add at least one row under the header.`);
  return lines.map((cells, i) => {
    const rowNumber = i + 2;
    if (cells.length !== keys.length) {
      throw new DatasetError(
        `${file}, row ${rowNumber}: has ${cells.length} cells, expected ${keys.length} (${keys.join(', ')}). Check for a missing or extra comma; quote text that contains a comma.`,
      );
    }
    const row: Row = {};
    meta.columns.forEach((col, j) => {
      const cell = readCell(cells[j]!.trim(), col, meta.unit, file.replace(/\.csv$/, '.yaml'));
      if ('problem' in cell) throw new DatasetError(`${file}, row ${rowNumber}, column "${col.key}": ${cell.problem}`);
      row[col.key] = cell.value;
    });
    return row;
  });
}
