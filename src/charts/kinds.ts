/**
 * The figures a dataset can be shown as: a chart kind (<Chart kind="…">), with the props that
 * choose its columns, or key figures (<KeyFigures>). A dataset's YAML names the one that fits
 * (its `chart` field) for the edition's figures page. Each chart kind says whether its table gets a
 * total row unless the author says otherwise; the layouts are in fit.ts.
 */
export const CHART_KINDS = {
  pyramid: { columns: ['label', 'left', 'right'], what: 'two sides on one scale, like men and women per age group', total: true },
  bars: { columns: ['label', 'value'], what: 'horizontal bars for shares or counts', total: false },
  line: { columns: ['x', 'y'], what: 'a change over time', total: false },
} as const;

export type ChartKind = keyof typeof CHART_KINDS;

/** Key figures: a few numbers as large tiles, for data no chart fits. */
export const KEY_FIGURES = { columns: ['label', 'value', 'text'], what: 'a few numbers as large tiles' } as const;

/** Every figure a dataset's `chart` field can name. */
export const FIGURE_KINDS = { ...CHART_KINDS, keyfigures: KEY_FIGURES } as const;

export type FigureKind = keyof typeof FIGURE_KINDS;

export const isChartKind = (kind: string): kind is ChartKind => Object.hasOwn(CHART_KINDS, kind);
