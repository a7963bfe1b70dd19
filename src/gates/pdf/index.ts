/**
 * The PDF gate: what an edition's PDF must be for a reader, a screen reader and a council's
 * archive, read back with PDF.js (src/pdf/read.ts). Each problem starts with the name of its check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { coverFacts, documentInfo, statusLine, type DocumentInfo } from '../../lib/document.ts';
import type { Urls } from '../../lib/urls.ts';
import { readPdf, type PdfFacts } from '../../pdf/read.ts';
import { editionSchema } from '../../schemas/edition.ts';
import { attr, elements, hasClass, parseHtml, textOf } from '../../lib/html/document.ts';

export interface PdfExpectation {
  info: DocumentInfo;
  /** The chapters in reading order, as the contents names them: each needs a bookmark, a page of its own and its number in the contents. */
  chapters: string[];
  /** Text the cover (page 1) shows: whose vision, its status, the source, the site address. */
  cover: string[];
  /** The largest size in bytes a resident should have to download. */
  maxBytes: number;
}

/** The budget of one PDF: a resident on a phone downloads it. */
export const PDF_MAX_BYTES = 1_500_000;

/**
 * What an edition's built PDF must hold: the metadata and cover facts from its gemeente.yaml,
 * the chapters from the contents of its built whole-vision page.
 */
export function editionExpectation(content: string, dist: string, edition: string, urls: Urls, site: string): PdfExpectation {
  const data = editionSchema.parse(load(readFileSync(join(content, 'gemeenten', edition, 'gemeente.yaml'), 'utf8')));
  const page = parseHtml(readFileSync(join(dist, urls.edition(edition, 'volledig'), 'index.html'), 'utf8'));
  const contents = elements(page).find((el) => el.tagName === 'nav' && hasClass(el, 'doc-contents'));
  const address = new URL(urls.edition(edition), site).href;
  return {
    info: documentInfo(data),
    chapters: contents ? elements(contents).filter((el) => el.tagName === 'a' && attr(el, 'href')?.startsWith('#')).map((a) => textOf(a)) : [],
    cover: [`Gemeente ${data.name}`, data.title, statusLine(data), ...coverFacts(data, address).map((fact) => fact.value)],
    maxBytes: PDF_MAX_BYTES,
  };
}

/** Every check, by the name its problems start with. */
export const PDF_CHECKS = ['tagged', 'structure', 'bookmarks', 'metadata', 'language', 'pages', 'contents', 'paths', 'links', 'cover', 'size'] as const;
export type PdfCheck = (typeof PDF_CHECKS)[number];

/** A site path printed as text: "(/zuidplas/piramide/eigen-kracht/)". A URL's own path does not count. */
const SITE_PATH = /(?:^|[\s(“"'])(\/(?:[\w-]+\/)+[\w#-]*)/;

/** Text compared without its spaces: a line can wrap anywhere in a long address. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

const LOOPBACK = /^https?:\/\/(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?\//i;

type Check = (facts: PdfFacts, expected: PdfExpectation, bytes: number) => string[];

/** The first bookmark with each chapter's title, in order (titles may repeat). */
function chapterBookmarks(facts: PdfFacts, chapters: string[]) {
  let from = 0;
  return chapters.map((title) => {
    const at = facts.bookmarks.findIndex((b, i) => i >= from && b.title === normal(title));
    if (at >= 0) from = at + 1;
    return { title, page: at >= 0 ? facts.bookmarks[at]!.page : undefined };
  });
}

const CHECKS: Record<PdfCheck, Check> = {
  tagged: (f) => (f.marked ? [] : ['the catalogue has no /MarkInfo << /Marked true >>: readers treat it as untagged']),
  structure: (f) => (f.structuredPages === f.pages ? [] : [`${f.pages - f.structuredPages} of ${f.pages} pages have no structure tree (tags)`]),
  bookmarks: (f, e) => chapterBookmarks(f, e.chapters).flatMap((c) => (c.page ? [] : [`no bookmark titled "${c.title}"`])),
  metadata: (f, e) =>
    (['Title', 'Author', 'Subject'] as const).flatMap((key) => {
      const want = e.info[key.toLowerCase() as keyof DocumentInfo];
      return f.info[key] === want ? [] : [`${key} is ${JSON.stringify(f.info[key] ?? null)}, expected "${want}"`];
    }),
  language: (f) => (f.info.Language === 'nl' ? [] : [`the document language is ${JSON.stringify(f.info.Language ?? null)}, expected "nl"`]),
  pages: (f, e) => {
    // Cover, contents, then each chapter on a page of its own: chapter pages rise strictly from page 3.
    const pages = chapterBookmarks(f, e.chapters).map((c) => c.page ?? 0);
    const rising = pages.every((p, i) => p > (i === 0 ? 2 : pages[i - 1]!));
    return rising && f.pages >= e.chapters.length + 2 ? [] : [`${f.pages} pages; chapters start on pages ${pages.join(', ')}: each must start on a new page after the cover and the contents`];
  },
  contents: (f, e) => {
    const chapters = chapterBookmarks(f, e.chapters);
    const first = chapters[0]?.page ?? f.pages + 1;
    const contents = squeeze(f.text.slice(1, first - 1).join(' '));
    return chapters.flatMap((c) => (c.page && contents.includes(squeeze(`${c.title} ${c.page}`)) ? [] : [`the contents do not give "${c.title}" with page ${c.page ?? '?'}`]));
  },
  paths: (f) =>
    f.text.flatMap((text, i) => {
      const path = SITE_PATH.exec(text)?.[1];
      return path ? [`page ${i + 1} prints the site path ${path}`] : [];
    }),
  links: (f, e) => {
    const local = f.links.filter((l) => !l.internal && (!l.url || LOOPBACK.test(l.url)));
    const internal = f.links.filter((l) => l.internal).length;
    return [
      ...local.map((l) => `page ${l.page} links to ${l.url ?? 'nowhere'}, not to the document or the published site`),
      ...(internal >= e.chapters.length ? [] : [`${internal} links within the document; the contents alone should give ${e.chapters.length}`]),
    ];
  },
  cover: (f, e) => e.cover.flatMap((fact) => (squeeze(f.text[0] ?? '').includes(squeeze(fact)) ? [] : [`page 1 does not say "${fact}"`])),
  size: (_, e, bytes) => (bytes <= e.maxBytes ? [] : [`${bytes} bytes, the budget is ${e.maxBytes}`]),
};

/** What is wrong with a PDF, as "check: problem" lines; none when it passes. */
export async function pdfProblems(pdf: Uint8Array, expected: PdfExpectation): Promise<string[]> {
  const facts = await readPdf(pdf);
  return PDF_CHECKS.flatMap((name) => CHECKS[name](facts, expected, pdf.length).map((problem) => `${name}: ${problem}`));
}
