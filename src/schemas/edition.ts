import { z } from 'astro/zod';
import { houseColour, partialDate, strict, text } from './fields';

/** The kinds of document an edition can publish. */
export const EDITION_KINDS = {
  adopted: 'vastgestelde visie',
  final: 'definitieve versie van de visie',
  draft: 'werkversie van de visie',
  plan: 'plan van aanpak voor de visie',
} as const;

const kinds = Object.keys(EDITION_KINDS) as [keyof typeof EDITION_KINDS, ...(keyof typeof EDITION_KINDS)[]];

/** Singular and plural of a word, as the edition uses it. */
const word = strict({
  /** One item, lower case: "pijler". */
  singular: text('Write the word for one item, like "pijler".'),
  /** More items, lower case: "pijlers". */
  plural: text('Write the word for more items, like "pijlers".'),
});

/** The official document the edition is based on. */
const source = strict({
  /** Title of the official document. */
  title: text('Write the title of the official document.'),
  /** Who published it, usually "Gemeente <naam>". */
  publisher: text('Write who published the document, like "Gemeente Zuidplas".'),
  /** Date of the document (or of its adoption). */
  date: partialDate().optional(),
  /** Case number (zaaknummer) where known. Default: none. */
  caseNumber: z.string().optional(),
  /** Where the official version can be found, in words (a URL is not always known). */
  where: text('Say where the official version can be found, like "op de website van de gemeente".'),
});

/** gemeente.yaml: one edition of the site, one municipality's vision. */
export const editionSchema = strict({
  /** Name of the municipality: "Zuidplas". */
  name: text('Write the name of the municipality, like "Zuidplas".'),
  /** Title of the vision, as the municipality gives it. */
  title: text('Write the title of the vision document.'),
  /** Kind of document: adopted (vastgestelde visie), final (definitive text, adoption not stated), draft, or plan (plan van aanpak). */
  kind: z.enum(kinds, { error: `must be one of: ${kinds.join(', ')}.` }),
  /** When the vision was adopted or written. */
  date: partialDate(),
  /** The official source document. */
  source,
  /** Two or three plain sentences on the home page: what kind of document, from when, where the official version is. */
  about: text('Write two or three sentences: what kind of document this is, from when, and where the official version is.'),
  /** The mission in one or two sentences, in plain words. */
  mission: text('Write the mission in one or two plain sentences.'),
  /** What the building blocks are called in this edition. Default: pijler/pijlers. */
  labels: strict({
      /** Word for the building blocks under pijlers/: pijler, leidend principe, opgave, G. */
      pillar: word.default({ singular: 'pijler', plural: 'pijlers' }),
      /** Heading above a building block's commitments. Default: "Dit is onze inzet". */
      commitments: z.string().default('Dit is onze inzet'),
    })
    .default({ pillar: { singular: 'pijler', plural: 'pijlers' }, commitments: 'Dit is onze inzet' }),
  /** House colour as "#rrggbb"; white text and light panels must reach 4.5:1 with it. */
  colour: houseColour(),
});

export type Edition = z.output<typeof editionSchema>;
