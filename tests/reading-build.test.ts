import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { isAbbreviation, POSSESSIVE } from '../src/lib/abbreviations';
import { builtPages, DIST, readPage } from '../src/gates/dist';

const pages = builtPages(DIST);
const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
const entryPages = pages.filter((p) => /\/(pijlers|piramide|hoofdstukken|bijlagen)\/[^/]+\/$/.test(p));
/** Markup of the reading aids that need JavaScript to do more than a plain link. */
const CONTROLS = /class="heading-link"|data-read-aloud|data-share=|data-copy-from=/;
const READING_SCRIPTS = /(ReadAloud|ReadingAids|ShareLink|CiteBox|copy-controls|read-aloud)/;

/** A module script and everything it imports, as files of the build. */
function moduleFiles(src: string, seen = new Set<string>()): Set<string> {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(join(DIST, src), 'utf8');
  for (const m of code.matchAll(/import\s*(?:[^'"]*from\s*)?["']\.\/([^"']+)["']/g)) moduleFiles(src.replace(/[^/]+$/, m[1]!), seen);
  return seen;
}
const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);

describe('link previews', () => {
  test.each(pages)('%s has Open Graph and Twitter tags', (url) => {
    const html = readPage(DIST, url);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1];
    expect(meta(html, 'og:url')).toBe(canonical);
    expect(meta(html, 'og:locale')).toBe('nl_NL');
    expect(meta(html, 'og:type')).toBe('website');
    expect(meta(html, 'og:title')).toBeTruthy();
    expect(meta(html, 'og:description')).toBe(meta(html, 'description'));
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:image')).toMatch(/^https?:\/\/[^/]+\/(.+\/)?og\/[a-z0-9-]+\.png$/);
    expect(html).toMatch(/<link rel="sitemap" type="application\/xml" href="\/(.+\/)?sitemap-index.xml">/);
  });

  test('every preview image is a 1200 x 630 PNG made by the build', () => {
    const images = new Set(pages.map((url) => new URL(meta(readPage(DIST, url), 'og:image')!).pathname));
    expect(images.size).toBeGreaterThan(1);
    for (const path of images) {
      const file = join(DIST, path.replace(/^\/(.+\/)?og\//, 'og/'));
      expect(existsSync(file), path).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString(), path).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
    }
  });
});

describe('sitemap', () => {
  test('the index points at a sitemap that lists every page', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    expect(index).toMatch(/<loc>https?:\/\/[^<]+\/sitemap-0\.xml<\/loc>/);
    const listed = [...readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>https?:\/\/[^/<]+([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(pages);
  });
});

describe('JavaScript of the reading aids', () => {
  test('pages without reading controls load none of their scripts', () => {
    const without = pages.filter((url) => !CONTROLS.test(readPage(DIST, url)));
    expect(without.length).toBeGreaterThan(10);
    for (const url of without) expect(scriptsOf(readPage(DIST, url)).filter((s) => READING_SCRIPTS.test(s)), url).toEqual([]);
  });

  test('pages with them stay within 5 KB of JavaScript (gzip)', () => {
    const withControls = pages.filter((url) => CONTROLS.test(readPage(DIST, url)));
    expect(withControls.length).toBeGreaterThan(10);
    for (const url of withControls) {
      const files = new Set(scriptsOf(readPage(DIST, url)).flatMap((src) => [...moduleFiles(src)]));
      const bytes = [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f))).length, 0);
      expect(bytes, url).toBeLessThanOrEqual(5000);
    }
  });
});

describe('dates', () => {
  test.each(entryPages)('%s says when it last changed', (url) => {
    expect(readPage(DIST, url)).toMatch(/Laatst gewijzigd: <time datetime="\d{4}(-\d{2}){0,2}">[^<]+<\/time>/);
  });

  test('each edition home says when its document was adopted or written, or that the source gives no date', () => {
    const homes = pages.filter((url) => existsSync(join(DIST, url, 'volledig')));
    expect(homes.length).toBeGreaterThan(0);
    for (const url of homes) expect(readPage(DIST, url), url).toMatch(/(Deze|Dit) [^<.]+ is (vastgesteld|geschreven|gemaakt) (op|in) [^<]+\.|Het document van de gemeente noemt geen datum\./);
  });
});

describe('glossary terms where residents read', () => {
  const termLinks = (html: string) => [...html.matchAll(/<a href="([^"]*)" class="term"/g)].map((m) => m[1]!);
  /** One mark per term, and one per abbreviation of it ("PSD" after "Programma Sociaal Domein"). */
  const marks = (html: string) =>
    [...html.matchAll(/<a href="([^"]*)" class="term"[^>]*>([^<]*)<\/a>/g)].map(([, href, text]) => (isAbbreviation(text!) ? `${href}#${text!.replace(POSSESSIVE, '')}` : href!));
  const lead = (html: string) => /<h1[^>]*>[\s\S]*?<\/h1>\s*<p class="mt-3 text-xl">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
  const homes = pages.filter((url) => existsSync(join(DIST, url, 'volledig')));

  test.each(pages)('%s marks each term (and each abbreviation) at most once', (url) => {
    const links = marks(readPage(DIST, url));
    expect(links.filter((href, i) => links.indexOf(href) !== i), url).toEqual([]);
  });

  test('the lead of entry pages and the opening of edition homes are marked too', () => {
    expect(entryPages.filter((url) => termLinks(lead(readPage(DIST, url))).length > 0).length).toBeGreaterThan(0);
    expect(homes.filter((url) => termLinks(readPage(DIST, url)).length > 0)).toEqual(homes);
  });

  test('no term is marked in a heading or in hidden search words', () => {
    for (const url of pages) {
      const html = readPage(DIST, url);
      expect(html.match(/<h[1-6][^>]*>(?:(?!<\/h[1-6]>)[\s\S])*class="term"/g), url).toBeNull();
      expect(html.match(/<p hidden>[^<]*<a /g), url).toBeNull();
    }
  });
});
