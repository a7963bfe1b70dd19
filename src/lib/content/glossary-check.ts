/**
 * One definition per word. A term (or alias) defined twice meant that the second silently
 * replaced the first, or that a page linked the word to either. Two terms of one glossary may
 * not share a form; an edition may give a shared term its own definition, but only when the
 * term says so (`override: true`), so a replacement is always a decision. Pure: glossaries in,
 * problems and the merged list out.
 */
import type { Term } from '../../schemas/glossary';
import { isAbbreviation } from '../reading/rehype-glossary';

/** A glossary file with its terms. */
export interface Glossary {
  file: string;
  terms: Term[];
}

/** A problem the author must fix: what is wrong and how to fix it. */
export interface GlossaryProblem {
  message: string;
  hint: string;
}

const forms = (term: Term) => [term.term, ...(term.aliases ?? [])];

/**
 * Whether two forms mark the same words: equal, or equal in any case where one of them matches
 * in any case (an abbreviation such as "Wmo" matches only as written; src/lib/reading/rehype-glossary.ts).
 */
function sameWords(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase() && (a === b || !isAbbreviation(a) || !isAbbreviation(b));
}

/** The form two terms share, if any. */
const shared = (a: Term, b: Term) => forms(a).find((fa) => forms(b).some((fb) => sameWords(fa, fb)));

/** Terms of one glossary that share a form. */
function duplicates({ file, terms }: Glossary): GlossaryProblem[] {
  return terms.flatMap((term, i) =>
    terms.slice(0, i).flatMap((earlier) => {
      const form = shared(term, earlier);
      return form === undefined
        ? []
        : [{ message: `${file}: "${form}" is defined twice, by "${earlier.term}" and by "${term.term}".`, hint: 'Keep one definition: merge the two terms, or remove the word from one of them (a word is a term or an alias of one term only).' }];
    }),
  );
}

/** What is wrong with an edition's glossary on top of the shared one. */
export function glossaryProblems(common: Glossary, own?: Glossary): GlossaryProblem[] {
  const problems = [...duplicates(common), ...(own ? duplicates(own) : [])];
  for (const term of own?.terms ?? []) {
    const replaced = common.terms.filter((c) => shared(term, c) !== undefined);
    if (replaced.length > 0 && !term.override) {
      problems.push({
        message: `${own!.file}: "${shared(term, replaced[0]!)}" is also defined in ${common.file} (as "${replaced[0]!.term}").`,
        hint: 'Remove the term here to use the shared definition, or add "override: true" to it to give this edition its own definition.',
      });
    }
    if (replaced.length === 0 && term.override) {
      problems.push({
        message: `${own!.file}: "${term.term}" has override: true, but ${common.file} does not define it.`,
        hint: 'Remove "override: true": there is no shared definition to replace.',
      });
    }
  }
  return problems;
}

/** The shared terms an edition does not replace, with the edition's own. */
export function mergeGlossaries(common: Glossary, own?: Glossary): Term[] {
  const ownTerms = own?.terms ?? [];
  return [...common.terms.filter((c) => !ownTerms.some((t) => shared(t, c) !== undefined)), ...ownTerms];
}
