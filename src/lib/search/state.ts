import { isPageKind, type PageKind } from '../../sections';

/** A search as the URL of /zoeken/ holds it: `?q=jeugdwet&gemeente=zuidplas&soort=wet&thema=werk`. */
export interface SearchState {
  /** What the reader typed. */
  q: string;
  /** Slug of an edition, or "" for all. */
  gemeente: string;
  /** A page kind, or "" for all. */
  soort: PageKind | '';
  /** Id of a theme (content/themas.yaml), or "" for all. */
  thema: string;
}

/** The parameters of a search, in the order a URL shows them. */
const KEYS = ['q', 'gemeente', 'soort', 'thema'] as const;

/**
 * The search in a URL's query; unknown kinds and blank values count as "all". `scope` is the
 * edition an edition's own search page (/zuidplas/zoeken/) searches when the URL names none;
 * `gemeente=` (blank) still means all.
 */
export function readSearch(params: URLSearchParams, scope = ''): SearchState {
  const value = (key: string) => (params.get(key) ?? '').trim();
  const soort = value('soort');
  const gemeente = params.has('gemeente') ? value('gemeente') : scope;
  return { q: value('q'), gemeente: gemeente.toLowerCase(), soort: isPageKind(soort) ? soort : '', thema: value('thema').toLowerCase() };
}

/**
 * The query string for a search, without empty parts: "?q=jeugdwet&soort=wet", or "" for none.
 * On a page with a `scope`, the edition is left out when it is the scope and kept, even blank
 * ("gemeente=" for all), when it is not.
 */
export function searchQuery(state: SearchState, scope = ''): string {
  const params = new URLSearchParams();
  // The edition is written when it differs from the page's own, even blank ("gemeente=": all).
  for (const key of KEYS) if (key === 'gemeente' ? state.gemeente !== scope : state[key]) params.set(key, state[key]);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether there is anything to search for: words, or a filter alone (other than the page's own edition). */
export const hasSearch = (state: SearchState, scope = '') => KEYS.some((key) => Boolean(state[key]) && !(key === 'gemeente' && state.gemeente === scope));

/**
 * Pagefind's filters for a search. The index holds an edition's name (what results show),
 * the URL its slug (what partners link to): `editionName` maps one to the other. A theme is
 * indexed by its id; `isTheme` drops one this site does not have.
 */
export function pagefindFilters(
  state: SearchState,
  editionName: (slug: string) => string | undefined,
  isTheme: (id: string) => boolean = () => false,
): Record<string, string> {
  const filters: Record<string, string> = {};
  const name = state.gemeente ? editionName(state.gemeente) : undefined;
  if (name) filters.gemeente = name;
  if (state.soort) filters.soort = state.soort;
  if (state.thema && isTheme(state.thema)) filters.thema = state.thema;
  return filters;
}
