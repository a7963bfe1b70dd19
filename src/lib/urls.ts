/** Every URL of the site is built here, so a single-edition build can drop the edition segment. */
import type { EditionPath } from '../sections';

export interface Urls {
  /** The site's home: the list of editions, or the edition itself in a single-edition build. */
  home(): string;
  /** An edition's home, one of its sections, or one page in a section. */
  edition(edition: string, section?: EditionPath, slug?: string): string;
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
  /** The edition's vision as one PDF document, in the edition's folder: "/zuidplas/sociale-visie-zuidplas.pdf". */
  pdf(edition: string): string;
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
    // The file name keeps the edition's name, so a downloaded copy says whose vision it is.
    pdf: (edition) => `${join(param(edition))}sociale-visie-${edition}.pdf`,
  };
}
