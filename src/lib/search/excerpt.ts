/** One piece of a search excerpt: plain text, or a matched word to highlight. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** What the split needs of a parsed node: the browser's DOM nodes have these. */
export interface ExcerptNode {
  nodeName: string;
  textContent: string | null;
}

/**
 * Pagefind's excerpt is HTML: escaped text with <mark> around matches. The page parses it (the
 * browser's parser decodes it) and hands its nodes here, which become text parts, so a page
 * renders it with textContent and no page text is ever inserted as HTML.
 */
export function excerptParts(nodes: ArrayLike<ExcerptNode>): ExcerptPart[] {
  return Array.from(nodes, (node) => ({ text: node.textContent ?? '', mark: node.nodeName.toUpperCase() === 'MARK' })).filter((part) => part.text);
}
