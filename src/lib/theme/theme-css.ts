import { lightenForDark } from './contrast';
import { THEME } from './theme';

/** CSS variables of one house colour: the colour itself and its dark-theme tint. */
export function houseVariables(colour: string): string {
  return `--house:${colour};--house-light:${lightenForDark(colour, THEME.dark.soft)}`;
}

/**
 * The inline theme of a page: the edition's colour on :root, and one class per edition for
 * lists that show several editions. Kept in a <style> (hashed in the CSP), not in style
 * attributes, which a strict CSP blocks.
 */
export function themeCss(page?: string, editions: { slug: string; colour: string }[] = []): string {
  const rules = editions.map((e) => `.edition-${e.slug}{${houseVariables(e.colour)}}`);
  if (page) rules.unshift(`:root{${houseVariables(page)}}`);
  return rules.join('');
}
