import { z } from 'astro/zod';
import { FIGURE_KINDS, type FigureKind } from '../charts/kinds';
import { UNKNOWN_DATE } from '../lib/format/dates';
import { SLUG, list, partialDate, strict, text } from './fields';
import { themeTags } from './theme';

/** A column of a dataset. */
const column = strict({
  /** Name of the column in the CSV header: lower case, no spaces ("man"). */
  key: z.string().regex(SLUG, { error: 'must be lower case letters, digits and hyphens, like "aantal-man".' }),
  /** Column heading shown in tables: "Mannen". */
  label: text('Write the column heading for tables.'),
  /**
   * text for labels (age bands, places), integer for counts (2821, no thousands separator),
   * decimal for figures with a decimal point (4.7). There is no "number": "2.821" would read
   * as two point eight in one column and as a count in another.
   */
  type: z.enum(['text', 'integer', 'decimal'], {
    error: (issue) =>
      issue.input === 'number'
        ? 'is "number", which reads "2.821" as 2.821. Write integer for counts (2821) or decimal for figures with a decimal point (4.7).'
        : 'must be text, integer or decimal.',
  }),
  /** Unit of the numbers where it differs from the dataset's: "%". Default: the dataset's unit. */
  unit: z.string().optional(),
  /** Lowest value the figures may have. Default: 0 for a percentage, else none. */
  min: z.number({ error: 'must be a number without quotes.' }).optional(),
  /** Highest value the figures may have. Default: 100 for a percentage, else none. */
  max: z.number({ error: 'must be a number without quotes.' }).optional(),
}).refine((c) => c.type !== 'text' || (c.min === undefined && c.max === undefined), {
  error: 'has min or max, which apply to figures only. Remove them from this text column, or make it type: integer or decimal.',
});

const columnKey = z.string().regex(SLUG, { error: 'must be the key of one of the columns, like "aantal-man".' });

/** The figure that fits the data, for the edition's figures page (/<gemeente>/cijfers/). */
const figure = strict({
  /**
   * pyramid: two sides per row on one scale (men and women per age group); bars: shares or
   * counts; line: a change over time; keyfigures: a few numbers as large tiles, where no chart fits.
   */
  kind: z.enum(Object.keys(FIGURE_KINDS) as [FigureKind, ...FigureKind[]], {
    error: `must be one of: ${Object.entries(FIGURE_KINDS).map(([k, f]) => `${k} (${f.what})`).join(', ')}.`,
  }),
  /** Column with the labels (pyramid, bars, key figures). Default: the first text column. */
  label: columnKey.optional(),
  /** Column with the numbers (bars, key figures). Default: the first number column. */
  value: columnKey.optional(),
  /** Columns of the two sides of a pyramid: left (men) and right (women). Default: the first two number columns. */
  left: columnKey.optional(),
  right: columnKey.optional(),
  /** Columns of a line: x (the years) and y (the numbers). Default: the first text and number columns. */
  x: columnKey.optional(),
  y: columnKey.optional(),
  /** Key figures: text column shown where the source gives words instead of a number ("bijna 90 procent"). */
  text: columnKey.optional(),
}).superRefine((spec, ctx) => {
  const allowed: readonly string[] = FIGURE_KINDS[spec.kind].columns;
  for (const prop of Object.keys(spec).filter((k) => k !== 'kind' && !allowed.includes(k))) {
    ctx.addIssue({ code: 'custom', path: [prop], message: `is not used by kind ${spec.kind}, which chooses its columns with ${allowed.join(', ')}. Leave it out.` });
  }
});

export type FigureSpec = z.output<typeof figure>;

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
  columns: list(column, 'Write each column on a line of its own: "- { key: aantal, label: Aantal, type: integer }".').min(2, { error: 'needs at least two columns: a label and a value.' }),
  /** The figure that fits these figures on the edition's figures page. Default: key figures. */
  chart: figure.optional(),
  /** One to three themes of content/themas.yaml the figures are about, so theme pages list them. Default: none. */
  themes: themeTags().optional(),
});

export type DatasetMeta = z.output<typeof datasetMetaSchema>;
export type Cell = string | number | null;
export type Row = Record<string, Cell>;
