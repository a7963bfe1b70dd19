/**
 * What a chart layout returns: plain shapes in SVG units, so the maths can be tested without
 * Astro or a DOM, and one renderer (svg.ts) prints every chart the same way.
 */

/** Classes the renderer and chart.css share; colours never come from the layout. */
export type MarkClass = 'series-1' | 'series-2' | 'text' | 'value' | 'muted' | 'axis' | 'grid' | 'trend';

export type Mark =
  | { type: 'rect'; x: number; y: number; width: number; height: number; cls: MarkClass }
  | { type: 'circle'; cx: number; cy: number; r: number; cls: MarkClass }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; cls: MarkClass }
  | { type: 'path'; d: string; cls: MarkClass }
  /** One or more lines of text; y is the first line's baseline. */
  | { type: 'text'; x: number; y: number; lines: string[]; anchor: 'start' | 'middle' | 'end'; cls: MarkClass };

export interface Scene {
  width: number;
  height: number;
  /** Read by screen readers as the image's name: the figure's headline. */
  title: string;
  /** A plain Dutch summary of the data, read after the title. */
  desc: string;
  marks: Mark[];
}

/**
 * Width of every chart in SVG units. The SVG scales to its container; at 288 px (a 320 px
 * screen minus the page padding) FONT stays at 12 px, so text is legible on the smallest phones.
 */
export const WIDTH = 360;
export const FONT = 15;
export const LINE_HEIGHT = Math.round(FONT * 1.3);

/** Rounds geometry to two decimals so saved SVGs stay readable and stable. */
export const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Rough advance widths in em, taken from the wider of the usual system fonts (DejaVu Sans on
 * Linux): an estimate should rather leave a little space than let a label run off the chart.
 */
function charWidth(c: string): number {
  if (/[0-9]/.test(c)) return 0.64;
  if (/[iIjlf.,:;'!|() ]/.test(c)) return 0.34;
  if (/[-–rt]/.test(c)) return 0.42;
  if (/[mwMW%€]/.test(c)) return 0.95;
  if (/[A-Z]/.test(c)) return 0.72;
  return 0.62;
}

/** Estimated width of a text in SVG units: there is no DOM at build time to measure it. */
export function textWidth(text: string, size = FONT, bold = false): number {
  return [...text].reduce((sum, c) => sum + charWidth(c), 0) * size * (bold ? 1.1 : 1);
}

/** Splits a text into lines that fit maxWidth, at spaces; a single long word keeps its own line. */
export function wrap(text: string, maxWidth: number, size = FONT): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
