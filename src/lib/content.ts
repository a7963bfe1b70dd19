import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkThemes } from './themes/check';
import { amendsLaterLaws, duplicates, gaps, orphans, type Problem } from './validate';

export type EditionEntry = CollectionEntry<'editions'>;
export type PillarEntry = CollectionEntry<'pillars'>;
export type LayerEntry = CollectionEntry<'layers'>;
export type AnnexEntry = CollectionEntry<'annexes'>;
export type ChapterEntry = CollectionEntry<'chapters'>;
export type LawEntry = CollectionEntry<'laws'>;
export type DatasetEntry = CollectionEntry<'datasets'>;
/** Any page of an edition written in MDX. */
export type PageEntry = PillarEntry | LayerEntry | AnnexEntry | ChapterEntry;

/** A law as one edition names it: the register entry with the edition's reason. */
export interface NamedLaw {
  law: LawEntry;
  reason: string;
  obligation?: string;
  asWritten?: string;
  note?: string;
}

/** Everything one edition publishes, sorted in reading order. */
export interface EditionContent {
  slug: string;
  edition: EditionEntry;
  pillars: PillarEntry[];
  layers: LayerEntry[];
  annexes: AnnexEntry[];
  chapters: ChapterEntry[];
  laws: NamedLaw[];
  datasets: DatasetEntry[];
}

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;
const ofEdition = <T extends { id: string }>(entries: T[], slug: string) => entries.filter((e) => e.id.startsWith(`${slug}/`));

function fail(problems: Problem[]): void {
  if (problems.length === 0) return;
  throw new AstroError(problems.map((p) => p.message).join('\n'), [...new Set(problems.map((p) => p.hint))].join(' '));
}

async function load() {
  const [editions, pillars, layers, annexes, chapters, laws, editionLaws, datasets, themes, editionThemes] = await Promise.all([
    getCollection('editions'),
    getCollection('pillars'),
    getCollection('layers'),
    getCollection('annexes'),
    getCollection('chapters'),
    getCollection('laws'),
    getCollection('editionLaws'),
    getCollection('datasets'),
    getCollection('themes'),
    getCollection('editionThemes'),
  ]);
  const slugs = new Set(editions.map((e) => e.id));
  fail(orphans([...pillars, ...layers, ...annexes, ...chapters, ...datasets], slugs));
  fail(checkThemes({ themes: themes.map((t) => t.id), editionThemes, pillars, layers, chapters, annexes, datasets }));
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
      const own = {
        pillars: ofEdition(pillars, slug).sort(byOrder),
        layers: ofEdition(layers, slug).sort(byOrder),
        annexes: ofEdition(annexes, slug).sort((a, b) => a.data.number - b.data.number),
        chapters: ofEdition(chapters, slug).sort(byOrder),
      };
      const named = editionLaws.find((e) => e.id === slug)?.data.laws ?? [];
      fail([
        ...duplicates(own.pillars, 'order', (e) => e.data.order),
        ...gaps(own.pillars, 'order', (e) => e.data.order),
        ...duplicates(own.layers, 'order', (e) => e.data.order),
        ...gaps(own.layers, 'order', (e) => e.data.order),
        ...duplicates(own.annexes, 'number', (e) => e.data.number),
        ...duplicates(own.chapters, 'order', (e) => e.data.order),
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
