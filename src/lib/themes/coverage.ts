/**
 * What each vision says on a theme: its summary, the pages (and headings and goals) that say it
 * and its figures. Pure: an edition's pages and statements in, one theme's view out.
 */
import type { ThemeStatement } from '../../schemas/theme';
import { parseLink, type LinkableSection } from './check';

/** A page of an edition as the theme pages need it. */
export interface PageInput {
  section: LinkableSection;
  slug: string;
  title: string;
  summary: string;
  themes?: string[] | undefined;
  goals?: { title: string; themes?: string[] | undefined }[] | undefined;
}

/** A dataset of an edition: its id within the edition ("bevolking") and title. */
export interface DatasetInput {
  id: string;
  title: string;
  themes?: string[] | undefined;
}

/** One edition, its pages in reading order. */
export interface EditionInput {
  slug: string;
  name: string;
  pages: PageInput[];
  datasets: DatasetInput[];
  /** Its themas.yaml, by theme id. Default: none. */
  statements?: Record<string, ThemeStatement> | undefined;
}

/** A page that speaks on the theme. */
export interface Mention {
  page: PageInput;
  /** Whether the page itself is tagged with the theme (else only a link or a goal points to it). */
  tagged: boolean;
  /** Ids of its headings that speak on the theme, as the edition's themas.yaml names them. */
  headings: string[];
  /** Its goals tagged with the theme. */
  goals: string[];
}

/** One edition on one theme. */
export interface EditionOnTheme {
  slug: string;
  name: string;
  /** What the vision says, in our words, from its themas.yaml. Default: none (the pages' summaries stand in). */
  summary?: string | undefined;
  mentions: Mention[];
  datasets: DatasetInput[];
}

/** Whether the edition says anything on the theme. */
export const speaks = (e: EditionOnTheme) => e.mentions.length > 0 || e.datasets.length > 0;

/** How many places on the theme an edition has: pages, goals and datasets. */
export const weight = (e: EditionOnTheme) => e.mentions.reduce((n, m) => n + 1 + m.goals.length, 0) + e.datasets.length;

/** What one edition says on one theme. */
export function onTheme(theme: string, edition: EditionInput): EditionOnTheme {
  const statement = edition.statements?.[theme];
  const links = (statement?.links ?? []).flatMap((l) => parseLink(l) ?? []);
  const mentions = edition.pages.flatMap((page): Mention[] => {
    const tagged = page.themes?.includes(theme) ?? false;
    const here = links.filter((l) => l.section === page.section && l.slug === page.slug);
    const goals = (page.goals ?? []).filter((g) => g.themes?.includes(theme)).map((g) => g.title);
    if (!tagged && here.length === 0 && goals.length === 0) return [];
    return [{ page, tagged, headings: here.flatMap((l) => l.heading ?? []), goals }];
  });
  return {
    slug: edition.slug,
    name: edition.name,
    summary: statement?.summary,
    mentions,
    datasets: edition.datasets.filter((d) => d.themes?.includes(theme)),
  };
}
