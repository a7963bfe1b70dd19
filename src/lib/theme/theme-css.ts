import { lightenForDark } from './contrast';
import { THEME } from './theme';

/** CSS variables of one house colour: the colour itself and its dark-theme tint. */
export function houseVariables(colour: string): string {
  return `--house:${colour};--house-light:${lightenForDark(colour, THEME.dark.soft)}`;
}

/**
 * The house colours are stylesheets of the site (huisstijl/<edition>.css), not inline styles: a strict CSP
 * allows an inline style only by its hash, and the host's one policy line for all pages would
 * then grow a hash per house colour, past Cloudflare Pages' 2,000 characters at about 40 editions.
 */

/** The theme of an edition's pages: its colour on :root. */
export const editionThemeCss = (colour: string): string => `:root{${houseVariables(colour)}}\n`;

/** The theme of pages that show every edition side by side: one class per edition. */
export const editionsThemeCss = (editions: { slug: string; colour: string }[]): string =>
  editions.map((e) => `.edition-${e.slug}{${houseVariables(e.colour)}}\n`).join('');
