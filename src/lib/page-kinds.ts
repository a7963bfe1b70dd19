import { capitalize } from './text';
import type { Section } from './urls';

/**
 * Kinds of page: the values of search's "soort" filter (stable, in URLs), with a label for one
 * page and one for the filter. A building block shows its edition's own word instead of `one`.
 */
export const PAGE_KINDS = {
  bouwsteen: { one: 'Bouwsteen', filter: "Bouwstenen (pijlers, thema's, principes)" },
  piramidelaag: { one: 'Laag van de piramide', filter: 'Lagen van de piramide' },
  hoofdstuk: { one: 'Hoofdstuk', filter: 'Hoofdstukken' },
  bijlage: { one: 'Bijlage', filter: 'Bijlagen' },
  wet: { one: 'Wet', filter: 'Wetten' },
  begrip: { one: 'Begrippen', filter: 'Begrippen' },
  cijfers: { one: 'Cijfers', filter: 'Cijfers' },
  thema: { one: 'Thema', filter: "Thema's (alle gemeenten samen)" },
  overzicht: { one: 'Overzicht', filter: 'Overzichten' },
} as const;

export type PageKind = keyof typeof PAGE_KINDS;

export const isPageKind = (value: string): value is PageKind => Object.hasOwn(PAGE_KINDS, value);

/** The kind of one page in an edition's section. */
export const SECTION_KINDS: Partial<Record<Section, PageKind>> = {
  pijlers: 'bouwsteen',
  piramide: 'piramidelaag',
  hoofdstukken: 'hoofdstuk',
  bijlagen: 'bijlage',
  cijfers: 'cijfers',
  begrippen: 'begrip',
};

/** What a reader sees for a page's kind; a building block in the edition's own word ("Pijler"). */
export function kindLabel(kind: PageKind, pillarWord?: string): string {
  return capitalize(kind === 'bouwsteen' && pillarWord ? pillarWord : PAGE_KINDS[kind].one);
}
