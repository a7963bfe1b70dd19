/** The fixed colours the house colour is checked against; styles/global.css uses the same values. */
export const THEME = {
  /** Light theme: the page and the soft panels (the darker of the two decides). */
  light: { background: '#ffffff', soft: '#f2f4f6' },
  /** Dark theme: the page and the soft panels (the lighter of the two decides). */
  dark: { background: '#121417', soft: '#1e2226' },
  /** WCAG 2.x AA for normal text. */
  minContrast: 4.5,
} as const;
