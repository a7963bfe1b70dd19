import { z } from 'astro/zod';
import { houseColour, partialDate, strict, text, textList } from './fields';

/**
 * The kinds of document an edition can publish: `label` says what it is, `noun` and its `article`
 * how the site refers to it in running text ("Hoe het plan de wet gebruikt"), so a plan is never
 * called a vision.
 */
export const EDITION_KINDS = {
  adopted: { label: 'vastgestelde visie', noun: 'visie', article: 'de' },
  final: { label: 'definitieve versie van de visie', noun: 'visie', article: 'de' },
  draft: { label: 'werkversie van de visie', noun: 'visie', article: 'de' },
  /** A vision whose source does not say whether it was adopted: no status is claimed. */
  unstated: { label: 'visie', noun: 'visie', article: 'de' },
  plan: { label: 'plan van aanpak voor de visie', noun: 'plan', article: 'het' },
  /** Material on how a vision will be written (a slide deck), not the vision itself. */
  outline: { label: 'opzet voor het schrijven van de visie', noun: 'opzet', article: 'de' },
} as const;

export type EditionKind = keyof typeof EDITION_KINDS;

/** "de visie", "het plan"; with `near`: "deze visie", "dit plan". */
export function documentNoun(kind: EditionKind, near = false): string {
  const { noun, article } = EDITION_KINDS[kind];
  return `${near ? (article === 'het' ? 'dit' : 'deze') : article} ${noun}`;
}

/** The commitments heading where the source has no heading of its own: the list is our summary. */
export const SUMMARY_COMMITMENTS = 'Wat de gemeente wil doen (samenvatting van de redactie)';

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
  /**
   * Kind of document, only as far as the source supports it: adopted (vastgestelde visie), final
   * (definitive text, adoption not stated), draft (werkversie), unstated (a vision; the source
   * gives no status), plan (plan van aanpak) or outline (how a vision will be written).
   */
  kind: z.enum(kinds, { error: `must be one of: ${kinds.join(', ')}.` }),
  /** When the document was adopted or written, as the source states it. Default: none (the source gives no date). */
  date: partialDate().optional(),
  /** The official source document. */
  source,
  /**
   * Two or three plain sentences (B1) on what the vision is about: the home page's opening and its
   * meta description. Notes about this edition belong in `editorial`, never here.
   */
  about: text('Write two or three plain sentences on what the vision is about. Notes about this edition go in "editorial".'),
  /** The mission in one or two plain sentences, only where the source states one. Default: none. */
  mission: z.string().trim().min(1, { error: 'is empty. Write the mission, or leave the field out when the source states none.' }).optional(),
  /**
   * What readers should know about this edition, shown on the home page under "Over deze
   * leesversie": what the source lacks, what we inferred, outside information, errors in the
   * source. One plain sentence or short paragraph per item. Default: none.
   */
  editorial: textList('Write each note about this edition as a list item.').optional(),
  /** What the building blocks are called in this edition. Default: pijler/pijlers. */
  labels: strict({
      /** Word for the building blocks under pijlers/: pijler, leidend principe, opgave, G. */
      pillar: word.default({ singular: 'pijler', plural: 'pijlers' }),
      /**
       * Heading above a building block's commitments: the source's own heading where it has one
       * ("Dit is onze inzet"). Default: a heading that says the list is our summary.
       */
      commitments: z.string().default(SUMMARY_COMMITMENTS),
    })
    .default({ pillar: { singular: 'pijler', plural: 'pijlers' }, commitments: SUMMARY_COMMITMENTS }),
  /** House colour as "#rrggbb"; white text and light panels must reach 4.5:1 with it. */
  colour: houseColour(),
});

export type Edition = z.output<typeof editionSchema>;
