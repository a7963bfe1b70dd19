/**
 * What search stores of each page: the page's own text, not its furniture. Read from the
 * Pagefind index of the build (the fragments hold the text search matches and excerpts show).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { contentDir } from '../src/lib/build-options';
import { builtPages, DIST, readPage } from '../src/gates/dist';
import { indexedPages } from './helpers/pagefind';

const pages = indexedPages(DIST);
const byUrl = new Map(pages.map((p) => [p.url, p]));

/** Text of the controls, citation and dates around a page's content, as the components write it. */
const FURNITURE = [
  'Lees voor', // ReadAloud
  'Pauzeer',
  'Deel deze pagina', // ShareLink
  'Verwijzen naar deze pagina', // CiteBox
  'Zo verwijst u ernaar',
  'Kopieer de verwijzing',
  'Laatst gewijzigd', // LastChanged
  'Gecontroleerd met de officiële tekst', // a law's checked date
  'Bekijk de cijfers als tabel', // a figure's controls
  'Download de cijfers',
  'CSV voor Excel',
  'Link naar deze paragraaf', // a heading's link
];

describe('the search index holds page content only', () => {
  test('the build indexed the pages', () => expect(pages.length).toBeGreaterThan(50));

  /** Pages about the site itself, which name its controls in their text. */
  const aboutTheSite = new Set(['/privacy/', '/toegankelijkheid/']);

  test.each(FURNITURE)('no page is indexed with “%s”', (text) => {
    expect(pages.filter((p) => !aboutTheSite.has(p.url) && p.content.includes(text)).map((p) => p.url)).toEqual([]);
  });

  test('no page is indexed with its contents list (“Op deze pagina”) or a heading link “#”', () => {
    const withToc = builtPages(DIST).filter((url) => readPage(DIST, url).includes('id="toc-title"'));
    expect(withToc.length).toBeGreaterThan(0);
    for (const url of withToc) expect(byUrl.get(url)?.content ?? '', url).not.toMatch(/Op deze pagina\.|\s#\s/);
  });
});

/** Search words per page URL, as authors wrote them: MDX frontmatter and law YAML. */
function searchWords(): [string, string[]][] {
  const words: [string, string[]][] = [];
  const editions = join(contentDir, 'gemeenten');
  for (const edition of readdirSync(editions)) {
    for (const section of ['pijlers', 'piramide', 'hoofdstukken', 'bijlagen']) {
      const dir = join(editions, edition, section);
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
        const front = load(readFileSync(join(dir, file), 'utf8').match(/^---\n([\s\S]*?)\n---/)![1]!) as { searchWords?: string[] };
        if (front.searchWords?.length) words.push([`/${edition}/${section}/${file.slice(0, -4)}/`, front.searchWords]);
      }
    }
  }
  for (const file of readdirSync(join(contentDir, 'wetten')).filter((f) => f.endsWith('.yaml'))) {
    const law = load(readFileSync(join(contentDir, 'wetten', file), 'utf8')) as { searchWords?: string[] };
    if (law.searchWords?.length) words.push([`/wetten/${file.slice(0, -5)}/`, law.searchWords]);
  }
  return words;
}

describe('search words are found, never shown in an excerpt', () => {
  const cases = searchWords();
  test('content has search words to check', () => expect(cases.length).toBeGreaterThan(10));

  test.each(cases)('%s', (url, words) => {
    const page = byUrl.get(url);
    expect(page, `${url} is not in the index`).toBeDefined();
    // Excerpts come from the content: the list there would show as "schulden, geldzorgen, ...".
    expect(page!.content).not.toContain(words.slice(0, 2).join(', '));
    const meta = Object.values(page!.meta).join(' ');
    for (const word of words) expect(meta, word).toContain(word);
  });
});

describe('the glossary is indexed as separate terms and definitions', () => {
  const glossaries = builtPages(DIST).filter((url) => /^\/(?:[^/]+\/)?begrippen\/$/.test(url));
  const text = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

  test.each(glossaries)('%s', (url) => {
    const pairs = [...readPage(DIST, url).matchAll(/<dt\b[^>]*>([\s\S]*?)<\/dt>\s*<dd\b[^>]*>([\s\S]*?)<\/dd>/g)].map((m) => [text(m[1]!), text(m[2]!)] as const);
    expect(pairs.length).toBeGreaterThan(0);
    const content = byUrl.get(url)!.content;
    for (const [term, definition] of pairs) expect(content, term).not.toContain(`${term}${definition.slice(0, 12)}`);
  });
});
