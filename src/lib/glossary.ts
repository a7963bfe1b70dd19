import { AstroError } from 'astro/errors';
import { getCollection } from 'astro:content';
import type { Term } from '../schemas/glossary';
import { glossaryProblems, mergeGlossaries, type Glossary } from './glossary-check';
import { markFirstUses } from './glossary-marks';
import { urls } from './site';
import { slugify } from './slugify';

/** A term with the anchor id it has on the glossary page. */
export interface GlossaryTerm extends Term {
  id: string;
}

/**
 * The shared terms plus an edition's own, A to Z. A word defined twice stops the build, unless
 * the edition's term replaces the shared one with `override: true` (src/lib/glossary-check.ts).
 */
export async function getGlossary(edition: string): Promise<GlossaryTerm[]> {
  const lists = await getCollection('glossaries', (g) => g.id === 'gedeeld' || g.id === edition);
  const glossary = (id: string): Glossary | undefined => {
    const entry = lists.find((g) => g.id === id);
    return entry && { file: entry.filePath ?? id, terms: entry.data.terms };
  };
  const common = glossary('gedeeld') ?? { file: 'begrippen.yaml', terms: [] };
  const own = glossary(edition);
  const problems = glossaryProblems(common, own);
  if (problems.length) throw new AstroError(problems.map((p) => p.message).join('\n'), [...new Set(problems.map((p) => p.hint))].join(' '));
  return mergeGlossaries(common, own)
    .sort((a, b) => a.term.localeCompare(b.term, 'nl'))
    .map((t) => ({ ...t, id: slugify(t.term) }));
}

/**
 * Marks the first use of each of an edition's glossary terms in rendered HTML with a link to its
 * definition (src/lib/glossary-marks.ts). One pass per page: a term is marked once.
 */
export async function termMarker(edition: string): Promise<(html: string) => string> {
  const terms = await getGlossary(edition);
  const glossary = urls.edition(edition, 'begrippen');
  return (html) => markFirstUses(html, terms, (term) => `${glossary}#${term.id}`);
}
