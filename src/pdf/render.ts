/**
 * Renders a built page (the whole vision) to a tagged PDF in Chromium: links that point at the
 * site become links within the document or to the published site, the contents get page numbers
 * (see contents.ts), every page gets a running footer, and Author and Subject are added (info.ts).
 * Paper size and margins come from the page's own print CSS (@page in src/styles/global.css), so
 * printing from a browser and this PDF share one layout.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Browser, Page } from 'playwright-core';
import type { DocumentInfo } from '../lib/document.ts';
import { contentsPages } from './contents.ts';
import { withInfo } from './info.ts';
import { documentHref } from './links.ts';
import { readOutline } from './read.ts';

export interface RenderRequest {
  /** The page on the local server: "http://127.0.0.1:4000/zuidplas/volledig/". */
  url: string;
  /** The published site (SITE_URL), for links to pages outside the document. */
  site: string;
  info: DocumentInfo;
}

/** Three renders at most: numbers that still move after two fillings point at a layout that depends on them. */
const MAX_RENDERS = 3;

/** Chromium's fields that stay as it wrote them; Title is replaced by the vision's own title. */
const KEPT_FIELDS = ['Creator', 'Producer', 'CreationDate', 'ModDate'];

const span = (className: string | undefined, ...children: Root['children']): Element => ({
  type: 'element',
  tagName: 'span',
  properties: className ? { className: [className] } : {},
  children: children as Element['children'],
});
const text = (value: string) => ({ type: 'text' as const, value });

/**
 * The running footer: the title on the left, "pagina 3 van 40" on the right. Chromium draws it in
 * the page's bottom margin and fills the pageNumber and totalPages spans; it needs its own font
 * size and inline styles (the page's stylesheet does not reach it).
 */
export function footerTemplate(title: string): string {
  const row: Element = {
    type: 'element',
    tagName: 'div',
    properties: { style: "width:100%;margin:0 18mm;display:flex;gap:6mm;justify-content:space-between;font:8pt 'DejaVu Sans',sans-serif;color:#333" },
    children: [
      { ...span(undefined, text(title)), properties: { style: 'overflow:hidden;text-overflow:ellipsis;white-space:nowrap' } },
      { ...span(undefined, text('pagina '), span('pageNumber'), text(' van '), span('totalPages')), properties: { style: 'white-space:nowrap' } },
    ],
  };
  return toHtml(row);
}

/** Points every link of the loaded page into the document or to the published site (links.ts). */
async function pointLinks(page: Page, site: string): Promise<void> {
  const path = new URL(page.url()).pathname;
  const { hrefs, toSite, sections, ids } = await page.evaluate(() => ({
    hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
    toSite: [...document.querySelectorAll('a[href]')].map((a) => a.hasAttribute('data-site-link')),
    sections: [...document.querySelectorAll<HTMLElement>('[data-entry-page]')].map((s) => [s.dataset.entryPage!, s.id] as const),
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
  }));
  const links = { page: path, site, sections: Object.fromEntries(sections), ids: new Set(ids) };
  const pointed = hrefs.map((href, i) => documentHref(href, links, toSite[i]));
  await page.evaluate((targets) => document.querySelectorAll('a[href]').forEach((a, i) => a.setAttribute('href', targets[i]!)), pointed);
}

/** The contents entries: each [data-page-of] holds the page of the heading it names. */
const contentsEntries = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-page-of]')].map((slot) => {
      const id = slot.dataset.pageOf!;
      return { id, title: document.getElementById(id)?.textContent ?? '' };
    }),
  );

const fillPages = (page: Page, pages: Record<string, number>) =>
  page.evaluate((numbers) => {
    for (const slot of document.querySelectorAll<HTMLElement>('[data-page-of]')) slot.textContent = String(numbers[slot.dataset.pageOf!] ?? '');
  }, pages);

const samePages = (a: Record<string, number>, b: Record<string, number>) => JSON.stringify(a) === JSON.stringify(b);

/** The PDF of one page, and its number of pages. */
export async function renderDocument(browser: Browser, request: RenderRequest): Promise<{ pdf: Uint8Array; pages: number }> {
  const page = await browser.newPage();
  try {
    await page.goto(request.url, { waitUntil: 'load' });
    await pointLinks(page, request.site);
    const entries = await contentsEntries(page);
    let pages: Record<string, number> = {};
    for (let render = 1; render <= MAX_RENDERS; render++) {
      await fillPages(page, pages);
      const pdf = await page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(request.info.title),
      });
      const { bookmarks, info, pages: count } = await readOutline(pdf);
      const found = contentsPages(entries, bookmarks);
      if (samePages(found, pages)) {
        const kept = Object.fromEntries(KEPT_FIELDS.flatMap((key) => (typeof info[key] === 'string' ? [[key, info[key]]] : [])));
        const { title, author, subject } = request.info;
        return { pdf: withInfo(pdf, { Title: title, Author: author, Subject: subject, ...kept }), pages: count };
      }
      pages = found;
    }
    throw new Error(`${request.url}: the page numbers of the contents still changed after ${MAX_RENDERS} renders.`);
  } finally {
    await page.close();
  }
}
