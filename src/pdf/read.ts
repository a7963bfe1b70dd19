/**
 * Reads a PDF as a reader's program sees it, with PDF.js (Mozilla's reader): its bookmarks, tags,
 * metadata, text and links. Only reads: a library that rewrites a PDF can drop its tags. The build
 * uses the bookmarks to number the contents; the PDF gate checks everything else.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

type Doc = Awaited<ReturnType<typeof getDocument>['promise']>;

/** One bookmark: its title and the page it opens (from 1). */
export interface Bookmark {
  title: string;
  page: number;
}

/** A link on a page: a web address, or a place in the document itself. */
export interface PdfLink {
  page: number;
  url?: string | undefined;
  internal: boolean;
}

export interface PdfFacts {
  pages: number;
  /** The document information (Title, Author, Subject, ...) and the catalogue's Language. */
  info: Record<string, unknown>;
  /** The catalogue's /MarkInfo says the document is tagged. */
  marked: boolean;
  /** Pages that have a structure tree (tags) of their own. */
  structuredPages: number;
  bookmarks: Bookmark[];
  /** Each page's text, whitespace made single spaces. */
  text: string[];
  links: PdfLink[];
}

/** Opens the PDF, runs `read` on it, and frees PDF.js's resources whatever happens. */
async function withDocument<T>(bytes: Uint8Array, read: (doc: Doc) => Promise<T>): Promise<T> {
  // PDF.js takes the buffer over: give it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    return await read(await task.promise);
  } finally {
    await task.destroy();
  }
}

/** The page (from 1) a destination opens: named or explicit. */
async function pageOf(doc: Doc, dest: string | unknown[] | null): Promise<number | undefined> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  const target = explicit?.[0];
  if (target === undefined || target === null) return undefined;
  // An explicit destination names its page by reference or, in some writers, by index.
  return typeof target === 'number' ? target + 1 : (await doc.getPageIndex(target as Parameters<Doc['getPageIndex']>[0])) + 1;
}

async function bookmarksOf(doc: Doc): Promise<Bookmark[]> {
  type Item = Awaited<ReturnType<Doc['getOutline']>>[number];
  const walk = async (items: Item[]): Promise<Bookmark[]> => {
    const out: Bookmark[] = [];
    for (const item of items) {
      const page = await pageOf(doc, item.dest);
      if (page !== undefined) out.push({ title: item.title.replace(/\s+/g, ' ').trim(), page });
      out.push(...(await walk(item.items as Item[])));
    }
    return out;
  };
  return walk((await doc.getOutline()) ?? []);
}

/** The bookmarks in document order, flattened (enough to number the contents), the document information and the page count. */
export async function readOutline(bytes: Uint8Array): Promise<{ bookmarks: Bookmark[]; info: Record<string, unknown>; pages: number }> {
  return withDocument(bytes, async (doc) => ({ bookmarks: await bookmarksOf(doc), info: (await doc.getMetadata()).info as Record<string, unknown>, pages: doc.numPages }));
}

/** Everything the PDF gate checks, page by page. */
export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  return withDocument(bytes, async (doc) => {
    const { info } = await doc.getMetadata();
    const markInfo = await doc.getMarkInfo();
    const text: string[] = [];
    const links: PdfLink[] = [];
    let structuredPages = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const words = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''));
      text.push(words.join('').replace(/\s+/g, ' ').trim());
      if (await page.getStructTree()) structuredPages++;
      for (const annotation of (await page.getAnnotations()) as { subtype: string; url?: string; dest?: unknown }[]) {
        if (annotation.subtype === 'Link') links.push({ page: n, url: annotation.url, internal: annotation.dest !== undefined && annotation.dest !== null });
      }
    }
    return {
      pages: doc.numPages,
      info: info as Record<string, unknown>,
      // Typed as an object, returned as a Map by this version: read either.
      marked: (markInfo instanceof Map ? markInfo.get('Marked') : markInfo?.Marked) === true,
      structuredPages,
      bookmarks: await bookmarksOf(doc),
      text,
      links,
    };
  });
}
