/**
 * Checks across files for themes (thema's), which one schema cannot see: every tag names a known
 * theme, every building block, layer and goal has a theme, and an edition's themas.yaml points to
 * pages that exist. Pure: entries in, problems out.
 */
import { SLUG } from '../../schemas/fields';
import { ENTRY_SECTIONS, SECTIONS, type EntrySectionName } from '../../sections';
import { THEMES_FILE, type ThemeStatement } from '../../schemas/theme';
import type { Problem } from '../content/validate';

/** One `themes` field: on a page, a goal or a dataset. */
export interface Tags {
  /** File that holds the field, for the message. */
  file: string;
  /** Path of the field in the file: "themes", "goals.2.themes". */
  field: string;
  themes?: readonly string[] | undefined;
  /** Whether the field must be there: on building blocks, layers and goals. */
  required: boolean;
}

/** A page or dataset entry as the content layer gives it, with the fields the checks read. */
interface Entry {
  id: string;
  filePath?: string | undefined;
  data: { themes?: readonly string[] | undefined; goals?: readonly { themes?: readonly string[] | undefined }[] | undefined };
}

const fileOf = (e: Entry) => e.filePath ?? e.id;

/** The `themes` fields of building blocks (and their goals), layers and datasets. */
export function tagsOf(pillars: Entry[], layers: Entry[], datasets: Entry[]): Tags[] {
  return [
    ...pillars.flatMap((p) => [
      { file: fileOf(p), field: 'themes', themes: p.data.themes, required: true },
      ...(p.data.goals ?? []).map((g, i) => ({ file: fileOf(p), field: `goals.${i}.themes`, themes: g.themes, required: true })),
    ]),
    ...layers.map((l) => ({ file: fileOf(l), field: 'themes', themes: l.data.themes, required: true })),
    ...datasets.map((d) => ({ file: fileOf(d), field: 'themes', themes: d.data.themes, required: false })),
  ];
}

const list = (known: string[]) => known.join(', ');

/** Theme ids that cannot be URLs. */
export function badThemeIds(known: string[]): Problem[] {
  return known
    .filter((id) => !SLUG.test(id))
    .map((id) => ({
      message: `${THEMES_FILE}: "${id}" cannot be a theme id. It is the theme's address (/thema/${id}/).`,
      hint: 'Write theme ids in lower case letters, digits and hyphens, like geld-en-schulden.',
    }));
}

/** Tags that name no known theme, and building blocks, layers and goals without a theme. */
export function tagProblems(tags: Tags[], known: string[]): Problem[] {
  const hint = `Use the ids of ${THEMES_FILE}: ${list(known)}. Add a new theme there first.`;
  return tags.flatMap(({ file, field, themes, required }) => {
    if (!themes) {
      return required ? [{ message: `${file}: ${field} is missing. Tag it with one to three themes it is really about, like ${field}: [${known.slice(0, 2).join(', ')}].`, hint }] : [];
    }
    return themes
      .filter((id) => !known.includes(id))
      .map((id) => ({ message: `${file}: ${field}: "${id}" is not a theme. The themes are: ${list(known)}.`, hint }));
  });
}

/** Sections an edition's themas.yaml may point into: those whose entries have pages. */
const LINKABLE = ENTRY_SECTIONS;
export type LinkableSection = EntrySectionName;

/** A link of an edition's themas.yaml: "pijlers/inclusie#een-kansrijke-start". */
export interface ThemeLink {
  section: LinkableSection;
  slug: string;
  /** Heading id on that page. Default: the page itself. */
  heading?: string | undefined;
}

const LINK = new RegExp(`^(${LINKABLE.join('|')})/([a-z0-9]+(?:-[a-z0-9]+)*)(?:#(\\S+))?$`);

/** Reads a link, or undefined when it is not one. */
export function parseLink(link: string): ThemeLink | undefined {
  const m = LINK.exec(link.trim());
  return m ? { section: m[1] as LinkableSection, slug: m[2]!, heading: m[3] } : undefined;
}

/** What the statement checks need to know of one edition. */
export interface EditionStatements {
  /** Path of the edition's themas.yaml, for messages. */
  file: string;
  statements: Record<string, ThemeStatement>;
  /** Its pages as "section/slug". */
  pages: string[];
  /** Themes its building blocks, layers, goals or datasets are tagged with. */
  tagged: Set<string>;
}

/**
 * An edition's themas.yaml: known themes only, links to pages of the edition, and no statement
 * that points nowhere (a summary needs a tagged page, goal or dataset, or a link).
 */
export function statementProblems({ file, statements, pages, tagged }: EditionStatements, known: string[]): Problem[] {
  return Object.entries(statements).flatMap(([theme, { links = [] }]) => {
    if (!known.includes(theme)) {
      return [{ message: `${file}: "${theme}" is not a theme. The themes are: ${list(known)}.`, hint: `Use the ids of ${THEMES_FILE}.` }];
    }
    const problems: Problem[] = links.flatMap((link, i) => {
      const parsed = parseLink(link);
      if (!parsed) {
        return [{ message: `${file}: ${theme}.links.${i}: "${link}" is not a link to a page of this edition.`, hint: `Write it as section/page or section/page#heading, with section one of ${LINKABLE.join(', ')}: "pijlers/inclusie#een-kansrijke-start".` }];
      }
      const page = `${parsed.section}/${parsed.slug}`;
      return pages.includes(page) ? [] : [{ message: `${file}: ${theme}.links.${i}: there is no page ${page} in this edition.`, hint: `Use the folder and file name (without .mdx) of a page of this edition: ${pages.join(', ')}.` }];
    });
    if (links.length === 0 && !tagged.has(theme)) {
      problems.push({
        message: `${file}: ${theme} has a summary, but no page, goal or dataset of this edition is tagged with it and it has no links.`,
        hint: 'Tag the pages the summary is based on with the theme, or add links to the headings where the vision says it.',
      });
    }
    return problems;
  });
}

/** The entries of one build that carry or name themes. */
export interface ThemedContent {
  /** Ids of content/themas.yaml. */
  themes: string[];
  /** Each edition's themas.yaml, by edition slug. */
  editionThemes: { id: string; filePath?: string | undefined; data: Record<string, ThemeStatement> }[];
  pillars: Entry[];
  layers: Entry[];
  /** Pages without themes, which an edition's links may name. */
  chapters: { id: string }[];
  annexes: { id: string }[];
  datasets: Entry[];
}

/** Every theme problem of a build. */
export function checkThemes(c: ThemedContent): Problem[] {
  const ofEdition = <T extends { id: string }>(entries: T[], slug: string) => entries.filter((e) => e.id.startsWith(`${slug}/`));
  const pagesOf = (slug: string) =>
    LINKABLE.map((section) => [section, c[SECTIONS[section].collection]] as const).flatMap(([section, entries]) =>
      ofEdition(entries, slug).map((e) => `${section}/${e.id.split('/')[1]}`),
    );
  const statements = c.editionThemes.flatMap((e) => {
    const tagged = new Set(
      tagsOf(ofEdition(c.pillars, e.id), ofEdition(c.layers, e.id), ofEdition(c.datasets, e.id)).flatMap((t) => t.themes ?? []),
    );
    return statementProblems({ file: e.filePath ?? `gemeenten/${e.id}/themas.yaml`, statements: e.data, pages: pagesOf(e.id), tagged }, c.themes);
  });
  return [...badThemeIds(c.themes), ...tagProblems(tagsOf(c.pillars, c.layers, c.datasets), c.themes), ...statements];
}
