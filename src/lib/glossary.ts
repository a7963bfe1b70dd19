import { getCollection } from 'astro:content';
import type { Term } from '../schemas/glossary';
import { markFirstUses } from './glossary-marks';
import { urls } from './site';
import { slugify } from './slugify';

/** A term with the anchor id it has on the glossary page. */
export interface GlossaryTerm extends Term {
  id: string;
}

/** The shared terms plus an edition's own, A to Z; an edition's own definition wins. */
export async function getGlossary(edition: string): Promise<GlossaryTerm[]> {
  const lists = await getCollection('glossaries', (g) => g.id === 'gedeeld' || g.id === edition);
  const byTerm = new Map<string, Term>();
  for (const list of lists.sort((a, b) => Number(b.id === 'gedeeld') - Number(a.id === 'gedeeld'))) {
    for (const term of list.data.terms) byTerm.set(term.term.toLowerCase(), term);
  }
  return [...byTerm.values()]
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
