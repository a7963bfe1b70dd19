import { extent } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { ChartError, largest, numbers, pickColumn, shortValue, texts, unitCaption, unitOf, type ChartData } from '../data';
import { FONT, LINE_HEIGHT, WIDTH, round, textWidth, type Mark, type Scene } from '../scene';
import { describeLine } from './describe';

export interface LineOptions {
  /** Column along the horizontal axis (years). Default: the first column. */
  x?: string;
  /** Column with the values. Default: the first number column that is not x. */
  y?: string;
  /** Headline; default the dataset's title. */
  title?: string;
}

const PLOT = 180;
const TICKS = 4;
const DOT = 5;

export interface Point {
  label: string;
  value: number | null;
  x: number;
  /** Position in SVG units; NaN when the value is missing (the line leaves a gap). */
  cx: number;
  cy: number;
  /** Whether the value is printed next to the point (all when they fit, else first, last and highest). */
  labelled: boolean;
}

/**
 * A change over time: one line with a dot per value, values printed at the points and the y axis
 * from zero, so a small rise does not look steep. Years (or other numbers) are spaced by their
 * distance; other labels evenly, in the data's order.
 */
export function lineLayout(data: ChartData, options: LineOptions = {}): Scene & { points: Point[] } {
  const xCol = pickColumn(data, 'x', options.x, 'any');
  const yCol = pickColumn(data, 'y', options.y, 'number', [xCol.key]);
  const values = numbers(data, yCol);
  const labels = texts(data, xCol);
  const unit = unitOf(data, yCol);

  const numeric = labels.every((l) => /^-?\d+(\.\d+)?$/.test(l.trim()));
  const seen = new Set<string>();
  for (const l of labels) {
    if (seen.has(l)) throw new ChartError(`Dataset "${data.id}", column "${xCol.key}": "${l}" appears twice, so the line would go back on itself. Give every row its own ${xCol.label.toLowerCase()}.`);
    seen.add(l);
  }
  const order = labels.map((label, i) => ({ label, value: values[i]!, x: numeric ? Number(label) : i }));
  order.sort((a, b) => a.x - b.x);

  const y = scaleLinear().domain([0, largest(values) || 1]).nice(TICKS).range([PLOT, 0]);
  const ticks = y.ticks(TICKS);
  const tickText = (v: number) => shortValue(v, unit);
  const left = Math.max(...ticks.map((t) => textWidth(tickText(t)))) + 8;
  const valueTexts = order.map((p) => (p.value === null ? '' : shortValue(p.value, unit)));
  const inset = Math.max(...order.map((p, i) => Math.max(textWidth(p.label), textWidth(valueTexts[i]!, FONT, true)))) / 2 + 4;
  const [x0, x1] = [left + inset, WIDTH - inset];
  const [lo, hi] = extent(order, (p) => p.x) as [number, number];
  // A single point sits in the middle.
  const xs = numeric ? scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range([x0, x1]) : pointScale(order.map((p) => p.x), x0, x1);

  const caption = unitCaption(unit);
  const top = (caption ? LINE_HEIGHT + 6 : 0) + FONT + 10;
  const points: Point[] = order.map((p) => ({ ...p, cx: xs(p.x), cy: p.value === null ? NaN : top + y(p.value), labelled: false }));
  labelPoints(points, valueTexts);

  const marks: Mark[] = caption ? [{ type: 'text', x: 0, y: FONT, lines: [caption], anchor: 'start', cls: 'muted' }] : [];
  for (const t of ticks) {
    const ty = top + y(t);
    marks.push(
      { type: 'line', x1: left, y1: ty, x2: WIDTH, y2: ty, cls: t === 0 ? 'axis' : 'grid' },
      { type: 'text', x: left - 6, y: ty + FONT * 0.35, lines: [tickText(t)], anchor: 'end', cls: 'muted' },
    );
  }
  const path = line<Point>()
    .defined((p) => p.value !== null)
    .x((p) => round(p.cx))
    .y((p) => round(p.cy))(points);
  if (path) marks.push({ type: 'path', d: path, cls: 'trend' });
  points.forEach((p, i) => {
    if (p.value !== null) marks.push({ type: 'circle', cx: p.cx, cy: p.cy, r: DOT, cls: 'series-1' });
    if (p.labelled) marks.push({ type: 'text', x: p.cx, y: p.cy - DOT - 6, lines: [valueTexts[i]!], anchor: 'middle', cls: 'value' });
  });
  const xLabelled = thin(points.map((p) => ({ at: p.cx, width: textWidth(p.label) })));
  points.forEach((p, i) => {
    if (xLabelled[i]) marks.push({ type: 'text', x: p.cx, y: top + PLOT + LINE_HEIGHT + 4, lines: [p.label], anchor: 'middle', cls: 'text' });
  });

  return { width: WIDTH, height: top + PLOT + LINE_HEIGHT + 10, title: options.title ?? data.title, desc: describeLine(points, unit, yCol.label), marks, points };
}

function pointScale(domain: number[], from: number, to: number) {
  const scale = scalePoint<number>().domain(domain).range([from, to]).padding(domain.length === 1 ? 0.5 : 0);
  return (v: number) => scale(v)!;
}

/** Which labels fit side by side without touching: all, else every k-th, always the first and the last. */
export function thin(items: { at: number; width: number }[]): boolean[] {
  const fits = (keep: boolean[]) => {
    const kept = items.filter((_, i) => keep[i]);
    return kept.every((it, i) => i === 0 || it.at - it.width / 2 - (kept[i - 1]!.at + kept[i - 1]!.width / 2) >= 8);
  };
  const last = items.length - 1;
  for (let step = 1; step < last; step++) {
    const keep = items.map((_, i) => i % step === 0 || i === last);
    if (fits(keep)) return keep;
    // The last label may crowd the one kept before it: drop that one instead.
    keep[last - (last % step || step)] = false;
    if (fits(keep)) return keep;
  }
  return items.map((_, i) => i === 0 || i === last);
}

function labelPoints(points: Point[], valueTexts: string[]): void {
  const all = thin(points.map((p, i) => ({ at: p.cx, width: textWidth(valueTexts[i]!, FONT, true) }))).every(Boolean);
  const firstGiven = points.findIndex((p) => p.value !== null);
  const lastGiven = points.findLastIndex((p) => p.value !== null);
  const highest = points.reduce((best, p, i) => ((p.value ?? -Infinity) > (points[best]!.value ?? -Infinity) ? i : best), firstGiven);
  points.forEach((p, i) => {
    p.labelled = p.value !== null && (all || i === firstGiven || i === lastGiven || i === highest);
  });
}
