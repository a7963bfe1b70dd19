/**
 * Two-voices gate (issue #11, item 2): the vision's content speaks for the municipality; what
 * the editors say about this edition stands only in the editorial element ("Over deze
 * leesversie", src/mdx/EditorialNote.astro, marked `data-editorial`). Pure: HTML in, problems out.
 *
 * 1. An edition home opens with what the vision is about: its opening paragraph (the first
 *    paragraph after the h1, `about` in gemeente.yaml) and its meta description (also `about`)
 *    use none of EDITION_WORDS.
 * 2. Phrases only the editors write (EDITORIAL_PHRASES) stand only inside `[data-editorial]`.
 *    A modest list, not a grammar of voice: it catches the known ways of speaking about our source.
 *    Figures are left out: a figure states the provenance of its data ("Bron: ...", peildatum,
 *    licence, "geeft de bron geen getal"), which belongs to the figure.
 */
import { attr, elements, mainOf, metaContent, parseHtml, textOf, type Element } from '../../lib/html/document.ts';

export interface VoiceProblem {
  /** Where on the page: "opening paragraph", "meta description" or "text outside 'Over deze leesversie'". */
  where: string;
  /** The word or phrase found. */
  found: string;
  /** The text it stands in (the first 160 characters). */
  text: string;
}

/** Whole words only: no letter or digit may touch the match on either side. */
const words = (...alternatives: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/**
 * Words that speak about this edition rather than about the vision, banned from a home's opening
 * and meta description:
 * - "bron", "bronnen": the source is ours to mention, in "Over deze leesversie";
 * - "leesversie": this edition itself;
 * - "redactie", "redacteur(en)": the editors;
 * - "wij", "we", "ons", "onze": the opening describes the vision in the third person ("De gemeente
 *   wil ..."); a "we" there reads as the site's own voice, whoever was meant;
 * - "deze site", "deze website": the site itself.
 */
export const EDITION_WORDS = words('bron', 'bronnen', 'leesversies?', 'redactie', 'redacteurs?', 'redacteuren', 'wij', 'we', 'ons', 'onze', 'deze (?:web)?site');

/**
 * Phrases in which the editors speak about their source, allowed only in the editorial element:
 * "onze bron" (only the editors have one), "de bron van deze leesversie", what "de bron noemt /
 * zegt / vermeldt / meldt / geeft", "volgens de bron", "in de bron staat".
 */
export const EDITORIAL_PHRASES = words('onze bron(?:nen)?', 'bron van deze leesversie', 'de bron (?:noemt|zegt|vermeldt|meldt|geeft)', 'volgens de bron', 'in de bron (?:staat|staan)');

const clip = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}...` : text);
const matches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => m[0]);

/** The first paragraph after the page's h1: an edition home's opening, `about` in gemeente.yaml. */
export function openingParagraph(html: string): string | undefined {
  const main = mainOf(parseHtml(html));
  if (!main) return undefined;
  const inMain = elements(main);
  const h1 = inMain.findIndex((el) => el.tagName === 'h1');
  const p = h1 < 0 ? undefined : inMain.slice(h1 + 1).find((el) => el.tagName === 'p');
  return p && textOf(p);
}

/** Words about this edition in an edition home's opening paragraph or meta description. */
export function openingProblems(html: string): VoiceProblem[] {
  const sources: [string, string | undefined][] = [
    ['opening paragraph', openingParagraph(html)],
    ['meta description', metaContent(parseHtml(html), 'description')],
  ];
  return sources.flatMap(([where, text]) => (text ? matches(EDITION_WORDS, text).map((found) => ({ where, found, text: clip(text) })) : []));
}

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'caption', 'summary', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'section', 'aside', 'details', 'ul', 'ol', 'dl', 'table', 'tr']);

/** Where editorial phrases are not looked for: the editorial element, figures (their data's provenance) and hidden text. */
const outside = (el: Element) => attr(el, 'data-editorial') === undefined && el.tagName !== 'figure' && attr(el, 'hidden') === undefined;

/** The text of a block without the blocks (and left-out elements) inside it: each piece of text is read once. */
function ownText(el: Element): string {
  const copy = { ...el, childNodes: el.childNodes.filter((c) => !('tagName' in c) || (!BLOCKS.has(c.tagName) && outside(c))) };
  return textOf(copy);
}

/** Editorial phrases outside the editorial element (and outside figures) in a page's <main>. */
export function editorialProblems(html: string): VoiceProblem[] {
  const main = mainOf(parseHtml(html));
  if (!main) return [];
  return [main, ...elements(main, outside)]
    .filter((el) => el === main || (BLOCKS.has(el.tagName) && outside(el)))
    .flatMap((el) => {
      const text = ownText(el);
      return matches(EDITORIAL_PHRASES, text).map((found) => ({ where: `text outside "Over deze leesversie" (<${el.tagName}>)`, found, text: clip(text) }));
    });
}
