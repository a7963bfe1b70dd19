import { THEME } from '../lib/theme/theme';

/**
 * Chart colours per theme; chart.css uses the same values. Series 1 is blue and series 2 orange
 * in both themes, so a legend means the same in light, dark and print. Each reaches 3:1 against
 * the page and the soft panels and against the other series (tests/charts/palette.test.ts).
 */
export const PALETTE = {
  light: { background: THEME.light.background, soft: THEME.light.soft, series: ['#0b2e52', '#d66f00'], text: '#1a1a1a', muted: '#4d4d4d', line: '#8a8a8a' },
  dark: { background: THEME.dark.background, soft: THEME.dark.soft, series: ['#3d7dbf', '#ffd8a8'], text: '#ececec', muted: '#b8b8b8', line: '#7a7a7a' },
  /** WCAG 2.x 1.4.11: graphical objects against their neighbours. */
  minContrast: 3,
} as const;
