/** One line of the A–Z index: a page or a law. */
export interface AzEntry {
  title: string;
  href: string;
  /** Where it belongs and what it is: "Zuidplas · Pijler", "Wet". */
  context: string;
}

/** A letter of the index with its entries, in Dutch alphabetical order. */
export interface AzLetter {
  letter: string;
  /** Id of the letter's heading: "letter-a", "letter-0-9". */
  id: string;
  entries: AzEntry[];
}

/** The index letter of a title: its first letter without accents; digits and signs go together. */
export function indexLetter(title: string): string {
  const first = title.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '0-9';
}

/** Dutch order; one collator for all comparisons, as a site of every municipality sorts 10,000 titles. */
const dutch = new Intl.Collator('nl');

/** Entries grouped by first letter, letters and entries sorted as a Dutch reader expects. */
export function byLetter(entries: AzEntry[]): AzLetter[] {
  const sorted = [...entries].sort((a, b) => dutch.compare(a.title, b.title) || dutch.compare(a.context, b.context));
  const letters = new Map<string, AzEntry[]>();
  for (const entry of sorted) {
    const letter = indexLetter(entry.title);
    if (!letters.has(letter)) letters.set(letter, []);
    letters.get(letter)!.push(entry);
  }
  return [...letters]
    .sort(([a], [b]) => (a === '0-9' ? -1 : b === '0-9' ? 1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, id: `letter-${letter.toLowerCase()}`, entries: list }));
}
