/**
 * Whether a search found the words asked for, or only words like them. Pagefind answers a word
 * no page contains with pages whose words start like it ("wijkcoach" finds "wijk"): those are
 * near matches, and the results page says so instead of counting them as hits.
 */
import { excerptParts } from './excerpt';

/** Endings a searched word may have that the text lacks: Pagefind stems "mantelzorgers" to "mantelzorger". */
const ENDINGS = ["'s", '’s', 's', 'en', 'e', 'n'];

/** The words of a search, in lower case, without quotes and punctuation. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ''))
    .filter(Boolean);
}

/** The word without one Dutch ending, also undoubled: "plannen" → "plann", "plan". */
function stems(word: string): string[] {
  return ENDINGS.filter((end) => word.length > end.length + 2 && word.endsWith(end)).flatMap((end) => {
    const stem = word.slice(0, -end.length);
    return /([^aeiou])\1$/.test(stem) ? [stem, stem.slice(0, -1)] : [stem];
  });
}

/** Whether a text holds the word, or the word without one Dutch ending ("mantelzorgers" in "mantelzorger"). */
export function holds(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  return [word, ...stems(word)].some((form) => lower.includes(form));
}

/** The words of a search that none of the texts holds: each a near match at best. */
export function missingWords(query: string, texts: string[]): string[] {
  return queryWords(query).filter((word) => !texts.some((text) => holds(text, word)));
}

/** The first word Pagefind marked in an excerpt: what a near match matched instead ("wijk"). */
export function firstMarked(excerpt: string): string | undefined {
  const marked = excerptParts(excerpt).find((part) => part.mark);
  return marked ? queryWords(marked.text)[0] : undefined;
}
