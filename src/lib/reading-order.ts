import type { EditionContent, PageEntry } from './content';
import type { Section } from './urls';

/** One page of an edition's text, with the section its URL is in. */
export interface Part {
  section: Section;
  entry: PageEntry;
}

/** The pages of a vision in reading order: chapters before, the pyramid, the building blocks, chapters after, annexes. */
export function readingOrder(edition: EditionContent): Part[] {
  const chapters = (position: 'before' | 'after') =>
    edition.chapters.filter((c) => c.data.position === position).map((entry): Part => ({ section: 'hoofdstukken', entry }));
  return [
    ...chapters('before'),
    ...edition.layers.map((entry): Part => ({ section: 'piramide', entry })),
    ...edition.pillars.map((entry): Part => ({ section: 'pijlers', entry })),
    ...chapters('after'),
    ...edition.annexes.map((entry): Part => ({ section: 'bijlagen', entry })),
  ];
}
