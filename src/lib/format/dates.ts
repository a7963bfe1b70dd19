/** Dates in content are ISO (2025-10-01), or less precise when the source is (2025-10, 2025). */

export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Why a date is not on the calendar ("2023-02-30"), or undefined when it is. YAML turns an
 * unquoted 2025-13-45 into 14 February 2026 without a word, so every date is checked as written.
 */
export function calendarProblem(iso: string): string | undefined {
  const [year, month, day] = iso.split('-').map(Number);
  if (month === undefined) return undefined;
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (day === undefined) return undefined;
  const days = new Date(Date.UTC(year!, month, 0)).getUTCDate();
  return day < 1 || day > days ? `month ${month} of ${year} has ${days} days` : undefined;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** Dutch reading form: "1 oktober 2025", "oktober 2025" or "2025". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year!;
  const name = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** Written in a dataset's `date` when the source gives no peildatum. */
export const UNKNOWN_DATE = 'onbekend';

/** A peildatum for a source line: the date, or a plain statement that the source gives none. */
export function formatPeildatum(date: string): string {
  return date === UNKNOWN_DATE ? 'niet vermeld in de bron' : formatDate(date);
}
