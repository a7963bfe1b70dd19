/**
 * The kinds of chart an author may ask for with <Chart kind="…">, declared once: the props that
 * choose its columns, its layout (pure: data in, scene out) and what it is for, which the build
 * error for an unknown kind lists.
 */
import { barsLayout } from './bars/layout';
import type { ChartData } from './data';
import { lineLayout } from './line/layout';
import { pyramidLayout } from './pyramid/layout';
import type { Scene } from './scene';

interface ChartKind {
  /** The <Chart> props that choose its columns; by default the first text and number columns. */
  columns: readonly string[];
  layout: (data: ChartData, options: Record<string, string | undefined>) => Scene;
  /** What the kind is for, in the message for an unknown kind. */
  what: string;
  /** Whether its table gets a total row unless the author says otherwise. */
  total: boolean;
}

export const CHART_KINDS = {
  pyramid: { columns: ['label', 'left', 'right'], layout: pyramidLayout, what: 'two sides on one scale, like men and women per age group', total: true },
  bars: { columns: ['label', 'value'], layout: barsLayout, what: 'horizontal bars for shares or counts', total: false },
  line: { columns: ['x', 'y'], layout: lineLayout, what: 'a change over time', total: false },
} as const satisfies Record<string, ChartKind>;

export type ChartKindName = keyof typeof CHART_KINDS;

export const isChartKind = (kind: string): kind is ChartKindName => Object.hasOwn(CHART_KINDS, kind);
