import { formatNumber, formatValue } from '../../lib/format/numbers';
import { numbers, pickColumn, texts, unitOf, type ChartData } from '../data';

export interface KeyFiguresOptions {
  /** Column with what each number counts. Default: the first text column. */
  label?: string;
  /** Column with the numbers. Default: the first number column. */
  value?: string;
  /** Text column shown instead of a missing number, like "bijna 90 procent". Default: none. */
  text?: string;
}

export interface Tile {
  /** The big number with % or € ("4,7%"), or the text the source gives instead of a number. */
  figure: string;
  /** The unit under the number when it is a word ("inwoners"). */
  unit?: string;
  label: string;
  /** True when the source gives no exact number. */
  inWords: boolean;
}

/** Key figures: one tile per row. Negative numbers are allowed here: a tile states a number, it draws no length. */
export function keyFigures(data: ChartData, options: KeyFiguresOptions = {}): Tile[] {
  const labelCol = pickColumn(data, 'label', options.label, 'text');
  const valueCol = pickColumn(data, 'value', options.value, 'number');
  const textCol = options.text === undefined ? undefined : pickColumn(data, 'text', options.text, 'text');
  const unit = unitOf(data, valueCol);
  // With a text column, a source that gives only words ("bijna 90 procent") still makes tiles.
  const values = numbers(data, valueCol, { negative: true, allMissing: textCol !== undefined });
  const labels = texts(data, labelCol);
  const words = textCol ? texts(data, textCol) : [];
  return labels.map((label, i) => {
    const value = values[i]!;
    if (value === null) return { figure: words[i] || 'geen getal in de bron', label, inWords: true };
    const symbol = unit === '%' || unit === '€';
    return { figure: symbol ? formatValue(value, unit) : formatNumber(value), ...(symbol || !unit ? {} : { unit }), label, inWords: false };
  });
}
