import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES } from '../fonts';

/**
 * An SVG as PNG, drawn with the font the project ships (src/lib/fonts.ts): the same image on every
 * machine, with its text also where the machine has no fonts at all.
 */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY } });
  return resvg.render().asPng();
}
