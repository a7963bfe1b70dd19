/** The word with its first letter as a capital, for a label at the start of a line: "Pijlers". */
export const capitalize = (word: string) => word.replace(/^./, (c) => c.toUpperCase());

/** Dutch enumeration: "a", "a en b", "a, b en c". */
export function listNl(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}
