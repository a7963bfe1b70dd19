/**
 * Terms explained where they stand: the first use of each glossary term on a page becomes a
 * link to its entry on the glossary page, with the short definition as the link's title. The
 * title is the link's accessible description, so a screen reader reads the definition when the
 * link gets focus; a mouse shows it on hover; and the link itself, reachable by keyboard and
 * touch, leads to the definition in the glossary. A rehype plugin: it reads text nodes of the
 * tree, so markup and entities are never mistaken for text.
 */
import type { ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { element } from '../html/tree';
import { isAbbreviation as readsAsAbbreviation, POSSESSIVE } from '../abbreviations';

/** What marking needs of a glossary term. */
export interface MarkableTerm {
  /** Anchor id on the glossary page. */
  id: string;
  term: string;
  definition: string;
  aliases?: string[] | undefined;
}

/** Text inside these is left alone: headings and links (no link in a link), code, controls, graphics. */
const LEFT_ALONE = new Set(['a', 'abbr', 'dfn', 'code', 'pre', 'kbd', 'script', 'style', 'svg', 'button', 'summary', 'label', 'nav', 'textarea', 'select', 'title', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Abbreviations match only as written, so "WIJ" never marks "wij": a form with a capital after
 * its first letter (GGD, KPI, 1G1P1R) or a capitalised word of two or three letters (Wmo, Wlz).
 * Other terms match in any case: "Mantelzorg" marks "mantelzorg".
 */
export function isAbbreviation(form: string): boolean {
  return /\p{Lu}/u.test(form.slice(1)) || /^\p{Lu}\p{Ll}{1,2}$/u.test(form);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

export interface GlossaryOptions {
  terms: MarkableTerm[];
  /** The glossary link of a term. */
  href: (term: MarkableTerm) => string;
}

/**
 * Marks the first use of each term, and the first use of each of its abbreviations (GGD, PSD: see
 * abbreviations.ts). Text in headings, links, code, controls and graphics is skipped.
 */
export function rehypeGlossary({ terms, href }: GlossaryOptions) {
  const forms = formsOf(terms);
  const keys = new Set(forms.map((f) => f.key)).size;
  return (tree: Root) => {
    const marked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && LEFT_ALONE.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined || !node.value.trim() || marked.size === keys) return;
      const pieces: ElementContent[] = [];
      const text = node.value;
      let at = 0;
      for (let m = firstMatch(text, 0, forms, marked); m; m = firstMatch(text, at, forms, marked)) {
        marked.add(m.key);
        if (m.index > at) pieces.push({ type: 'text', value: text.slice(at, m.index) } satisfies Text);
        pieces.push(element('a', { href: href(m.term), className: ['term'], title: m.term.definition }, text.slice(m.index, m.index + m.length)));
        at = m.index + m.length;
      }
      if (at === 0) return;
      if (at < text.length) pieces.push({ type: 'text', value: text.slice(at) });
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}
