/**
 * Which file an author changes for a built page: the gates name it in every problem.
 * Pure: URL paths in, paths of content files out.
 */

import { ENTRY_SECTIONS, type Section } from '../sections.ts';

const isEntrySection = (segment: string | undefined) => (ENTRY_SECTIONS as string[]).includes(segment ?? '');
/** First URL segments of the site's own pages, which are not editions. */
const SITE_PAGES = new Set(['wetten', 'zoeken', 'a-z', 'toegankelijkheid', 'privacy', '404.html']);

/** The path of a page inside its edition: "/zuidplas/pijlers/inclusie/" -> "pijlers/inclusie/" (root "/" for an edition built alone). */
const inEdition = (url: string, root: string) => url.slice(root.length);

/** Building-block, layer, chapter and annex pages: the vision's own text. */
export const isEntryPage = (url: string, root = '/'): boolean => {
  const [section, slug, rest] = inEdition(url, root).split('/');
  return isEntrySection(section) && !!slug && rest === '';
};

/** The file an author changes for a page of an edition; `root` is "/<edition>/", or "/" when the edition is built alone. */
export function sourceFile(url: string, edition: string, root = `/${edition}/`): string {
  const dir = `content/gemeenten/${edition}`;
  const parts = inEdition(url, root).split('/').filter(Boolean);
  const [section, slug] = parts;
  if (parts.length === 0) return `${dir}/gemeente.yaml`;
  if (section === ('begrippen' satisfies Section) && !slug) return `content/begrippen.yaml or ${dir}/begrippen.yaml`;
  if (section === ('cijfers' satisfies Section) && !slug) return `${dir}/cijfers/`;
  if (section && isEntrySection(section)) return slug ? `${dir}/${section}/${slug}.mdx` : `${dir}/${section}/ (titles and summaries)`;
  return `the page ${url}`;
}

/** The file behind any page of a full build: an edition's content, a law's YAML, or the site's own page. */
export function pageSource(url: string): string {
  const [first, second] = url.split('/').filter(Boolean);
  if (first === 'wetten' && second) return `content/wetten/${second}.yaml`;
  if (first === 'thema') return `content/themas.yaml${second ? ' and each edition\'s themas.yaml' : ''} (page: src/pages/thema/)`;
  if (!first || SITE_PAGES.has(first)) return `the page ${url} (src/pages/)`;
  return sourceFile(url, first);
}
