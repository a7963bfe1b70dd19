/**
 * The build's PDF step, over a built site: every page that announces a PDF version of itself
 * (`<link rel="alternate" type="application/pdf" href title data-author data-subject>`, the whole
 * vision) is served from the built folder, rendered in the project's Chromium and written where
 * the link says; then the links to those PDFs get their size. The astro:build:done hook runs it
 * (src/integrations/pdf.ts), and npm run bench times it.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { launchChromium } from '../lib/chromium.ts';
import { htmlFiles } from '../lib/html-files.ts';
import { serve } from '../lib/static-server.ts';
import { renderDocument } from './render.ts';
import { withPdfSizes } from './size-links.ts';

/** A page and the PDF it announces. */
interface Announced {
  /** URL path of the page, base included: "/zuidplas/volledig/". */
  page: string;
  /** URL path of the PDF, base included. */
  href: string;
  info: { title: string; author: string; subject: string };
}

export interface WrittenPdf {
  href: string;
  file: string;
  bytes: number;
  pages: number;
  seconds: number;
}

/** The build's closing line on its PDFs: "5 PDFs in 6.2 s". npm run bench reads it back (readPdfSummary). */
export const pdfSummary = (count: number, seconds: number) => `${count} PDF${count === 1 ? '' : 's'} in ${seconds.toFixed(1)} s`;

/** The seconds of the PDF step in a build's output, or 0 when it made none. */
export function readPdfSummary(output: string): number {
  const match = /(\d+) PDFs? in (\d+(?:\.\d+)?) s/.exec(output);
  return match ? Number(match[2]) : 0;
}


/** A quick test before parsing: most pages announce no PDF. */
const mayAnnounce = (html: string) => html.includes('application/pdf');

function announced(file: string, out: string, base: string): Announced | undefined {
  const html = readFileSync(file, 'utf8');
  if (!mayAnnounce(html)) return undefined;
  const link = select('head link[rel~="alternate"][type="application/pdf"]', fromHtml(html));
  if (!link) return undefined;
  const attribute = (name: string) => {
    const value = link.properties[name];
    if (typeof value !== 'string' || !value) throw new Error(`${file}: the PDF link in <head> needs ${name}.`);
    return value;
  };
  const path = relative(out, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
  return { page: `${base}${path}`, href: attribute('href'), info: { title: attribute('title'), author: attribute('dataAuthor'), subject: attribute('dataSubject') } };
}

/** The file of a URL path inside the built folder. */
function fileOf(out: string, base: string, href: string): string {
  if (!href.startsWith(base)) throw new Error(`${href} is outside the site's base path ${base}.`);
  return join(out, ...href.slice(base.length).split('/'));
}

/**
 * Renders and writes every announced PDF of the built site in `out`, then fills in the sizes of
 * the links to them. `site` is SITE_URL, `base` the base path ("/" or "/visie/"). `tabs` PDFs
 * render at once: by default two, one per core of a small build machine.
 */
export async function writeDocuments(out: string, { site, base, tabs = 2 }: { site: string; base: string; tabs?: number }): Promise<WrittenPdf[]> {
  const root = base.endsWith('/') ? base : `${base}/`;
  const pages = htmlFiles(out);
  const documents = pages.map((file) => announced(file, out, root)).filter((d) => d !== undefined);
  if (documents.length === 0) return [];

  const server = await serve(out, root);
  const browser = await launchChromium();
  const written: WrittenPdf[] = [];
  const queue = [...documents];
  const renderNext = async (): Promise<void> => {
    const document = queue.shift();
    if (!document) return;
    const start = performance.now();
    const { pdf, pages: count } = await renderDocument(browser, { url: server.url + document.page, site, info: document.info });
    const file = fileOf(out, root, document.href);
    writeFileSync(file, pdf);
    written.push({ href: document.href, file, bytes: pdf.length, pages: count, seconds: (performance.now() - start) / 1000 });
    return renderNext();
  };
  try {
    await Promise.all(Array.from({ length: tabs }, renderNext));
  } finally {
    await browser.close();
    await server.close();
  }

  const sizes = new Map(written.map((w) => [w.href, statSync(w.file).size]));
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pdf-size')) continue;
    writeFileSync(file, withPdfSizes(html, (href) => sizes.get(href)));
  }
  return written.sort((a, b) => a.href.localeCompare(b.href));
}
