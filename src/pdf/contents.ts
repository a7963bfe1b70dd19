/**
 * Page numbers for the printed contents. Chromium cannot print a page number next to a contents
 * entry, so the PDF is rendered once, each entry's page is read from the PDF's own bookmarks (made
 * from the headings), the numbers are filled in and the PDF is rendered again.
 */
import type { Bookmark } from './read.ts';

/** An entry of the contents: the id and text of the heading it leads to. */
export interface ContentsEntry {
  id: string;
  title: string;
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * The page of each entry, in order. Bookmarks follow the headings in document order, and titles
 * can repeat ("Inleiding" in two annexes), so each entry takes the first matching bookmark after
 * the previous entry's. An entry without a bookmark is an error: its number would be a guess.
 */
export function contentsPages(entries: ContentsEntry[], bookmarks: Bookmark[]): Record<string, number> {
  const pages: Record<string, number> = {};
  let from = 0;
  for (const entry of entries) {
    const at = bookmarks.findIndex((b, i) => i >= from && same(b.title, entry.title));
    if (at < 0) throw new Error(`The PDF has no bookmark for the contents entry "${entry.title}" (#${entry.id}), so its page is unknown.`);
    pages[entry.id] = bookmarks[at]!.page;
    from = at + 1;
  }
  return pages;
}
