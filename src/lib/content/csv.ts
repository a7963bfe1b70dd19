import { csvFormatRows } from 'd3-dsv';
import type { ChartData } from '../../charts/data';

/**
 * A dataset as CSV, in the same form as its source file: the column keys as header, numbers
 * with a dot for decimals, an empty cell where the source gives no value.
 */
export function toCsv(data: Pick<ChartData, 'columns' | 'rows'>): string {
  const keys = data.columns.map((c) => c.key);
  const rows = data.rows.map((row) => keys.map((k) => (row[k] === null || row[k] === undefined ? '' : String(row[k]))));
  return `${csvFormatRows([keys, ...rows])}\n`;
}
