/** Every URL of the site is built here, so a single-edition build can drop the edition segment. */

/**
 * The folders of an edition's URLs. In a single-edition build `wetten` and `zoeken` are the site's
 * own /wetten/ and /zoeken/, which then hold that edition alone.
 */
export type Section = 'pijlers' | 'piramide' | 'bijlagen' | 'hoofdstukken' | 'cijfers' | 'begrippen' | 'volledig' | 'wetten' | 'zoeken';

export interface Urls {
  /** The site's home: the list of editions, or the edition itself in a single-edition build. */
  home(): string;
  /** An edition's home, one of its sections, or one page in a section. */
  edition(edition: string, section?: Section, slug?: string): string;
  /** The law register, or one law. */
  law(slug?: string): string;
  /** The list of themes, or one theme: what every edition says on it. */
  theme(slug?: string): string;
  /** A page of the site itself: zoeken, toegankelijkheid, privacy, ... */
  site(name: string): string;
  /** The route parameter for an edition: undefined when the edition is the site root. */
  param(edition: string): string | undefined;
  /** A file the build writes: "og/zuidplas.png", "sitemap-index.xml". */
  file(path: string): string;
}

export function createUrls(base: string, single?: string): Urls {
  const root = base.endsWith('/') ? base : `${base}/`;
  const join = (...parts: (string | undefined)[]) => {
    const path = parts.filter(Boolean).join('/');
    return path ? `${root}${path}/` : root;
  };
  const param = (edition: string) => (single === edition ? undefined : edition);
  return {
    home: () => root,
    edition: (edition, section, slug) => join(param(edition), section, slug),
    law: (slug) => join('wetten', slug),
    theme: (slug) => join('thema', slug),
    site: (name) => join(name),
    param,
    file: (path) => `${root}${path}`,
  };
}
