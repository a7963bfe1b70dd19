/**
 * Whether each file of content/ reads as its author meant, before Astro reads it in its own way:
 * UTF-8 only (a Latin-1 file would publish "offici\uFFFDle" or fail as "No such file"), YAML that
 * parses (with the file and line, where the parser names neither), and dates on the calendar
 * (YAML turns an unquoted 2025-13-45 into 14 February 2026 before any schema sees it).
 */
import { AstroError } from 'astro/errors';
import { calendarProblem } from '../format/dates';
import type { ContentProblem } from './layout';
import { parseYamlFile } from './yaml-file';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a file, or the line of its first byte that is not UTF-8. */
function decode(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    return { badLine: loose.slice(0, loose.indexOf('\uFFFD')).split('\n').length };
  }
}

/** How YAML 1.1 (which Astro's reader follows) writes a date that it turns into a Date. */
const YAML_DATE = /^\d{4}-\d\d-\d\d$/;

/** Every value of a YAML document that reads as a date but is not on the calendar, with its field path. */
function impossibleDates(value: unknown, path: string[] = []): { field: string; value: string; problem: string }[] {
  if (typeof value === 'string') {
    const problem = YAML_DATE.test(value) ? calendarProblem(value) : undefined;
    return problem ? [{ field: path.join('.'), value, problem }] : [];
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => impossibleDates(v, [...path, key]));
  return [];
}

/** The YAML front matter of an MDX page, and the line its first field is on. */
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/;

/** What is wrong with one text file of content/ (`file` is how the message names it). */
export function textFileProblems(file: string, bytes: Uint8Array): ContentProblem[] {
  const decoded = decode(bytes);
  if ('badLine' in decoded) {
    return [
      {
        file,
        problem: `is not saved as UTF-8: line ${decoded.badLine} has a character in another encoding (often Windows-1252 or Latin-1, from Word or Excel).`,
        fix: 'Open the file in your editor and save it with the encoding "UTF-8".',
      },
    ];
  }
  const yaml = file.endsWith('.yaml') ? { text: decoded.text, offset: 0 } : file.endsWith('.mdx') ? { text: FRONTMATTER.exec(decoded.text)?.[1], offset: 1 } : undefined;
  if (!yaml?.text) return [];
  let data: unknown;
  try {
    data = parseYamlFile(yaml.text, file, undefined, yaml.offset);
  } catch (error) {
    if (!(error instanceof AstroError)) throw error;
    return [{ file, problem: error.message.slice(file.length + 2), fix: error.hint ?? '' }];
  }
  return impossibleDates(data).map(({ field, value, problem }) => ({
    file,
    problem: `${field}: ${value} is not on the calendar: ${problem}.`,
    fix: 'Write the date as 2025-10-01, or 2025-10 or 2025 when the source gives no day.',
  }));
}
