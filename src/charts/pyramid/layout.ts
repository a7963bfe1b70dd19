import { sum } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { largest, numbers, pickColumn, shortValue, texts, unitOf, type ChartData } from '../data';
import { FONT, LINE_HEIGHT, WIDTH, textWidth, wrap, type Mark, type Scene } from '../scene';
import { describePyramid } from './describe';

export interface PyramidOptions {
  /** Column with the group labels (age bands). Default: the first text column. */
  label?: string;
  /** Column drawn to the left. Default: the first number column. */
  left?: string;
  /** Column drawn to the right. Default: the second number column. */
  right?: string;
  /** Headline; default the dataset's title. */
  title?: string;
}

const PAD = 8;
const BAR = 20;
const ROW = 26;
const VALUE_GAP = 5;
const SWATCH = 12;

export interface Side {
  value: number | null;
  /** Length in SVG units on the shared scale; 0 when the value is missing. */
  length: number;
}

export interface Band {
  label: string;
  left: Side;
  right: Side;
}

/**
 * A population pyramid: the first row at the bottom (youngest), labels in the middle, the left and
 * right columns growing outwards. Both sides use ONE scale, so equal numbers draw equal bars and
 * the shape compares honestly. Values sit at the bar ends, so no axis is needed.
 */
export function pyramidLayout(data: ChartData, options: PyramidOptions = {}): Scene & { bands: Band[] } {
  const labelCol = pickColumn(data, 'label', options.label, 'text');
  const leftCol = pickColumn(data, 'left', options.left, 'number');
  const rightCol = pickColumn(data, 'right', options.right, 'number', [leftCol.key]);
  const labels = texts(data, labelCol);
  const lefts = numbers(data, leftCol);
  const rights = numbers(data, rightCol);
  const unit = unitOf(data, leftCol);

  const show = (v: number | null) => (v === null ? '–' : shortValue(v, unit));
  const labelWidth = Math.max(...labels.map((l) => textWidth(l))) + 2 * PAD;
  const cL = (WIDTH - labelWidth) / 2;
  const cR = WIDTH - cL;
  const room = Math.max(...[...lefts, ...rights].map((v) => textWidth(show(v), FONT, true))) + VALUE_GAP;
  const x = scaleLinear()
    .domain([0, largest([...lefts, ...rights]) || 1])
    .range([0, cL - room]);
  const side = (value: number | null): Side => ({ value, length: value === null ? 0 : x(value) });

  const marks: Mark[] = [];
  // Legends sit above the outer ends: the header row has no age labels, so each may use half the width.
  const headerWidth = WIDTH / 2 - SWATCH - 12;
  const total = (values: (number | null)[]) => sum(values, (v) => v ?? 0);
  const header = (col: typeof leftCol, values: (number | null)[]) => [...wrap(col.label, headerWidth), `totaal ${show(total(values))}`];
  const leftHead = header(leftCol, lefts);
  const rightHead = header(rightCol, rights);
  marks.push(
    { type: 'rect', x: 0, y: FONT - SWATCH + 1, width: SWATCH, height: SWATCH, cls: 'series-1' },
    { type: 'text', x: SWATCH + 6, y: FONT, lines: leftHead, anchor: 'start', cls: 'text' },
    { type: 'rect', x: WIDTH - SWATCH, y: FONT - SWATCH + 1, width: SWATCH, height: SWATCH, cls: 'series-2' },
    { type: 'text', x: WIDTH - SWATCH - 6, y: FONT, lines: rightHead, anchor: 'end', cls: 'text' },
  );
  const top = Math.max(leftHead.length, rightHead.length) * LINE_HEIGHT + 10;

  const bands = labels.map((label, i) => ({ label, left: side(lefts[i]!), right: side(rights[i]!) }));
  bands.forEach((band, i) => {
    const y = top + (bands.length - 1 - i) * ROW;
    const baseline = y + BAR / 2 + FONT * 0.35;
    const { label, left, right } = band;
    if (left.length > 0) marks.push({ type: 'rect', x: cL - left.length, y, width: left.length, height: BAR, cls: 'series-1' });
    if (right.length > 0) marks.push({ type: 'rect', x: cR, y, width: right.length, height: BAR, cls: 'series-2' });
    marks.push(
      { type: 'text', x: cL - left.length - VALUE_GAP, y: baseline, lines: [show(left.value)], anchor: 'end', cls: left.value === null ? 'muted' : 'value' },
      { type: 'text', x: WIDTH / 2, y: baseline, lines: [label], anchor: 'middle', cls: 'text' },
      { type: 'text', x: cR + right.length + VALUE_GAP, y: baseline, lines: [show(right.value)], anchor: 'start', cls: right.value === null ? 'muted' : 'value' },
    );
  });
  const bottom = top + bands.length * ROW - (ROW - BAR);
  marks.push({ type: 'line', x1: cL, y1: top, x2: cL, y2: bottom, cls: 'axis' }, { type: 'line', x1: cR, y1: top, x2: cR, y2: bottom, cls: 'axis' });

  return {
    width: WIDTH,
    height: bottom + 2,
    title: options.title ?? data.title,
    desc: describePyramid(bands, unit, labelCol.label, leftCol.label, rightCol.label, total(lefts), total(rights)),
    marks,
    bands,
  };
}
