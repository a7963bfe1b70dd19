import { z } from 'astro/zod';
import { list, strict, text, wordList } from './fields';

/** One term of a glossary. */
const term = strict({
  /** The term as it is written in the text: "maatwerkvoorziening". */
  term: text('Write the term.'),
  /** A short plain definition, one or two sentences. */
  definition: text('Write a short plain definition of the term.'),
  /** Other forms of the term in the text: "maatwerkvoorzieningen". Default: none. */
  aliases: list(z.string(), wordList('aliases', 'maatwerkvoorzieningen, maatwerk')).optional(),
  /**
   * In an edition's begrippen.yaml: true when this term deliberately replaces the shared term
   * with the same word (content/begrippen.yaml) for this edition. Default: false; a word defined
   * in both without it stops the build.
   */
  override: z.boolean({ error: 'must be true or false.' }).optional(),
});

/** begrippen.yaml: the shared glossary, or an edition's own. */
export const glossarySchema = strict({
  terms: list(term, 'Start each term on a line of its own with "- term: ".').min(1, { error: 'is empty. Add a term, or remove begrippen.yaml.' }),
});

export type Term = z.output<typeof term>;
