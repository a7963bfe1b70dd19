import { z } from 'astro/zod';
import { strict, text } from './fields';

/**
 * Themes (thema's) are subjects that run through several visions, such as work or debts: the
 * register in content/themas.yaml, the tags on pages, goals and datasets, and each edition's own
 * summary per theme. (Not the colour theme of lib/theme.ts.)
 */

/** Where to find the list of themes, for messages. */
export const THEMES_FILE = 'content/themas.yaml';

/** The most themes one page, goal or dataset may have: more would say nothing about its focus. */
export const MAX_THEMES = 3;

/**
 * `themes: [werk, meedoen]` on a page, goal or dataset: one to three ids from content/themas.yaml.
 * Whether each id is a known theme, and whether a building block, layer or goal has the field, is
 * checked across files (lib/themes/check.ts), so the message can list the known themes.
 */
export const themeTags = () =>
  z
    .array(z.string({ error: 'must be the id of a theme, like werk.' }), {
      error: `must be a list of one to ${MAX_THEMES} theme ids, like [werk, meedoen] (see ${THEMES_FILE}).`,
    })
    .min(1, { error: `is an empty list. Tag it with one to ${MAX_THEMES} themes from ${THEMES_FILE}.` })
    .max(MAX_THEMES, { error: `has more than ${MAX_THEMES} themes. Keep the ones the text is really about.` })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'names a theme twice. Name each theme once.' });

/** content/themas.yaml: one theme, under its id (the id is its URL: /thema/<id>/). */
export function themeSchema(knownLaws: readonly string[]) {
  const law = z.string({ error: 'must be the id of a law, like jeugdwet.' }).refine((id) => knownLaws.includes(id), {
    error: (issue) =>
      `"${String(issue.input)}" is not in the law register. Use the file name of a law in content/wetten/ (one of: ${knownLaws.join(', ')}), or add the law there first.`,
  });
  return strict({
    /** Name of the theme as residents and professionals say it, in plain Dutch: "Geld, schulden en armoede". */
    title: text('Write the name of the theme in plain Dutch, like "Geld, schulden en armoede".'),
    /** One or two plain sentences on what the theme covers: shown under the title and in the list of themes. */
    description: text('Write one or two plain sentences on what the theme covers.'),
    /** Words residents use for this theme, indexed by search but not shown. Default: none. */
    searchWords: z.array(z.string({ error: 'must be text.' })).optional(),
    /** Laws of the register that belong to this theme, by id (file name in content/wetten/). Default: none. */
    laws: z.array(law, { error: 'must be a list of law ids, like [jeugdwet, wmo-2015].' }).optional(),
  });
}

/** What one vision says on one theme, in an edition's themas.yaml. */
const statement = strict({
  /** One to three plain sentences, in our own words: what this vision says on the theme. */
  summary: text('Write in one to three plain sentences what this vision says on the theme, in your own words.'),
  /**
   * Where the vision says it, beyond the pages tagged with the theme: "pijlers/inclusie" for a page,
   * "pijlers/inclusie#een-kansrijke-start" for a heading (sections: pijlers, piramide, hoofdstukken,
   * bijlagen). Headings of tagged pages go here too. Default: only the tagged pages.
   */
  links: z
    .array(z.string({ error: 'must be a path like "pijlers/inclusie#een-kansrijke-start".' }), {
      error: 'must be a list of paths, like ["pijlers/inclusie#een-kansrijke-start"].',
    })
    .min(1, { error: 'is an empty list. Name where the vision says it, or leave the field out.' })
    .optional(),
});

/**
 * gemeenten/<slug>/themas.yaml: what this vision says on the themes it covers, under the theme's
 * id. Optional: without it, a theme page shows the summaries of the pages tagged with the theme.
 */
export const editionThemesSchema = z.record(z.string(), statement, {
  error: 'must list themes by id, each with a summary: "werk: { summary: ..., links: [...] }".',
});

export type Theme = z.output<ReturnType<typeof themeSchema>>;
export type ThemeStatement = z.output<typeof statement>;
