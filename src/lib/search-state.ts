import { isPageKind, type PageKind } from './page-kinds';

/** A search as the URL of /zoeken/ holds it: `?q=jeugdwet&gemeente=zuidplas&soort=wet`. */
export interface SearchState {
  /** What the reader typed. */
  q: string;
  /** Slug of an edition, or "" for all. */
  gemeente: string;
  /** A page kind, or "" for all. */
  soort: PageKind | '';
}

/**
 * The search in a URL's query; unknown kinds and blank values count as "all". `scope` is the
 * edition an edition's own search page (/zuidplas/zoeken/) searches when the URL names none;
 * `gemeente=` (blank) still means all.
 */
export function readSearch(params: URLSearchParams, scope = ''): SearchState {
  const value = (key: string) => (params.get(key) ?? '').trim();
  const soort = value('soort');
  const gemeente = params.has('gemeente') ? value('gemeente') : scope;
  return { q: value('q'), gemeente: gemeente.toLowerCase(), soort: isPageKind(soort) ? soort : '' };
}

/**
 * The query string for a search, without empty parts: "?q=jeugdwet&soort=wet", or "" for none.
 * On a page with a `scope`, the edition is left out when it is the scope and kept, even blank
 * ("gemeente=" for all), when it is not.
 */
export function searchQuery(state: SearchState, scope = ''): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.gemeente !== scope) params.set('gemeente', state.gemeente);
  if (state.soort) params.set('soort', state.soort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether there is anything to search for: words, or a filter alone (other than the page's own edition). */
export const hasSearch = (state: SearchState, scope = '') => Boolean(state.q || (state.gemeente && state.gemeente !== scope) || state.soort);

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
