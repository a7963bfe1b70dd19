import { z } from 'astro/zod';
import { list, partialDate, strict, text, wordList } from './fields';

/** Policy domains the law register can be filtered by. */
export const LAW_DOMAINS = {
  werk: 'Werk en inkomen',
  zorg: 'Zorg en ondersteuning',
  jeugd: 'Jeugd en gezin',
  onderwijs: 'Onderwijs',
  gezondheid: 'Gezondheid',
  wonen: 'Wonen en leefomgeving',
  veiligheid: 'Veiligheid',
  privacy: 'Privacy',
  inclusie: 'Inclusie en meedoen',
} as const;

const domains = Object.keys(LAW_DOMAINS) as [keyof typeof LAW_DOMAINS, ...(keyof typeof LAW_DOMAINS)[]];

/** How the official text is found: a Dutch law by BWB id, an EU act by CELEX number, an amending act by Staatsblad. */
const identifier = z.union(
  [
    strict({
      /** BWB id of a Dutch law on wetten.overheid.nl: "BWBR0034925". */
      bwb: z.string().regex(/^BWBR\d{7}$/, { error: 'must look like "BWBR0034925".' }),
    }),
    strict({
      /** CELEX number of an EU act on EUR-Lex: "32016R0679". */
      celex: z.string().regex(/^3\d{4}[RLD]\d{4}$/, { error: 'must look like "32016R0679".' }),
    }),
    strict({
      /** Staatsblad year and number of an act that changed other laws: "2019-219". */
      staatsblad: z.string().regex(/^\d{4}-\d+$/, { error: 'must look like "2019-219" (year-number).' }),
    }),
  ],
  { error: 'must be one of: { bwb: "BWBR0034925" }, { celex: "32016R0679" } or { staatsblad: "2019-219" }.' },
);

/** content/wetten/<slug>.yaml: one law of the national register, shared by all editions. */
export const lawSchema = strict({
  /** Name of the law as people use it: "Wet maatschappelijke ondersteuning 2015". */
  name: text('Write the name of the law.'),
  /** Official citation title where it differs from the name. Default: the name. */
  officialTitle: z.string().optional(),
  /** Abbreviation: "Wmo 2015". Default: none. */
  abbreviation: z.string().optional(),
  /** Where the official text is. */
  identifier,
  /** Domains for the register's filter. */
  domains: list(z.enum(domains, { error: `must be one of: ${domains.join(', ')}.` }), wordList('domains', 'jeugd, zorg')).min(1, {
    error: `needs at least one domain: ${domains.join(', ')}.`,
  }),
  /** What the law asks of a municipality, in plain words. */
  municipalityRole: text('Write in plain words what this law asks of a municipality.'),
  /**
   * When the law took effect: 2015-01-01, or 2015-01 / 2015 when that is all we could verify. A law
   * that was renamed keeps the date it first took effect (the Participatiewet: 2004-01-01, as Wet werk
   * en bijstand); an act that changed other laws, the date its main part took effect; an EU regulation,
   * the date it applies from.
   */
  inForce: partialDate('Write the date the law took effect, as 2015-01-01, or 2015-01 or 2015 when the official source gives no more.'),
  /** When we last checked this entry against the current official text: 2026-12-01. Shown on the law's page. */
  checked: partialDate('Write the date you last checked this entry against the official text, as 2026-12-01.'),
  /**
   * For an act that changed other laws: the ids of the laws in the register it changed. Each must have
   * existed when the act took effect (its inForce no later than the act's). Default: none.
   */
  amends: list(z.string(), wordList('amends', 'jeugdwet, wmo-2015')).optional(),
  /** Laws the act changed that the register does not hold (repealed since, or not about municipalities), by name; shown without a link. Default: none. */
  alsoAmends: list(text('Write the name of the law the act changed.'), 'Start each name on a line of its own with "- ".').optional(),
  /** Words residents use for this law's subject, indexed by search but not shown. Default: none. */
  searchWords: list(z.string(), wordList('searchWords', 'schulden, geldzorgen')).optional(),
});

/** gemeenten/<slug>/wetten.yaml: the laws an edition names, each with its own reason. */
export function editionLawsSchema(knownLaws: readonly string[]) {
  const law = z.string({ error: 'is missing. Write the id of a law from content/wetten/ (its file name without .yaml).' }).refine(
    (id) => knownLaws.includes(id),
    { error: (issue) => `"${String(issue.input)}" is not in the law register. Use the file name of a law in content/wetten/ (one of: ${knownLaws.join(', ')}), or add the law there first.` },
  );
  return strict({
    laws: list(
      strict({
        /** Id of the law in the register (file name in content/wetten/). */
        law,
        /** How the vision uses this law, in our own words. */
        reason: text('Write how this vision uses the law.'),
        /** What the source says the law asks, where the vision says it. Default: none. */
        obligation: z.string().optional(),
        /** The name as the source writes it, where it differs from the register. Default: none. */
        asWritten: z.string().optional(),
        /** What is known where the source is unclear or wrong. Default: none. */
        note: z.string().optional(),
      }),
      'Start each law on a line of its own with "- law: ", followed by its reason.',
    ).min(1, { error: 'is empty. List the laws this vision names, or remove wetten.yaml.' }),
  });
}

export type Law = z.output<typeof lawSchema>;
