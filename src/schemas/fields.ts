import { z } from 'astro/zod';
import { contrast, isHex } from '../lib/theme/contrast';
import { calendarProblem, PARTIAL_DATE } from '../lib/format/dates';
import { THEME } from '../lib/theme/theme';

/** A message that says what is wrong with a field and how to fix it. */
function explain(what: string, fix: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `is missing. ${fix}` : `${what} ${fix}`;
}

/** Required text of at least one character; `fix` tells the author what to write. */
export const text = (fix: string) =>
  z.string({ error: explain('must be text.', fix) }).trim().min(1, { error: `is empty. ${fix}` });

/** A whole number from `min` up. */
export const whole = (fix: string, min = 1) =>
  z
    .number({ error: explain('must be a number without quotes.', fix) })
    .int({ error: `must be a whole number. ${fix}` })
    .min(min, { error: `must be ${min} or more. ${fix}` });

/**
 * A list, with a message that shows how to write one when a single value stands where a list
 * belongs (`searchWords: gezondheid`): zod's own "expected array, received string" helps no author.
 * Optional lists are wrapped in .optional(), so the message is never about a missing list.
 */
export const list = <T extends z.ZodType>(item: T, fix: string) => z.array(item, { error: explain('must be a list.', fix) });

/** How to write a list of words, for `list`. */
export const wordList = (field: string, example: string) =>
  `Write ${field}: [${example}], or each word on a line of its own starting with "- "; a single word is a list too: [${example.split(', ')[0]}].`;

/** A list of text items (at least one). */
export const textList = (fix: string) =>
  z.array(text(fix), { error: explain('must be a list (lines starting with "- ").', fix) }).min(1, {
    error: `is an empty list. ${fix} Or leave the field out.`,
  });

/**
 * A date as precise as the source gives it: 2025-10-01, 2025-10 or 2025, on the calendar. YAML
 * reads a full date as a Date, so both forms are accepted and stored as ISO text; a Date has
 * already rolled an impossible day over, which the content check catches in the file itself
 * (src/lib/content-inventory.ts).
 */
export const partialDate = (fix = 'Write the date as 2025-10-01, or 2025-10 or 2025 when the source gives no day.') =>
  z
    .union([z.date(), z.string(), z.number()], { error: explain('must be a date.', fix) })
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)))
    .superRefine((value, ctx) => {
      const problem = /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? calendarProblem(value) : undefined;
      if (problem) ctx.addIssue({ code: 'custom', message: `${value} is not on the calendar: ${problem}. ${fix}` });
      else if (!PARTIAL_DATE.test(value)) ctx.addIssue({ code: 'custom', message: `is not a date we can read. ${fix}` });
    });

/**
 * A house colour as #rrggbb. It is the header band behind white text and the link colour on
 * light panels, so it must reach 4.5:1 against the light soft panel (and so against white).
 */
export const houseColour = () =>
  z
    .string({ error: explain('must be a colour.', 'Write it as a hex colour in quotes, like "#00657e".') })
    .refine(isHex, { error: 'must be a hex colour like "#00657e" (# and six digits 0-9 or a-f).' })
    .superRefine((hex, ctx) => {
      if (!isHex(hex)) return;
      const ratio = contrast(hex, THEME.light.soft);
      if (ratio < THEME.minContrast) {
        ctx.addIssue({
          code: 'custom',
          message: `"${hex}" has a contrast of ${ratio.toFixed(2)}:1 with white text and light backgrounds; at least ${THEME.minContrast}:1 is needed. Choose a darker shade of the house colour.`,
        });
      }
    });

/**
 * An object that rejects fields it does not know, so a typo ("titel") fails the build
 * instead of being silently ignored; the message lists the fields that are allowed.
 */
export function strict<T extends z.ZodRawShape>(shape: T) {
  const fields = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}. Check the spelling; the fields here are: ${fields}.`
        : undefined,
  });
}

/** A slug: lower-case letters, digits and hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
