import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import GithubSlugger from 'github-slugger';
import type { Pluggable } from 'unified';
import type { Term } from '../../schemas/glossary';
import { glossaryProblems, mergeGlossaries, type Glossary } from './glossary-check';
import { rehypeGlossary } from '../reading/rehype-glossary';
import { urls } from '../site';

/** A term with the anchor id it has on the glossary page. */
export interface GlossaryTerm extends Term {
  id: string;
}

/**
 * The shared terms plus an edition's own, A to Z. A word defined twice stops the build, unless
 * the edition's term replaces the shared one with `override: true` (glossary-check.ts). Ids come
 * from github-slugger, the slugger of Astro's heading ids, so every anchor is made one way.
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
  const slugger = new GithubSlugger();
  return mergeGlossaries(common, own)
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
