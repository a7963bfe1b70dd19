import { getCollection } from 'astro:content';
import GithubSlugger from 'github-slugger';
import type { Pluggable } from 'unified';
import type { Term } from '../../schemas/glossary';
import { rehypeGlossary } from '../reading/rehype-glossary';
import { urls } from '../site';

/** A term with the anchor id it has on the glossary page. */
export interface GlossaryTerm extends Term {
  id: string;
}

/**
 * The shared terms plus an edition's own, A to Z; an edition's own definition wins. Ids come from
 * github-slugger, the slugger of Astro's heading ids, so every anchor of the site is made one way.
 */
export async function getGlossary(edition: string): Promise<GlossaryTerm[]> {
  const lists = await getCollection('glossaries', (g) => g.id === 'gedeeld' || g.id === edition);
  const byTerm = new Map<string, Term>();
  for (const list of lists.sort((a, b) => Number(b.id === 'gedeeld') - Number(a.id === 'gedeeld'))) {
    for (const term of list.data.terms) byTerm.set(term.term.toLowerCase(), term);
  }
  const slugger = new GithubSlugger();
  return [...byTerm.values()]
    .sort((a, b) => a.term.localeCompare(b.term, 'nl'))
    .map((t) => ({ ...t, id: slugger.slug(t.term) }));
}

/**
 * The rehype plugin that marks the first use of each of an edition's glossary terms with a link
 * to its definition (lib/reading/rehype-glossary.ts). One pass per page: a term is marked once.
 */
export async function glossaryPlugin(edition: string): Promise<Pluggable> {
  const terms = await getGlossary(edition);
  const glossary = urls.edition(edition, 'begrippen');
  return [rehypeGlossary, { terms, href: (term: GlossaryTerm) => `${glossary}#${term.id}` }];
}
