import { formatDate } from '../format/dates';

/** What a citation of one page names. */
export interface CitationParts {
  /** Who published the vision: "Gemeente Zuidplas". */
  publisher: string;
  /** The edition's date (ISO, as precise as the source); "z.d." (zonder datum) when the source gives none. */
  date: string | undefined;
  /** Title of the vision. */
  vision: string;
  /** What the page is in the vision: "pijler", "laag". */
  word: string;
  title: string;
  /** The page's permanent address. */
  url: string;
}

/** "Gemeente Zuidplas (2025). <vision>, pijler <title>. <url>": ready to paste into a report. */
export const citation = (c: CitationParts) => `${c.publisher} (${c.date ? formatDate(c.date) : 'z.d.'}). ${c.vision}, ${c.word} ${c.title}. ${c.url}`;
