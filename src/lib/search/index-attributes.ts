import { SECTIONS, type PageKind } from '../../sections';

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
  const gemeente = kind === SECTIONS.wetten.kind ? undefined : edition;
  const filters = [gemeente && 'gemeente[data-gemeente]', kind && 'soort[data-soort]'].filter(Boolean);
  return {
    'data-pagefind-body': true,
    ...(filters.length > 0 && { 'data-pagefind-filter': filters.join(', ') }),
    ...(gemeente && { 'data-gemeente': gemeente }),
    ...(kind && { 'data-soort': kind }),
  };
}

/**
 * Puts a page in an edition's search besides its own: a law in the search of each edition that
 * names it, so "jeugdwet" on Zuidplas's search page finds the law. Set on any element of the page.
 */
export const editionFilter = (edition: string) => ({ 'data-pagefind-filter': `gemeente:${edition}` });

/** The Pagefind metadata fields that hold a page's search words, and a law's abbreviation. */
export const SEARCH_WORDS_FIELD = 'zoekwoorden';
export const ABBREVIATION_FIELD = 'afkorting';

/**
 * A page's search words as the attributes of a `<meta name="keywords">`: Pagefind searches
 * metadata but never shows it in an excerpt, so the words find the page without appearing as a
 * list under its title in the results.
 */
export const searchWordsMeta = (words: string[]) => ({
  content: words.join(', '),
  'data-pagefind-meta': `${SEARCH_WORDS_FIELD}[content]`,
});

/** A law's abbreviation as metadata, set on any element of its page: "Wmo" finds the law first. */
export const abbreviationMeta = (abbreviation: string | undefined) =>
  abbreviation ? { 'data-pagefind-meta': `${ABBREVIATION_FIELD}:${abbreviation}` } : {};

/**
 * How much a match in a metadata field weighs against one in the text (Pagefind's
 * `ranking.metaWeights`; the title weighs 5 by default). Search words are what residents type,
 * so a page found by one ranks high, yet below a page with the words as its title ("Gezond
 * leven"); an abbreviation names one law exactly and outweighs a title that merely starts with
 * it ("WEB" and "Webinar").
 */
export const META_WEIGHTS = { title: 5, [SEARCH_WORDS_FIELD]: 3, [ABBREVIATION_FIELD]: 10 };
