/**
 * The link-preview image of an edition: its name and the title of its vision, white on the house
 * colour, 1200 x 630 (the size link previews expect). Drawn as SVG here, turned into PNG at build
 * time by src/lib/og/png.ts. Pure, so the layout is tested without rendering.
 */
import { FONT_FAMILY } from '../fonts';
import { escapeXml } from '../format/escape';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What one preview image shows. */
export interface OgCard {
  /** Background: the house colour, dark enough for white text (checked by the edition schema). */
  colour: string;
  /** Small line above the title: "Gemeente Zuidplas". */
  kicker: string;
  title: string;
  /** Line at the bottom: "Sociale visie · werkversie, oktober 2025". */
  footer: string;
}


/** Average width of a bold character in DejaVu Sans, in ems: enough to wrap without measuring. */
const CHAR_EM = 0.7;
const MARGIN = 80;


/** Words into lines of at most `max` characters; a longer word stands alone; past `lines` lines, an ellipsis. */
export function wrapWords(text: string, max: number, lines = Infinity): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  if (out.length <= lines) return out;
  return [...out.slice(0, lines - 1), `${out[lines - 1]}…`];
}

/** The largest title size that fits the title in three lines; a very long title gets four smaller ones. */
function titleLayout(title: string) {
  const chars = (size: number) => Math.floor((OG_WIDTH - 2 * MARGIN) / (size * CHAR_EM));
  for (const size of [76, 64, 56]) {
    const lines = wrapWords(title, chars(size));
    if (lines.length <= 3 && lines.every((line) => line.length <= chars(size))) return { size, lines };
  }
  return { size: 48, lines: wrapWords(title, chars(48), 4) };
}

export function ogSvg(card: OgCard): string {
  const { size, lines } = titleLayout(card.title);
  const lineHeight = Math.round(size * 1.2);
  const top = 264;
  const title = lines.map((line, i) => `<tspan x="${MARGIN}" y="${top + i * lineHeight}">${escapeXml(line)}</tspan>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${card.colour}"/>`,
    `<rect x="${MARGIN}" y="96" width="120" height="10" fill="#ffffff"/>`,
    `<g font-family="${FONT_FAMILY}" fill="#ffffff">`,
    `<text x="${MARGIN}" y="172" font-size="44" font-weight="700">${escapeXml(card.kicker)}</text>`,
    `<text font-size="${size}" font-weight="700">${title}</text>`,
    `<text x="${MARGIN}" y="${OG_HEIGHT - 64}" font-size="30">${escapeXml(card.footer)}</text>`,
    '</g>',
    '</svg>',
  ].join('');
}
