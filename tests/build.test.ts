import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build, FIXTURE } from './helpers/build';
import { pageRedirects, readRedirects } from '../src/lib/content/redirects';
import { editionExpectation, pdfProblems } from '../src/gates/pdf';
import { siteUrl } from '../src/lib/build-options';
import { createUrls } from '../src/lib/urls';
import { sizeLabel } from '../src/pdf/size-links';
import { redirectProblems } from '../src/gates/permanent-urls/redirects';
import { structureProblems } from '../src/gates/structure';
import { builtPages, DIST, readPage } from '../src/gates/dist';
import { inlineCode } from '../src/gates/csp';
import { elements, parseHtml, rawText } from '../src/lib/html/document';
import { expectedPages } from './helpers/expected-pages';


const UNINDEXED = ['/zoeken/', '/a-z/'];

describe('the built site', () => {
  const pages = builtPages(DIST);

  test('every URL the content promises exists', () => {
    expect(pages).toEqual(expect.arrayContaining(expectedPages('content')));
  });

  test('every page is Dutch, has one h1, an id on every heading to link to, and is marked for search', () => {
    // The lists of every page (also on each edition's search page) and the whole vision on one page stay out of the index: they would match every search.
    const indexed = (url: string) => !UNINDEXED.includes(url) && !url.endsWith('/volledig/') && !url.endsWith('/zoeken/');
    expect(pages.flatMap((url) => structureProblems(readPage(DIST, url), { indexed: indexed(url) }).map((p) => `${url}: ${p}`))).toEqual([]);
  });

  test('a 404 page helps the reader on', () => {
    expect(existsSync(`${DIST}/404.html`)).toBe(true);
  });

  test('URLs are lower case and end with a slash', () => {
    for (const url of pages) expect(url).toMatch(/^\/([a-z0-9-]+\/)*$/);
  });
});

describe('one edition alone', () => {
  const { ok, output, out } = build(FIXTURE, { EDITION: 'voorbeeld' });

  test('builds', () => expect(ok, output).toBe(true));

  test('puts the edition at the site root, with only the laws it names', () => {
    expect(builtPages(out)).toEqual(expectedPages(FIXTURE, 'voorbeeld'));
    expect(readPage(out, '/')).toContain('Visie voor het voorbeeld');
  });

  test('makes its PDF at the site root, passing the PDF gate, and links it with its size', async () => {
    const pdf = readFileSync(join(out, 'sociale-visie-voorbeeld.pdf'));
    const single = createUrls('/', 'voorbeeld');
    expect(await pdfProblems(pdf, editionExpectation(FIXTURE, out, 'voorbeeld', single, siteUrl))).toEqual([]);
    expect(readPage(out, '/')).toContain(`href="/sociale-visie-voorbeeld.pdf" type="application/pdf"`);
    expect(readPage(out, '/')).toContain(`(<span data-pdf-size>${sizeLabel(pdf.length)}</span>)`);
  });

  test('links inside the edition drop the edition segment', () => {
    const html = readPage(out, '/pijlers/pijler-1/');
    expect(html).toContain('href="/pijlers/pijler-2/"');
    expect(html).not.toContain('href="/voorbeeld/');
  });

  test('builds the declared redirects (tests/fixtures/content/redirects.yaml) without the edition segment', () => {
    const redirects = pageRedirects(readRedirects(FIXTURE), FIXTURE, 'voorbeeld');
    expect(redirects).toEqual({ '/pijlers/eerste-pijler/': '/pijlers/pijler-1/' });
    expect(redirectProblems(out, redirects)).toEqual([]);
  });

  test('a page that moved is a Dutch page in the site\'s look that sends the reader on: canonical, a real link, meta refresh, noindex', () => {
    const html = readPage(out, '/pijlers/eerste-pijler/');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="nl">/i);
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"/]+\/pijlers\/pijler-1\/">/);
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/pijlers/pijler-1/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<a href="\/pijlers\/pijler-1\/">Ga dan naar de nieuwe pagina<\/a>/);
    // The site's look: its stylesheet inside the page, allowed by the page's policy.
    expect(elements(parseHtml(html)).filter((el) => el.tagName === 'style').map(rawText).join('').length).toBeGreaterThan(10_000);
    expect(inlineCode(html)).toEqual([]);
    expect(html).not.toMatch(/Redirecting/i);
    expect(structureProblems(html, { indexed: false })).toEqual([]);
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).not.toContain('eerste-pijler');
  });

  test('a heading that moved: its page, and only its page, carries the move and the script that follows it', () => {
    const withMoves = builtPages(out).filter((url) => readPage(out, url).includes('name="moved-headings"'));
    expect(withMoves).toEqual(['/pijlers/pijler-1/']);
    expect(readPage(out, '/pijlers/pijler-1/')).toContain('<meta name="moved-headings" content="{&quot;oude-kop&quot;:&quot;/pijlers/pijler-1/#eerste-kop&quot;}">');
  });
});
