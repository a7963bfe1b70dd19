import { lightenForDark } from './contrast';
import { THEME } from './theme';

/**
 * An edition's house colour as the `style` attribute of the element it colours: the colour and its
 * dark-theme tint, as CSS variables (`<html>` on an edition's pages, each edition's item on the
 * home page). An attribute travels inside the page, so a phone paints after one round trip, not
 * after a stylesheet of its own; and the policy allows it by one constant source,
 * `style-src-attr 'unsafe-inline'` (src/lib/security/csp.ts), so the policy does not grow a hash
 * per edition. Nothing else on the site has a style attribute: the CSP gate checks that every one
 * is exactly this (src/gates/csp/).
 */
export function houseStyle(colour: string): string {
  return `--house:${colour};--house-light:${lightenForDark(colour, THEME.dark.soft)}`;
}

/** What houseStyle writes, and all a style attribute of the site may be: two colours, nothing that loads or lays out. */
export const HOUSE_STYLE = /^--house:#[0-9a-f]{6};--house-light:#[0-9a-f]{6}$/i;
