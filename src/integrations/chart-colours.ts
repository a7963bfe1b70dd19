import type { Plugin } from 'vite';
import { chartColourCss } from '../charts/palette.ts';

/** The stylesheet of the chart colours, written from the palette at build time. */
export const CHART_COLOURS = 'virtual:chart-colours.css';
const RESOLVED = `\0${CHART_COLOURS}`;

/**
 * A Vite plugin that serves the chart colours as a stylesheet made from src/charts/palette.ts,
 * so the colours are written down once and the CSS cannot drift from the SVG's attributes.
 */
export function chartColours(): Plugin {
  return {
    name: 'chart-colours',
    resolveId: (id) => (id === CHART_COLOURS ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? chartColourCss() : undefined),
  };
}
