import { isPageKind, type PageKind } from '../../sections';

/** A search as the URL of /zoeken/ holds it: `?q=jeugdwet&gemeente=zuidplas&soort=wet`. */
export interface SearchState {
  /** What the reader typed. */
  q: string;
  /** Slug of an edition, or "" for all. */
  gemeente: string;
  /** A page kind, or "" for all. */
  soort: PageKind | '';
}

/** The search in a URL's query; unknown kinds and blank values count as "all". */
export function readSearch(params: URLSearchParams): SearchState {
  const value = (key: string) => (params.get(key) ?? '').trim();
  const soort = value('soort');
  return { q: value('q'), gemeente: value('gemeente').toLowerCase(), soort: isPageKind(soort) ? soort : '' };
}

/** The query string for a search, without empty parts: "?q=jeugdwet&soort=wet", or "" for none. */
export function searchQuery(state: SearchState): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'gemeente', 'soort'] as const) if (state[key]) params.set(key, state[key]);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether there is anything to search for: words, or a filter alone. */
export const hasSearch = (state: SearchState) => Boolean(state.q || state.gemeente || state.soort);

/**
 * Pagefind's filters for a search. The index holds an edition's name (what results show),
 * the URL its slug (what partners link to): `editionName` maps one to the other.
 */
export function pagefindFilters(state: SearchState, editionName: (slug: string) => string | undefined): Record<string, string> {
  const filters: Record<string, string> = {};
  const name = state.gemeente ? editionName(state.gemeente) : undefined;
  if (name) filters.gemeente = name;
  if (state.soort) filters.soort = state.soort;
  return filters;
}
