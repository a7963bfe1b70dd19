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
});

/** begrippen.yaml: the shared glossary, or an edition's own. */
export const glossarySchema = strict({
  terms: list(term, 'Start each term on a line of its own with "- term: ".').min(1, { error: 'is empty. Add a term, or remove begrippen.yaml.' }),
});

export type Term = z.output<typeof term>;
