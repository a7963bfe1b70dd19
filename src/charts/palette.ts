import { THEME } from '../lib/theme/theme';

/**
 * Chart colours per theme, the one table of them: the SVG renderer's attributes (svg.ts) and the
 * stylesheet's rules (chartColourCss below, inline in every page: src/layouts/Base.astro) read it. Series 1 is blue and series 2 orange
 * in both themes, so a legend means the same in light, dark and print. Each reaches 3:1 against
 * the page and the soft panels and against the other series (tests/charts/palette.test.ts).
 */
export const PALETTE = {
  light: { background: THEME.light.background, soft: THEME.light.soft, series: ['#0b2e52', '#d66f00'], text: '#1a1a1a', muted: '#4d4d4d', line: '#8a8a8a' },
  dark: { background: THEME.dark.background, soft: THEME.dark.soft, series: ['#3d7dbf', '#ffd8a8'], text: '#ececec', muted: '#b8b8b8', line: '#7a7a7a' },
  /** WCAG 2.x 1.4.11: graphical objects against their neighbours. */
  minContrast: 3,
} as const;

type Colours = (typeof PALETTE)['light' | 'dark'];

/** The series colours of a theme, on the classes the renderer gives its marks. */
const seriesRules = (c: Colours) =>
  [`.chart-svg .series-1 { fill: ${c.series[0]}; }`, `.chart-svg .series-2 { fill: ${c.series[1]}; }`];

/**
 * The chart colours as CSS. The SVG carries the light colours as attributes; these rules win
 * over them: the page's text colours on screen, the dark series in dark mode, light colours on
 * paper whatever the screen's theme, and Windows' forced colours.
 */
export function chartColourCss(): string {
  const { light, dark } = PALETTE;
  return [
    ...seriesRules(light),
    `.chart-svg .trend { fill: none; stroke: ${light.series[0]}; }`,
    '.chart-svg :is(.text, .value) { fill: var(--fg); }',
    '.chart-svg .muted { fill: var(--muted); }',
    '.chart-svg :is(.axis, .grid) { stroke: var(--line); }',
    '@media (prefers-color-scheme: dark) {',
    ...seriesRules(dark),
    `.chart-svg .trend { stroke: ${dark.series[0]}; }`,
    '}',
    '@media print {',
    ...seriesRules(light),
    `.chart-svg .trend { stroke: ${light.series[0]}; }`,
    `.chart-svg :is(.text, .value) { fill: ${light.text}; }`,
    `.chart-svg .muted { fill: ${light.muted}; }`,
    `.chart-svg :is(.axis, .grid) { stroke: ${light.line}; }`,
    '}',
    '@media (forced-colors: active) {',
    '.chart-svg :is(.series-1, .series-2, .text, .value, .muted) { fill: CanvasText; }',
    '.chart-svg :is(.trend, .axis, .grid) { stroke: CanvasText; }',
    '}',
  ].join('\n');
}
