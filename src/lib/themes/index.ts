/**
 * Themes (thema's) for the pages: the register sorted for readers, and per theme what each
 * edition of this build says on it, with the headings its links name.
 */
import { AstroError } from 'astro/errors';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getEditions, slugOf, type EditionContent, type PageEntry } from '../content/editions';
import { perspectivesOf } from '../reading/audiences';
import { onTheme, type EditionInput, type EditionOnTheme, type Mention } from './coverage';
import type { LinkableSection } from './check';

export type ThemeEntry = CollectionEntry<'themes'>;

/** The themes, by title as a Dutch reader sorts them. */
export async function getThemes(): Promise<ThemeEntry[]> {
  return (await getCollection('themes')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'nl'));
}

/** A heading a theme page links to. */
export interface HeadingLink {
  id: string;
  text: string;
}

/** A page on the theme, with its entry and the headings its edition's links name. */
export interface MentionView extends Mention {
  entry: PageEntry;
  headingLinks: HeadingLink[];
}

/** One edition on one theme, ready to show. */
export interface EditionView extends Omit<EditionOnTheme, 'mentions'> {
  edition: EditionContent;
  mentions: MentionView[];
}

const sections = (e: EditionContent): [LinkableSection, PageEntry[]][] => [
  ['piramide', e.layers],
  ['pijlers', e.pillars],
  ['hoofdstukken', e.chapters],
  ['bijlagen', e.annexes],
];

let statements: Promise<Map<string, CollectionEntry<'editionThemes'>>> | undefined;

async function editionInput(e: EditionContent): Promise<EditionInput> {
  statements ??= getCollection('editionThemes').then((all) => new Map(all.map((s) => [s.id, s])));
  return {
    slug: e.slug,
    name: e.edition.data.name,
    pages: sections(e).flatMap(([section, entries]) =>
      entries.map((entry) => ({
        section,
        slug: slugOf(entry),
        title: entry.data.title,
        summary: entry.data.summary,
        themes: 'themes' in entry.data ? entry.data.themes : undefined,
        goals: 'goals' in entry.data ? entry.data.goals : undefined,
      })),
    ),
    datasets: e.datasets.map((d) => ({ id: slugOf(d), title: d.data.title, themes: d.data.themes })),
    statements: (await statements).get(e.slug)?.data,
  };
}

/** The headings a mention names, with their text; a heading the page lacks stops the build. */
async function headingLinks(theme: string, edition: EditionContent, entry: PageEntry, ids: string[]): Promise<HeadingLink[]> {
  if (ids.length === 0) return [];
  const { headings } = await render(entry);
  // Besides the text's own headings: the sections a building block's frontmatter fills (EntryBody).
  const own = entry.collection === 'pillars' ? entry.data : {};
  const known = [
    ...headings,
    ...perspectivesOf(entry.body),
    ...('goals' in own && own.goals ? [{ slug: 'doelen', text: 'Doelen' }] : []),
    ...('commitments' in own && own.commitments ? [{ slug: 'inzet', text: edition.edition.data.labels.commitments }] : []),
  ];
  return ids.map((id) => {
    const heading = known.find((h) => h.slug === id);
    if (!heading) {
      throw new AstroError(
        `content/gemeenten/${edition.slug}/themas.yaml: ${theme}.links names the heading "${id}" on ${entry.filePath ?? entry.id}, which has no such heading.`,
        `Use one of its heading ids: ${known.map((h) => h.slug).join(', ')}.`,
      );
    }
    return { id, text: heading.text };
  });
}

/** What every edition of this build says on a theme, in the order of the editions. */
export async function themeView(theme: string): Promise<EditionView[]> {
  return Promise.all(
    (await getEditions()).map(async (edition) => {
      const input = await editionInput(edition);
      const on = onTheme(theme, input);
      const entryOf = (m: Mention) => sections(edition).find(([s]) => s === m.page.section)![1].find((e) => slugOf(e) === m.page.slug)!;
      const mentions = await Promise.all(
        on.mentions.map(async (m) => ({ ...m, entry: entryOf(m), headingLinks: await headingLinks(theme, edition, entryOf(m), m.headings) })),
      );
      return { ...on, edition, mentions };
    }),
  );
}
