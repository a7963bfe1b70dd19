/**
 * Terms explained where they stand: the first use of each glossary term on a page becomes a
 * link to its entry on the glossary page, with the short definition as the link's title. The
 * title is the link's accessible description, so a screen reader reads the definition when the
 * link gets focus; a mouse shows it on hover; and the link itself, reachable by keyboard and
 * touch, leads to the definition in the glossary. Pure: HTML in, HTML out.
 */

import { isAbbreviation as readsAsAbbreviation, POSSESSIVE } from './abbreviations';

/** What marking needs of a glossary term. */
export interface MarkableTerm {
  /** Anchor id on the glossary page. */
  id: string;
  term: string;
  definition: string;
  aliases?: string[] | undefined;
}

/** Text inside these is left alone: headings and links (no link in a link), code, controls, graphics. */
const SKIP = new Set(['a', 'abbr', 'dfn', 'code', 'pre', 'kbd', 'script', 'style', 'svg', 'button', 'summary', 'label', 'nav', 'textarea', 'select', 'title', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TOKEN = /(<!--[\s\S]*?-->|<\/?[a-zA-Z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>)/;

/**
 * Abbreviations match only as written, so "WIJ" never marks "wij": a form with a capital after
 * its first letter (GGD, KPI, 1G1P1R) or a capitalised word of two or three letters (Wmo, Wlz).
 * Other terms match in any case: "Mantelzorg" marks "mantelzorg".
 */
export function isAbbreviation(form: string): boolean {
  return /\p{Lu}/u.test(form.slice(1)) || /^\p{Lu}\p{Ll}{1,2}$/u.test(form);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface Form {
  term: MarkableTerm;
  pattern: RegExp;
  /** What one mark covers: the term, or one abbreviation of it (a reader meets "PSD" as a new word, even after "Programma Sociaal Domein"). */
  key: string;
}

function formsOf(terms: MarkableTerm[]): Form[] {
  return terms.flatMap((term) =>
    [term.term, ...(term.aliases ?? [])].map((form) => ({
      term,
      key: readsAsAbbreviation(form) ? `${term.id}#${form.replace(POSSESSIVE, '')}` : term.id,
      // Whole words only: no letter or digit may touch the form on either side.
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, isAbbreviation(form) ? 'gu' : 'giu'),
    })),
  );
}

/** The earliest use of a term (or abbreviation) not yet marked; at the same place the longest form wins. */
function firstMatch(text: string, from: number, forms: Form[], marked: Set<string>) {
  let best: { index: number; length: number; term: MarkableTerm; key: string } | undefined;
  for (const form of forms) {
    if (marked.has(form.key)) continue;
    form.pattern.lastIndex = from;
    const m = form.pattern.exec(text);
    if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length))) {
      best = { index: m.index, length: m[0].length, term: form.term, key: form.key };
    }
  }
  return best;
}

/**
 * Marks the first use of each term in `html`, and the first use of each of its abbreviations
 * (GGD, PSD: see abbreviations.ts). `href` gives the glossary link of a term.
 * Text in headings, links, code, controls and graphics is skipped.
 */
export function markFirstUses(html: string, terms: MarkableTerm[], href: (term: MarkableTerm) => string): string {
  const forms = formsOf(terms);
  const keys = new Set(forms.map((f) => f.key)).size;
  const marked = new Set<string>();
  let skipDepth = 0;
  return html
    .split(TOKEN)
    .map((token) => {
      if (token.startsWith('<')) {
        const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(token);
        const name = tag?.[2]?.toLowerCase();
        if (name && SKIP.has(name) && !VOID.has(name) && !token.endsWith('/>')) skipDepth = Math.max(0, skipDepth + (tag![1] ? -1 : 1));
        return token;
      }
      if (skipDepth > 0 || !token.trim() || marked.size === keys) return token;
      const text = decode(token);
      let out = '';
      let at = 0;
      for (let m = firstMatch(text, 0, forms, marked); m; m = firstMatch(text, at, forms, marked)) {
        marked.add(m.key);
        const used = text.slice(m.index, m.index + m.length);
        out += `${escapeText(text.slice(at, m.index))}<a href="${escapeAttr(href(m.term))}" class="term" title="${escapeAttr(m.term.definition)}">${escapeText(used)}</a>`;
        at = m.index + m.length;
      }
      return at === 0 ? token : out + escapeText(text.slice(at));
    })
    .join('');
}
