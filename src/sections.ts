/**
 * The sections of the site, declared once. A section is a folder of content and the URL segment
 * of its pages (Dutch, the same word), the collection that loads it, the "soort" search files its
 * pages under, and the Dutch words a reader sees for it. Routes, the header menu, crumbs, the A–Z
 * list, search's filter, the whole vision on one page, content.config.ts, urls.ts and the tests'
 * list of expected pages all read this table: to add a section, add it here.
 *
 * Pure data and small functions, no imports of Astro or zod: the search script in the browser
 * reads the kinds from here too.
 */
import { capitalize } from './lib/format/text.ts';
import type { Edition } from './schemas/edition';
import type { Annex, Chapter, Layer, Pillar } from './schemas/page';

/** Words for a section's pages: one page in running text, the section in menus and crumbs. */
export interface Words {
  /** One page, lower case, as running text uses it: "pijler", "laag". */
  one: string;
  /** The section as a menu, crumb and index title name it: "Pijlers", "Piramide". */
  many: string;
}

interface SectionSpec {
  /** Where its content lives: an edition's folder (content/gemeenten/<gemeente>/<folder>/) or the site's (content/<folder>/). */
  scope: 'edition' | 'site';
  /** The collection in content.config.ts that loads it. */
  collection: string;
  /** Search's "soort" for its pages: a stable value in URLs (/zoeken/?soort=bouwsteen). */
  kind: string;
  /** A page of this kind, as search results and the A–Z list name it: "Laag van de piramide". */
  kindLabel: string;
  /** Search's filter option for the kind: "Lagen van de piramide". */
  filterLabel: string;
  /** Its words; a function when the edition names them itself (its building blocks). */
  words: Words | ((edition: Edition) => Words);
  /** Whether the header menu links to the section (when the edition has content there). */
  menu: boolean;
}

/** A section whose entries each have a page of their own, written in MDX. */
interface EntrySection<Data> extends SectionSpec {
  scope: 'edition';
  entries: {
    /** The field entries are ordered by, and whether its values must run 1, 2, 3 without gaps. */
    order: { field: 'order' | 'number'; gapless: boolean };
    /** Small line above an entry's title: "Pijler 2 van 4", "Bijlage 3". Default: none. */
    eyebrow?: (data: Data, count: number, words: Words) => string;
    /** Whether partners cite its pages: a share button and a citation box. */
    citable: boolean;
  };
}

/** Declares an entry section whose eyebrow reads entries of type Data; literal names stay literal types. */
const entrySection = <Data>() => <const S extends EntrySection<Data>>(spec: S): S => spec;

/**
 * The sections, in the order search's filter lists their kinds. The order a reader meets them
 * in is READING_ORDER below.
 */
export const SECTIONS = {
  pijlers: entrySection<Pillar>()({
    scope: 'edition',
    collection: 'pillars',
    kind: 'bouwsteen',
    kindLabel: 'Bouwsteen',
    filterLabel: "Bouwstenen (pijlers, thema's, principes)",
    words: (edition) => ({ one: edition.labels.pillar.singular, many: capitalize(edition.labels.pillar.plural) }),
    menu: true,
    entries: {
      order: { field: 'order', gapless: true },
      // The source's own number where it gives one ("5.1"), else the place in the order.
      eyebrow: (data, count, words) => `${capitalize(words.one)} ${data.number ?? `${data.order} van ${count}`}`,
      citable: true,
    },
  }),
  piramide: entrySection<Layer>()({
    scope: 'edition',
    collection: 'layers',
    kind: 'piramidelaag',
    kindLabel: 'Laag van de piramide',
    filterLabel: 'Lagen van de piramide',
    words: { one: 'laag', many: 'Piramide' },
    menu: true,
    entries: {
      order: { field: 'order', gapless: true },
      eyebrow: (data, count) => `Laag ${data.order} van ${count} · Maatschappelijke opgave ${data.task.number}: ${data.task.title}`,
      citable: true,
    },
  }),
  hoofdstukken: entrySection<Chapter>()({
    scope: 'edition',
    collection: 'chapters',
    kind: 'hoofdstuk',
    kindLabel: 'Hoofdstuk',
    filterLabel: 'Hoofdstukken',
    words: { one: 'hoofdstuk', many: 'Hoofdstukken' },
    menu: false,
    entries: { order: { field: 'order', gapless: false }, citable: false },
  }),
  bijlagen: entrySection<Annex>()({
    scope: 'edition',
    collection: 'annexes',
    kind: 'bijlage',
    kindLabel: 'Bijlage',
    filterLabel: 'Bijlagen',
    words: { one: 'bijlage', many: 'Bijlagen' },
    menu: true,
    entries: { order: { field: 'number', gapless: false }, eyebrow: (data) => `Bijlage ${data.number}`, citable: false },
  }),
  wetten: {
    scope: 'site',
    collection: 'laws',
    kind: 'wet',
    kindLabel: 'Wet',
    filterLabel: 'Wetten',
    words: { one: 'wet', many: 'Wetten' },
    menu: true,
  },
  begrippen: {
    scope: 'edition',
    collection: 'glossaries',
    kind: 'begrip',
    kindLabel: 'Begrippen',
    filterLabel: 'Begrippen',
    words: { one: 'begrip', many: 'Begrippen' },
    menu: false,
  },
  cijfers: {
    scope: 'edition',
    collection: 'datasets',
    kind: 'cijfers',
    kindLabel: 'Cijfers',
    filterLabel: 'Cijfers',
    words: { one: 'cijfers', many: 'Cijfers' },
    menu: true,
  },
  thema: {
    scope: 'site',
    collection: 'themes',
    kind: 'thema',
    kindLabel: 'Thema',
    filterLabel: "Thema's (alle gemeenten samen)",
    words: { one: 'thema', many: "Thema's" },
    menu: true,
  },
} as const satisfies Record<string, SectionSpec>;

export type Section = keyof typeof SECTIONS;

/** The sections whose entries have pages of their own. */
export type EntrySectionName = { [K in Section]: (typeof SECTIONS)[K] extends { entries: object } ? K : never }[Section];

export const ENTRY_SECTIONS = (Object.keys(SECTIONS) as Section[]).filter((s): s is EntrySectionName => 'entries' in SECTIONS[s]);

/**
 * A path under an edition: one of its sections (wetten: the laws it names), the whole vision on
 * one page, or its own search. In a single-edition build `wetten` and `zoeken` are the site's own
 * /wetten/ and /zoeken/, which then hold that edition alone.
 */
export type EditionPath = Section | 'volledig' | 'zoeken';

/**
 * The order a reader meets an edition's sections: on its home, in its menu and in the whole
 * vision on one page. Chapters stand before or after the pyramid and building blocks, as each
 * chapter's `position` says.
 */
export const READING_ORDER: readonly { section: Section; position?: Chapter['position'] }[] = [
  { section: 'hoofdstukken', position: 'before' },
  { section: 'piramide' },
  { section: 'pijlers' },
  { section: 'hoofdstukken', position: 'after' },
  { section: 'bijlagen' },
  { section: 'cijfers' },
  { section: 'wetten' },
  { section: 'thema' },
  { section: 'begrippen' },
];

/** The sections the header menu links to, in reading order. */
export const MENU = [...new Set(READING_ORDER.map((p) => p.section))].filter((s) => SECTIONS[s].menu);

/**
 * Kinds of page: the values of search's "soort" filter (stable, in URLs), with a label for one
 * page and one for the filter. Overview pages (lists of other pages) are a kind of no section.
 */
export const PAGE_KINDS = {
  ...Object.fromEntries(Object.values(SECTIONS).map((s) => [s.kind, { one: s.kindLabel, filter: s.filterLabel }])),
  overzicht: { one: 'Overzicht', filter: 'Overzichten' },
} as Record<(typeof SECTIONS)[Section]['kind'] | 'overzicht', { one: string; filter: string }>;

export type PageKind = keyof typeof PAGE_KINDS;

export const isPageKind = (value: string): value is PageKind => Object.hasOwn(PAGE_KINDS, value);

/** A section's words, in an edition's own terms where it has them. */
export function wordsOf(section: Section, edition?: Edition): Words {
  const words: SectionSpec['words'] = SECTIONS[section].words;
  if (typeof words !== 'function') return words;
  if (!edition) throw new Error(`The words of "${section}" depend on the edition: pass one.`);
  return words(edition);
}

/** What a reader sees for a page's kind; a building block in the edition's own word ("Leidend principe"). */
export function kindLabel(kind: PageKind, pillarWord?: string): string {
  return capitalize(kind === SECTIONS.pijlers.kind && pillarWord ? pillarWord : PAGE_KINDS[kind].one);
}
