/** The pure parts of the PDF step (src/pdf/, src/lib/document.ts); the built PDFs are checked by the PDF gate (tests/pdf.test.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { coverFacts, documentInfo, statusLine } from '../src/lib/document';
import { fileSize } from '../src/lib/format/numbers';
import { pdfSummary, readPdfSummary } from '../src/pdf/build';
import { contentsPages } from '../src/pdf/contents';
import { pdfString, withInfo } from '../src/pdf/info';
import { documentHref, type DocumentLinks } from '../src/pdf/links';
import { readPdf } from '../src/pdf/read';
import { footerTemplate } from '../src/pdf/render';
import { withPdfSizes } from '../src/pdf/size-links';
import { serve } from '../src/lib/static-server';
import { editionSchema, type Edition } from '../src/schemas/edition';

const edition = (extra: Partial<Omit<Edition, 'source'>> & { source?: Partial<Edition['source']> } = {}): Edition =>
  editionSchema.parse({
    name: 'Voorbeeld',
    title: 'Samen verder',
    kind: 'adopted',
    about: 'Over de visie.',
    colour: '#1f4e79',
    ...extra,
    source: { title: 'Samen verder', publisher: 'Gemeente Voorbeeld', where: 'bij de gemeente', ...extra.source },
  });

describe('the cover and the metadata', () => {
  test.each([
    ['a date', edition({ date: '2025-10' }), 'Vastgestelde visie, oktober 2025'],
    ['no date: the kind alone', edition(), 'Vastgestelde visie'],
    ['a plan', edition({ kind: 'plan', date: '2023-02-22' }), 'Plan van aanpak voor de visie, 22 februari 2023'],
  ])('status with %s', (_, data, line) => {
    expect(statusLine(data)).toBe(line);
  });

  test.each([
    ['everything the source gives', edition({ source: { date: '2025-10', caseNumber: '240952' } }), ['Bron', 'Uitgegeven door', 'Datum van de bron', 'Zaaknummer', 'Officiële versie', 'Deze leesversie online']],
    ['no date and no zaaknummer: not claimed', edition(), ['Bron', 'Uitgegeven door', 'Officiële versie', 'Deze leesversie online']],
  ])('cover facts with %s', (_, data, labels) => {
    const facts = coverFacts(data, 'https://visie.voorbeeld.nl/');
    expect(facts.map((f) => f.label)).toEqual(labels);
    expect(facts.at(-1)?.value).toBe('https://visie.voorbeeld.nl/');
  });

  test('title, author and subject', () => {
    expect(documentInfo(edition({ date: '2025' }))).toEqual({ title: 'Samen verder', author: 'Gemeente Voorbeeld', subject: 'Sociaal domein, gemeente Voorbeeld: vastgestelde visie, 2025' });
  });

  test.each([
    [999, '1 kB'],
    [740_400, '740 kB'],
    [1_000_000, '1 MB'],
    [1_234_567, '1,2 MB'],
    [1_460_000, '1,5 MB'],
  ])('%i bytes are "%s"', (bytes, text) => {
    expect(fileSize(bytes)).toBe(text);
  });
});

describe('links in the PDF', () => {
  const links: DocumentLinks = {
    page: '/zuidplas/volledig/',
    site: 'https://visie.zuidplas.nl',
    sections: { '/zuidplas/pijlers/inclusie/': 'pijlers-inclusie' },
    ids: new Set(['pijlers-inclusie', 'pijlers-inclusie--wat-wij-doen']),
  };
  test.each([
    ['a place on the page stays', '#pijlers-inclusie', false, '#pijlers-inclusie'],
    ['the page itself, by path', '/zuidplas/volledig/#inhoudsopgave', false, '#inhoudsopgave'],
    ['an entry in the document goes to its section', '/zuidplas/pijlers/inclusie/', false, '#pijlers-inclusie'],
    ['a heading of an entry goes to the heading', '/zuidplas/pijlers/inclusie/#wat-wij-doen', false, '#pijlers-inclusie--wat-wij-doen'],
    ['an unknown heading goes to the section', '/zuidplas/pijlers/inclusie/#weg', false, '#pijlers-inclusie'],
    ['"on its own page" goes to the site', '/zuidplas/pijlers/inclusie/', true, 'https://visie.zuidplas.nl/zuidplas/pijlers/inclusie/'],
    ['a page outside the document goes to the site', '/wetten/jeugdwet/', false, 'https://visie.zuidplas.nl/wetten/jeugdwet/'],
    ['a term goes to the glossary on the site', '/zuidplas/begrippen/#mantelzorg', false, 'https://visie.zuidplas.nl/zuidplas/begrippen/#mantelzorg'],
    ['a file goes to the site', '/data/zuidplas-bevolking.csv', false, 'https://visie.zuidplas.nl/data/zuidplas-bevolking.csv'],
    ['another site stays', 'https://wetten.overheid.nl/BWBR0034925/', false, 'https://wetten.overheid.nl/BWBR0034925/'],
    ['mail stays', 'mailto:info@zuidplas.nl', false, 'mailto:info@zuidplas.nl'],
  ])('%s', (_, href, toSite, expected) => {
    expect(documentHref(href, links, toSite)).toBe(expected);
  });

  test('a site in a subfolder keeps it', () => {
    expect(documentHref('/visie/wetten/', { ...links, page: '/visie/zuidplas/volledig/', site: 'https://www.zuidplas.nl/visie' })).toBe('https://www.zuidplas.nl/visie/wetten/');
  });
});

describe('page numbers of the contents', () => {
  const bookmarks = [
    { title: 'Samen verder', page: 1 },
    { title: 'Inhoud', page: 2 },
    { title: 'Inleiding', page: 3 },
    { title: 'Inleiding', page: 3 },
    { title: 'Bijlage', page: 5 },
    { title: 'Inleiding', page: 6 },
  ];
  test.each([
    ['each entry in order', [{ id: 'a', title: 'Inleiding' }, { id: 'b', title: 'Bijlage' }], { a: 3, b: 5 }],
    ['a repeated title takes the next bookmark', [{ id: 'a', title: 'Bijlage' }, { id: 'b', title: 'Inleiding' }], { a: 5, b: 6 }],
    ['spacing does not matter', [{ id: 'a', title: ' Inleiding\n' }], { a: 3 }],
  ])('%s', (_, entries, pages) => {
    expect(contentsPages(entries, bookmarks)).toEqual(pages);
  });

  test('an entry without a bookmark is an error, not a guess', () => {
    expect(() => contentsPages([{ id: 'x', title: 'Slot' }], bookmarks)).toThrow('no bookmark for the contents entry "Slot" (#x)');
  });
});

describe('document information added after Chromium', () => {
  test.each([
    ['plain text', 'Gemeente Zuidplas', '(Gemeente Zuidplas)'],
    ['brackets and backslash escaped', 'a (b) \\ c', '(a \\(b\\) \\\\ c)'],
    ['accents as UTF-16', 'Súdwest-Fryslân', '<FEFF005300FA00640077006500730074002D0046007200790073006C00E2006E>'],
    ['beyond 16 bits as a surrogate pair', '😀', '<FEFFD83DDE00>'],
  ])('%s', (_, value, encoded) => {
    expect(pdfString(value)).toBe(encoded);
  });

  test('appends Title, Author and Subject and keeps every byte Chromium wrote', async () => {
    const original = readFileSync('src/gates/pdf/broken/untagged.pdf');
    const updated = withInfo(original, { Title: 'Samen verder', Author: 'Gemeente Súdwest-Fryslân', Subject: 'Sociaal domein (visie)' });
    expect(Buffer.from(updated.subarray(0, original.length)).equals(original)).toBe(true);
    const { info } = await readPdf(updated);
    expect([info.Title, info.Author, info.Subject]).toEqual(['Samen verder', 'Gemeente Súdwest-Fryslân', 'Sociaal domein (visie)']);
  });

  test('refuses a file without a classic trailer rather than guess', () => {
    expect(() => withInfo(Buffer.from('%PDF-1.7\nno trailer here'), { Title: 'x' })).toThrow('classic trailer');
  });
});

describe('the size in the links to a PDF', () => {
  const page = (slot: string) => `<!doctype html><html lang="nl"><head><title>x</title></head><body><p class="a">Vóór</p><a href="/z/v.pdf" type="application/pdf">De visie (${slot})</a> <a href="/z/">PDF</a></body></html>`;

  test('fills in the size and leaves every other byte', () => {
    expect(withPdfSizes(page('<span data-pdf-size>PDF</span>'), () => 1_234_567)).toBe(page('<span data-pdf-size>PDF, 1,2 MB</span>'));
  });

  test.each([
    ['a PDF the build did not make', page('<span data-pdf-size>PDF</span>'), () => undefined, 'the build did not make it'],
    ['a slot with markup in it', page('<span data-pdf-size><b>PDF</b></span>'), () => 1, 'must hold one piece of text'],
  ])('stops on %s', (_, html, sizeOf, message) => {
    expect(() => withPdfSizes(html, sizeOf)).toThrow(message);
  });
});

test('the running footer holds the title as text, with the page number and count', () => {
  const footer = footerTemplate('Wonen & <zorg>');
  expect(footer).not.toContain('<zorg>');
  expect(footer).toMatch(/pagina <span class="pageNumber"><\/span> van <span class="totalPages"><\/span>/);
});

describe('the built site served for rendering, under its base path', () => {
  test.each([
    ['a file under the base', '/visie/broken/untagged.pdf', 200, 'application/pdf'],
    ['a folder under the base', '/visie/', 404, 'text/html; charset=utf-8'],
    ['outside the base', '/broken/untagged.pdf', 404, 'text/html; charset=utf-8'],
  ])('%s', async (_, path, status, type) => {
    const site = await serve('src/gates/pdf', '/visie/');
    try {
      const response = await fetch(site.url + path);
      expect([response.status, response.headers.get('content-type')]).toEqual([status, type]);
    } finally {
      await site.close();
    }
  });
});

test.each([
  [1, 2.44, '1 PDF in 2.4 s'],
  [5, 6.2, '5 PDFs in 6.2 s'],
])('the build says what its %i PDFs cost, and the bench reads it back', (count, seconds, line) => {
  expect(pdfSummary(count, seconds)).toBe(line);
  expect(readPdfSummary(`12:00:00 [pdf-documents] ${line}\n{"seconds":9}`)).toBe(Number(seconds.toFixed(1)));
});
