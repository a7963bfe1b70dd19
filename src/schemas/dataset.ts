import { z } from 'astro/zod';
import { UNKNOWN_DATE } from '../lib/format/dates';
import { SLUG, partialDate, strict, text } from './fields';
import { themeTags } from './theme';

/** A column of a dataset. */
const column = strict({
  /** Name of the column in the CSV header: lower case, no spaces ("man"). */
  key: z.string().regex(SLUG, { error: 'must be lower case letters, digits and hyphens, like "aantal-man".' }),
  /** Column heading shown in tables: "Mannen". */
  label: text('Write the column heading for tables.'),
  /** text for labels (age bands, places), number for values. */
  type: z.enum(['text', 'number'], { error: 'must be text or number.' }),
  /** Unit of the numbers where it differs from the dataset's: "%". Default: the dataset's unit. */
  unit: z.string().optional(),
});

/** cijfers/<id>.yaml: what a dataset in cijfers/<id>.csv is. */
export const datasetMetaSchema = strict({
  /** What the figures show, as a plain title. */
  title: text('Write a plain title for the figures.'),
  /** One or two sentences on what is counted and how. */
  description: text('Write one or two sentences on what is counted.'),
  /** Unit of the numbers: "inwoners", "%". */
  unit: text('Write the unit of the numbers, like "inwoners" or "%".'),
  /** Where the figures come from: organisation and publication. */
  source: text('Write where the figures come from, like "Gemeente Zuidplas, Integrale Visie, bijlage 2".'),
  /** Peildatum: the date the figures describe, or "onbekend" when the source gives none. */
  date: z.union([z.literal(UNKNOWN_DATE), partialDate('Write the peildatum as 2025-04-01 (or 2025-04, 2025), or "onbekend" when the source gives none.')]),
  /** Licence or terms of reuse, as far as known. */
  licence: text('Write the licence or terms of reuse; if the source states none, say so.'),
  /** The columns, in the order of the CSV header. */
  columns: z.array(column).min(2, { error: 'needs at least two columns: a label and a value.' }),
  /** One to three themes of content/themas.yaml the figures are about, so theme pages list them. Default: none. */
  themes: themeTags().optional(),
});

export type DatasetMeta = z.output<typeof datasetMetaSchema>;
export type Cell = string | number | null;
export type Row = Record<string, Cell>;
