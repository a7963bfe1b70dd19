import { scaleLinear } from 'd3-scale';
import { largest, numbers, pickColumn, shortValue, texts, unitCaption, unitOf, type ChartData } from '../data';
import { FONT, LINE_HEIGHT, WIDTH, textWidth, wrap, type Mark, type Scene } from '../scene';
import { describeBars } from './describe';

export interface BarsOptions {
  /** Column with the bar labels. Default: the first text column. */
  label?: string;
  /** Column with the values. Default: the first number column. */
  value?: string;
  /** Headline; default the dataset's title. */
  title?: string;
}

const BAR = 22;
const GAP = 16;
/** Space between a bar's end and its value label. */
export const VALUE_GAP = 6;
const MISSING = 'geen getal in de bron';

/** One horizontal bar per row; its label on its own line above it, its value right after it. */
export interface Bar {
  label: string;
  value: number | null;
  /** Length in SVG units; 0 when the value is missing. */
  length: number;
  text: string;
}

/**
 * Horizontal bars for shares or counts. Labels get their own line(s) above the bar so long
 * statements wrap instead of squeezing the bars on a phone. Shares use a 0–100% scale, so a bar's
 * length reads as a part of the whole; counts run from 0 to the largest value.
 */
export function barsLayout(data: ChartData, options: BarsOptions = {}): Scene & { bars: Bar[] } {
  const labelCol = pickColumn(data, 'label', options.label, 'text');
  const valueCol = pickColumn(data, 'value', options.value, 'number');
  const values = numbers(data, valueCol);
  const labels = texts(data, labelCol);
  const unit = unitOf(data, valueCol);

  const valueTexts = values.map((v) => (v === null ? MISSING : shortValue(v, unit)));
  const room = Math.max(...values.map((v, i) => (v === null ? 0 : textWidth(valueTexts[i]!, FONT, true))));
  const top = largest(values);
  const domainMax = unit === '%' && top <= 100 ? 100 : top || 1;
  const x = scaleLinear().domain([0, domainMax]).range([0, WIDTH - room - VALUE_GAP]);

  const marks: Mark[] = [];
  const caption = unitCaption(unit);
  let y = 0;
  if (caption) {
    marks.push({ type: 'text', x: 0, y: FONT, lines: [caption], anchor: 'start', cls: 'muted' });
    y += LINE_HEIGHT + 8;
  }
  const bars: Bar[] = labels.map((label, i) => {
    const value = values[i]!;
    const lines = wrap(label, WIDTH);
    marks.push({ type: 'text', x: 0, y: y + FONT, lines, anchor: 'start', cls: 'text' });
    y += lines.length * LINE_HEIGHT + 4;
    const length = value === null ? 0 : x(value);
    if (length > 0) marks.push({ type: 'rect', x: 0, y, width: length, height: BAR, cls: 'series-1' });
    // A zero mark per bar shows where every bar starts, also for a tiny or missing value.
    marks.push({ type: 'line', x1: 0.75, y1: y - 3, x2: 0.75, y2: y + BAR + 3, cls: 'axis' });
    marks.push({
      type: 'text',
      x: length + VALUE_GAP,
      y: y + BAR / 2 + FONT * 0.35,
      lines: [valueTexts[i]!],
      anchor: 'start',
      cls: value === null ? 'muted' : 'value',
    });
    y += BAR + GAP;
    return { label, value, length, text: valueTexts[i]! };
  });

  return { width: WIDTH, height: y - GAP + 2, title: options.title ?? data.title, desc: describeBars(bars, unit, valueCol.label), marks, bars };
}
