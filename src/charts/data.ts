import type { DatasetMeta, Row } from '../schemas/dataset';
import { isNumeric } from '../lib/content/figures';
import { formatNumber, formatValue } from '../lib/format/numbers';

/** What a chart needs of a dataset; tests and examples build it by hand. */
export interface ChartData {
  /** "<edition>/<file name>", named in every error. */
  id: string;
  title: string;
  unit: string;
  columns: DatasetMeta['columns'];
  rows: Row[];
}

export type Column = ChartData['columns'][number];

/** Data a chart cannot draw; the message names the dataset, the column and the fix. */
export class ChartError extends Error {}

/** Where the author fixes a dataset: "cijfers/bevolking.csv of edition zuidplas". */
const file = (id: string, ext: 'csv' | 'yaml') => {
  const [edition, name] = id.split('/');
  return `cijfers/${name}.${ext} of edition "${edition}"`;
};

/** Stops on a dataset without rows: nothing to draw. */
export function requireRows(data: ChartData): void {
  if (data.rows.length === 0) {
    throw new ChartError(`Dataset "${data.id}" has no rows, so there is nothing to draw. Add at least one row under the header of ${file(data.id, 'csv')}.`);
  }
}

/** Whether a column holds what a chart prop wants: text, numbers (integer or decimal) or either. */
const holds = (column: Column, type: 'text' | 'number' | 'any') => type === 'any' || (type === 'number') === isNumeric(column);

/**
 * The column a chart prop names, or the first column of the wanted type that is not taken yet.
 * `prop` is the <Chart> prop that chooses it, so the message says what to change.
 */
export function pickColumn(data: ChartData, prop: string, key: string | undefined, type: 'text' | 'number' | 'any', taken: string[] = []): Column {
  const keys = data.columns.map((c) => c.key).join(', ');
  if (key !== undefined) {
    const found = data.columns.find((c) => c.key === key);
    if (!found) {
      throw new ChartError(`Dataset "${data.id}" has no column "${key}" (${prop}="${key}"). Use one of its columns: ${keys}; they are listed in ${file(data.id, 'yaml')}.`);
    }
    if (!holds(found, type)) {
      throw new ChartError(`Dataset "${data.id}", column "${key}" holds ${isNumeric(found) ? 'numbers' : 'text'}, but ${prop} needs ${type === 'text' ? 'text' : 'numbers'}. Choose another column for ${prop}, one of: ${data.columns.filter((c) => holds(c, type)).map((c) => c.key).join(', ') || 'none'}.`);
    }
    return found;
  }
  const found = data.columns.find((c) => holds(c, type) && !taken.includes(c.key));
  if (!found) {
    throw new ChartError(`Dataset "${data.id}" has no ${type === 'any' ? '' : `${type} `}column left for ${prop} (columns: ${keys}). Add one to ${file(data.id, 'yaml')} and its .csv, or name a column with ${prop}="…".`);
  }
  return found;
}

/** The texts of a column, one per row. */
export const texts = (data: ChartData, col: Column): string[] => data.rows.map((row) => String(row[col.key] ?? ''));

/**
 * The numbers of a column, one per row; null where the source gives no value. Rejects what
 * cannot be drawn honestly: text, NaN, infinities, and negatives (bars start at zero).
 */
export function numbers(data: ChartData, col: Column, { negative = false, allMissing = false } = {}): (number | null)[] {
  requireRows(data);
  const values = data.rows.map((row, i) => {
    const cell = row[col.key];
    const where = `Dataset "${data.id}", column "${col.key}", row ${i + 2} of ${file(data.id, 'csv')}`;
    if (cell === null || cell === undefined) return null;
    if (typeof cell !== 'number' || !Number.isFinite(cell)) {
      throw new ChartError(`${where}: "${String(cell)}" is not a number. Write digits with a dot for decimals (48840, 4.7), or leave the cell empty when the source gives no value.`);
    }
    if (cell < 0 && !negative) {
      throw new ChartError(`${where}: ${cell} is negative, and this chart starts at zero. Correct the figure, or show a change with kind="line" or as a <Table>.`);
    }
    return cell;
  });
  if (!allMissing && values.every((v) => v === null)) {
    throw new ChartError(`Dataset "${data.id}", column "${col.key}" has no numbers at all, so there is nothing to draw. Fill in the column in ${file(data.id, 'csv')}, or show the dataset as a <Table>.`);
  }
  return values;
}

/** The largest given value, 0 when there is none. */
export const largest = (values: (number | null)[]) => Math.max(0, ...values.filter((v): v is number => v !== null));

/** The unit of a column's numbers: its own, or the dataset's. */
export const unitOf = (data: ChartData, col: Column) => col.unit ?? data.unit;

/** A short label on the chart: "4,7%", "€ 100", or the bare number when the unit is a word (the chart names it once). */
export const shortValue = (value: number, unit: string) => (unit === '%' || unit === '€' ? formatValue(value, unit) : formatNumber(value));

/** A value in a sentence: "4,7%", "2.277 inwoners". */
export const sentenceValue = (value: number, unit: string) => formatValue(value, unit);

export { listNl } from '../lib/format/text';

/** Caption for counts: "Aantal inwoners"; none for % and €, whose labels carry the unit. */
export const unitCaption = (unit: string) => (unit === '%' || unit === '€' || unit === '' ? undefined : `Aantal ${unit}`);
