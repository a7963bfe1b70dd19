import type { PageKind } from './page-kinds';

interface Indexing {
  /** Whether search finds this page at all. */
  searchable: boolean;
  /** Name of the edition the page belongs to; a law belongs to none, whatever the build. */
  edition?: string | undefined;
  kind?: PageKind | undefined;
}

/**
 * The Pagefind attributes of a page's <main>: data-pagefind-body (only pages with it are
 * indexed, and only inside it) and the filters "gemeente" (the edition's name) and "soort".
 */
export function indexAttributes({ searchable, edition, kind }: Indexing): Record<string, string | boolean> {
  if (!searchable) return {};
  const gemeente = kind === 'wet' ? undefined : edition;
  const filters = [gemeente && 'gemeente[data-gemeente]', kind && 'soort[data-soort]'].filter(Boolean);
  return {
    'data-pagefind-body': true,
    ...(filters.length > 0 && { 'data-pagefind-filter': filters.join(', ') }),
    ...(gemeente && { 'data-gemeente': gemeente }),
    ...(kind && { 'data-soort': kind }),
  };
}

/**
 * The attribute that keeps a page's controls and furniture out of the search index: "Lees voor",
 * "Deel deze pagina", the date of the last change and the citation box say the same on every
 * page, so indexing them only makes every page match "verwijzen" and makes each result's data
 * (its fragment, fetched per result shown) larger.
 */
export const NOT_INDEXED = { 'data-pagefind-ignore': 'all' } as const;
