import { barsLayout } from './bars/layout';
import { ChartError, type ChartData } from './data';
import type { FigureKind } from './kinds';
import { keyFigures } from './key-figures/tiles';
import { lineLayout } from './line/layout';
import { pyramidLayout } from './pyramid/layout';

/** The pure layout of each figure kind: data and column choices in, geometry or tiles out. */
export const LAYOUTS = {
  pyramid: pyramidLayout,
  bars: barsLayout,
  line: lineLayout,
  keyfigures: keyFigures,
} satisfies Record<FigureKind, (data: ChartData, columns: Record<string, string>) => unknown>;

/** Why a dataset cannot be shown as `kind` with these columns, or undefined when it can. */
export function figureProblem(data: ChartData, kind: FigureKind, columns: Record<string, string | undefined>): string | undefined {
  const chosen = Object.fromEntries(Object.entries(columns).filter((e): e is [string, string] => e[1] !== undefined));
  try {
    LAYOUTS[kind](data, chosen);
    return undefined;
  } catch (error) {
    if (error instanceof ChartError) return error.message;
    throw error;
  }
}
