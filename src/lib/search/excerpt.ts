/** One piece of a search excerpt: plain text, or a matched word to highlight. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/**
 * Pagefind's excerpt is HTML: escaped text with <mark> around matches. Split into text parts,
 * so a page renders it with textContent and no page text is ever parsed as HTML.
 */
export function excerptParts(html: string): ExcerptPart[] {
  return html
    .split(/(<mark>.*?<\/mark>)/s)
    .filter(Boolean)
    .map((piece) => {
      const mark = piece.startsWith('<mark>');
      const text = (mark ? piece.slice(6, -7) : piece).replace(/<[^>]*>/g, '').replace(/&(#?\w+);/g, (all, name: string) => ENTITIES[name] ?? all);
      return { text, mark };
    });
}
