import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ENTRY_SECTIONS, READING_ORDER, SECTIONS, wordsOf, type EntrySectionName, type Section, type Words } from '../../sections';
import { checkThemes } from '../themes/check';
import { amendsLaterLaws, duplicates, gaps, orphans, type Problem } from './validate';

export type EditionEntry = CollectionEntry<'editions'>;
type CollectionOf<S extends EntrySectionName> = (typeof SECTIONS)[S]['collection'];
/** An MDX page of one section. */
export type SectionEntry<S extends EntrySectionName> = CollectionEntry<CollectionOf<S>>;
export type PillarEntry = SectionEntry<'pijlers'>;
export type LayerEntry = SectionEntry<'piramide'>;
export type AnnexEntry = SectionEntry<'bijlagen'>;
export type ChapterEntry = SectionEntry<'hoofdstukken'>;
export type LawEntry = CollectionEntry<'laws'>;
export type DatasetEntry = CollectionEntry<'datasets'>;
/** Any page of an edition written in MDX. */
export type PageEntry = SectionEntry<EntrySectionName>;

/** A law as one edition names it: the register entry with the edition's reason. */
export interface NamedLaw {
  law: LawEntry;
  reason: string;
  obligation?: string;
  asWritten?: string;
  note?: string;
}

/** The MDX pages of an edition, per section (by collection name: pillars, layers, ...), in order. */
type SectionEntries = { [S in EntrySectionName as CollectionOf<S>]: SectionEntry<S>[] };

/** Everything one edition publishes, sorted in reading order. */
export interface EditionContent extends SectionEntries {
  slug: string;
  edition: EditionEntry;
  laws: NamedLaw[];
  datasets: DatasetEntry[];
}

/** The pages of one section of an edition. */
export const entriesOf = <S extends EntrySectionName>(edition: EditionContent, section: S) => edition[SECTIONS[section].collection] as SectionEntry<S>[];

/** Whether an edition has anything in a section: its header menu and home link only to those. */
export function hasContent(edition: EditionContent, section: Section): boolean {
  if (section === 'cijfers') return edition.datasets.length > 0;
  return 'entries' in SECTIONS[section] ? entriesOf(edition, section as EntrySectionName).length > 0 : true;
}

/** The small line above an entry's title ("Pijler 2 van 4"), by its section; undefined for a section without one. */
export function eyebrowOf<S extends EntrySectionName>(edition: EditionContent, section: S, entry: SectionEntry<S>): string | undefined {
  const { eyebrow } = SECTIONS[section].entries as { eyebrow?: (data: SectionEntry<S>['data'], count: number, words: Words) => string };
  return eyebrow?.(entry.data, entriesOf(edition, section).length, wordsOf(section, edition.edition.data));
}

/** One page of an edition's text, with the section its URL is in. */
export interface Part {
  section: EntrySectionName;
  entry: PageEntry;
}

/**
 * The pages of a vision in reading order (READING_ORDER of src/sections.ts): chapters before,
 * the pyramid, the building blocks, chapters after, annexes.
 */
export function readingOrder(edition: EditionContent): Part[] {
  return READING_ORDER.flatMap(({ section, position }) => {
    if (!('entries' in SECTIONS[section])) return [];
    const name = section as EntrySectionName;
    return entriesOf(edition, name)
      .filter((entry: PageEntry) => position === undefined || ('position' in entry.data && entry.data.position === position))
      .map((entry): Part => ({ section: name, entry }));
  });
}

/** The value an entry is ordered by (its order or number, per its section). */
const placeOf = (entry: PageEntry, field: 'order' | 'number') => (entry.data as unknown as Record<typeof field, number>)[field];
const ofEdition = <T extends { id: string }>(entries: T[], slug: string) => entries.filter((e) => e.id.startsWith(`${slug}/`));

function fail(problems: Problem[]): void {
  if (problems.length === 0) return;
  throw new AstroError(problems.map((p) => p.message).join('\n'), [...new Set(problems.map((p) => p.hint))].join(' '));
}

async function load() {
  const [editions, laws, editionLaws, datasets, themes, editionThemes, ...sections] = await Promise.all([
    getCollection('editions'),
    getCollection('laws'),
    getCollection('editionLaws'),
    getCollection('datasets'),
    getCollection('themes'),
    getCollection('editionThemes'),
    ...ENTRY_SECTIONS.map((section) => getCollection(SECTIONS[section].collection) as Promise<PageEntry[]>),
  ]);
  const slugs = new Set(editions.map((e) => e.id));
  fail(orphans([...sections.flat(), ...datasets], slugs));
  const all = Object.fromEntries(ENTRY_SECTIONS.map((section, i) => [SECTIONS[section].collection, sections[i]])) as unknown as SectionEntries;
  fail(checkThemes({ themes: themes.map((t) => t.id), editionThemes, ...all, datasets }));
  const lawById = new Map(laws.map((l) => [l.id, l]));
  fail(
    laws.flatMap((law) =>
      (law.data.amends ?? [])
        .filter((id) => !lawById.has(id))
        .map((id) => ({
          message: `content/wetten/${law.id}.yaml: amends "${id}", which is not in the law register.`,
          hint: 'Use the file names of laws in content/wetten/ (without .yaml) under amends.',
        })),
    ),
  );
  fail(amendsLaterLaws(laws.map((l) => ({ id: l.id, filePath: `content/wetten/${l.id}.yaml`, inForce: l.data.inForce, amends: l.data.amends }))));
  const content = editions
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl'))
    .map((edition): EditionContent => {
      const slug = edition.id;
      const sorted = ENTRY_SECTIONS.map((section, i) => {
        const { field } = SECTIONS[section].entries.order;
        return ofEdition(sections[i]!, slug).sort((a, b) => placeOf(a, field) - placeOf(b, field));
      });
      const own = Object.fromEntries(ENTRY_SECTIONS.map((section, i) => [SECTIONS[section].collection, sorted[i]])) as unknown as SectionEntries;
      const named = editionLaws.find((e) => e.id === slug)?.data.laws ?? [];
      fail([
        ...ENTRY_SECTIONS.flatMap((section, i) => {
          const { field, gapless } = SECTIONS[section].entries.order;
          const value = (e: PageEntry) => placeOf(e, field);
          return [...duplicates(sorted[i]!, field, value), ...(gapless ? gaps(sorted[i]!, field, value) : [])];
        }),
        ...duplicates(
          named.map((n) => ({ id: `${slug}/wetten`, filePath: `content/gemeenten/${slug}/wetten.yaml`, law: n.law })),
          'law',
          (n) => n.law,
        ),
      ]);
      return {
        slug,
        edition,
        ...own,
        laws: named.map(({ law, ...rest }) => ({ law: lawById.get(law)!, ...rest })),
        datasets: ofEdition(datasets, slug),
      };
    });
  return { content, laws: laws.sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl')) };
}

let cache: ReturnType<typeof load> | undefined;

/** All editions of this build, checked across files, loaded once per build. */
export async function getEditions(): Promise<EditionContent[]> {
  cache ??= load();
  return (await cache).content;
}

/** One edition by slug. */
export async function getEdition(slug: string): Promise<EditionContent> {
  const found = (await getEditions()).find((e) => e.slug === slug);
  if (!found) throw new AstroError(`There is no edition "${slug}".`, `Add content/gemeenten/${slug}/gemeente.yaml.`);
  return found;
}

/** The laws this build publishes: every law, or in a single-edition build those it names. */
export async function getLaws(single?: string): Promise<LawEntry[]> {
  cache ??= load();
  const { content, laws } = await cache;
  if (!single) return laws;
  const named = new Set(content.flatMap((c) => c.laws.map((n) => n.law.id)));
  return laws.filter((l) => named.has(l.id));
}

/** The slug part of an entry id "<edition>/<slug>". */
export const slugOf = (entry: { id: string }) => entry.id.split('/')[1]!;
