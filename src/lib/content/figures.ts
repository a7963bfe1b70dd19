/**
 * One reading of every figure in a dataset's CSV. A column says what it holds, so "2.821" (how
 * Dutch sources write 2821) is never read as two point eight: in a count column it is rejected
 * with the fix, and a percentage outside 0-100 is questioned unless the metadata allows it.
 */

/** What a column holds: text (labels), integer (counts: 2821) or decimal (4.7). */
export type ColumnType = 'text' | 'integer' | 'decimal';

/** A column as far as reading its cells goes. */
export interface CellColumn {
  key: string;
  type: ColumnType;
  unit?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
}

/** Whether a column holds figures (integer or decimal) rather than text. */
export const isNumeric = (column: { type: ColumnType }): boolean => column.type !== 'text';

/** The lowest and highest value a column allows: its own min and max, else 0-100 for a percentage. */
export function valueRange(column: CellColumn, datasetUnit: string): { min?: number; max?: number } {
  const percentage = (column.unit ?? datasetUnit) === '%';
  const min = column.min ?? (percentage ? 0 : undefined);
  const max = column.max ?? (percentage ? 100 : undefined);
  return { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
}

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** "2.821" or "12.345.678": a Dutch thousands separator. */
const DUTCH_THOUSANDS = /^-?\d{1,3}(\.\d{3})+$/;

/**
 * The value of one cell (null: the source gives none), or why it cannot be read: a sentence that
 * says what to write. `metadata` is the .yaml file, where a column's type and range are set.
 */
export function readCell(raw: string, column: CellColumn, datasetUnit: string, metadata: string): { value: string | number | null } | { problem: string } {
  if (column.type === 'text') return { value: raw };
  if (raw === '') return { value: null };
  if (column.type === 'integer' && !INTEGER.test(raw)) {
    if (DUTCH_THOUSANDS.test(raw)) {
      return {
        problem: `"${raw}" is not a whole number: this column counts (type: integer). Write ${raw.replaceAll('.', '')}, without a thousands separator. If the figure really has decimals, make the column type: decimal in ${metadata}.`,
      };
    }
    return {
      problem: DECIMAL.test(raw)
        ? `"${raw}" is not a whole number: this column counts (type: integer). Check the figure; if the column holds decimals, make it type: decimal in ${metadata}.`
        : `"${raw}" is not a whole number. Write digits only, without a thousands separator (48840), or leave the cell empty when the source gives no value.`,
    };
  }
  if (!DECIMAL.test(raw)) {
    return {
      problem: `"${raw}" is not a number. Write digits with a dot for decimals and no thousands separator (48840, 4.7), or leave the cell empty when the source gives no value.`,
    };
  }
  const value = Number(raw);
  const { min, max } = valueRange(column, datasetUnit);
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const whose = column.min === undefined && column.max === undefined ? 'the range of a percentage' : 'the range its column sets';
    return {
      problem: `${raw} is outside ${min ?? '...'} to ${max ?? '...'}, ${whose}. Check the figure; if the source really gives it, set min and max on column "${column.key}" in ${metadata}.`,
    };
  }
  return { value };
}

/** Decimals a figure is written with: 4.75 has 2. */
const decimals = (value: number) => String(value).split('.')[1]?.length ?? 0;

/**
 * Column sums of the number columns, for a total row. A sum of decimals keeps the precision of
 * its figures, so 0.1 + 0.2 shows as 0,3 and not as 0,30000000000000004.
 */
export function totals(dataset: { columns: CellColumn[]; rows: Record<string, string | number | null>[] }): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const col of dataset.columns.filter(isNumeric)) {
    const values = dataset.rows.map((row) => (row[col.key] as number | null) ?? 0);
    const sum = values.reduce((a, b) => a + b, 0);
    sums[col.key] = Number(sum.toFixed(Math.max(0, ...values.map(decimals))));
  }
  return sums;
}
