/**
 * No-quotations gate (issue #11, item 1): the editions carry a source's facts over in their own
 * words, so no page presents text as a quotation. Pure: the HTML of a built page in, problems out.
 *
 * What counts as presenting a quotation, simply:
 * - a `<blockquote>` or a `<q>` element (also Markdown's `> ...`);
 * - the look of the retired `<Quote>`: an element with the class `italic`, or a `figure` whose
 *   `figcaption` starts with a dash ("— een inwoner"), the old attribution line;
 * - a paragraph or list item that starts with a quotation mark (spoken words set apart), or that
 *   ends with a closing quotation mark, a dash and a few words without a full stop
 *   ("“Het werkt.” — een inwoner").
 * A quoted name or motto inside a sentence ("Het motto is: “Samen sterk”.") is not a quotation of
 * a speaker and passes. Figures with a headline as caption (charts) pass: it does not start with a dash.
 */
import { attr, elements, hasClass, parseHtml, textOf } from '../../lib/html/document.ts';

export interface QuotationProblem {
  /** What presents a quotation. */
  what: string;
  /** The text it holds (the first 120 characters). */
  text: string;
}

/** What an author writes instead: the same words as in the build error of the retired <Quote>. */
export const QUOTATION_FIX =
  'write what someone said as indirect speech ("Een inwoner vertelt dat ..."), or as our summary in <Callout title="Samenvatting">; an example stays an example: <Callout title="Voorbeeld">';

/** Opening quotation marks; a leading apostrophe of "'s" or "'t" ("'s avonds") is a word, not a quotation. */
const OPENS = /^(?:[“„«‹‚"]|[‘'](?![st]\b))/u;
/** A closing quotation mark, a dash and a short attribution to the end, without a full stop. */
const ATTRIBUTED = /[”"»’]\s*[—–-]\s*[^.!?”"»]{1,60}$/u;
const DASH_FIRST = /^[—–-]/u;

const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}...` : text);

/** Everything on a page that presents text as a quotation, in document order. */
export function quotationProblems(html: string): QuotationProblem[] {
  const problems: QuotationProblem[] = [];
  const doc = parseHtml(html);
  for (const el of elements(doc, (e) => !['script', 'style', 'template', 'svg'].includes(e.tagName))) {
    const text = textOf(el);
    if (el.tagName === 'blockquote') problems.push({ what: 'a <blockquote> (or Markdown "> ...")', text: clip(text) });
    else if (el.tagName === 'q') problems.push({ what: 'a <q>', text: clip(text) });
    if (hasClass(el, 'italic')) problems.push({ what: `the quotation look of the retired <Quote> (class "italic" on <${el.tagName}>)`, text: clip(text) });
    if (el.tagName === 'figure') {
      const caption = elements(el).find((c) => c.tagName === 'figcaption');
      if (caption && DASH_FIRST.test(textOf(caption))) problems.push({ what: 'a figure with an attribution line ("— name")', text: clip(text) });
    }
    if ((el.tagName === 'p' || el.tagName === 'li') && attr(el, 'hidden') === undefined) {
      if (OPENS.test(text)) problems.push({ what: `a ${el.tagName === 'p' ? 'paragraph' : 'list item'} that starts with a quotation mark`, text: clip(text) });
      else if (ATTRIBUTED.test(text)) problems.push({ what: `a ${el.tagName === 'p' ? 'paragraph' : 'list item'} that ends with a quotation attributed to someone`, text: clip(text) });
    }
  }
  return problems;
}
