import { Resvg } from '@resvg/resvg-js';

/**
 * An SVG as PNG, with the machine's own fonts (nothing is fetched). resvg reads TTF and OTF,
 * not the WOFF files of font packages; Debian's fonts-dejavu-core comes with Chromium.
 */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' } });
  return resvg.render().asPng();
}
