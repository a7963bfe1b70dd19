/**
 * A PDF's size is known only once it is rendered, from the built page itself, so the build fills
 * it into the links afterwards: each `<a type="application/pdf">` holds a `[data-pdf-size]` element
 * whose text ("PDF") becomes "PDF, 1,2 MB". The built file is parsed and only that text is
 * replaced, at the parser's positions; every other byte stays as Astro wrote it.
 */
import type { Element, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { fileSize } from '../lib/format/numbers.ts';

/** The label of a PDF link: its format and its size. */
export const sizeLabel = (bytes: number) => `PDF, ${fileSize(bytes)}`;

/**
 * The page with the size of each linked PDF filled in; `sizeOf` gives a PDF's bytes by its href.
 * A link to a PDF the build did not make is an error: the page would promise a file that is not there.
 */
export function withPdfSizes(html: string, sizeOf: (href: string) => number | undefined): string {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const link of selectAll('a[type="application/pdf"]', fromHtml(html))) {
    const slot = select('[data-pdf-size]', link) as Element | undefined;
    if (!slot) continue;
    const href = String(link.properties.href);
    const bytes = sizeOf(href);
    if (bytes === undefined) throw new Error(`A link promises the PDF ${href}, but the build did not make it.`);
    const [label, ...rest] = slot.children;
    const at = label?.type === 'text' ? (label as Text).position : undefined;
    if (!at || rest.length > 0 || at.start.offset === undefined || at.end.offset === undefined) {
      throw new Error(`The size slot of the link to ${href} must hold one piece of text, like <span data-pdf-size>PDF</span>.`);
    }
    edits.push({ start: at.start.offset, end: at.end.offset, text: sizeLabel(bytes) });
  }
  return edits.sort((a, b) => b.start - a.start).reduce((page, edit) => page.slice(0, edit.start) + edit.text + page.slice(edit.end), html);
}
