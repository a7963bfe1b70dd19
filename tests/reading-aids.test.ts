import { describe, expect, test } from 'vitest';
import { citation } from '../src/lib/reading/citation';
import { editionDateSentence, formatWhen } from '../src/lib/format/edition-date';
import type { MarkdownHeading } from 'astro';
import { transformHtml } from '../src/lib/html/tree';
import { rehypeContents } from '../src/lib/reading/rehype-contents';
import { isAbbreviation, rehypeGlossary, type MarkableTerm } from '../src/lib/reading/rehype-glossary';
import { headingLinkLabel, rehypeHeadingLinks } from '../src/lib/reading/rehype-heading-links';
import { lastChanged } from '../src/lib/content/last-changed';
import { rehypeNest } from '../src/lib/reading/rehype-nest';
import { ogSvg, wrapWords } from '../src/lib/og/image';
import { createUrls } from '../src/lib/urls';

describe('section links beside headings', () => {
  test.each([
    ['<h2 id="doelen">Doelen</h2>', '<div class="heading"><h2 id="doelen">Doelen</h2><a href="#doelen" class="heading-link" aria-label="Link naar deze paragraaf: Doelen" data-pagefind-ignore>#</a></div>'],
    ['<h3 class="x" id="a-b">A <em>en</em>\n B</h3>', '<div class="heading"><h3 class="x" id="a-b">A <em>en</em>\n B</h3><a href="#a-b" class="heading-link" aria-label="Link naar deze paragraaf: A en B" data-pagefind-ignore>#</a></div>'],
    ['<h2 id="q">Zeg "ja"</h2>', '<div class="heading"><h2 id="q">Zeg "ja"</h2><a href="#q" class="heading-link" aria-label="Link naar deze paragraaf: Zeg &quot;ja&quot;" data-pagefind-ignore>#</a></div>'],
    ['<h2>Zonder id</h2><h1 id="titel">Titel</h1>', '<h2>Zonder id</h2><h1 id="titel">Titel</h1>'],
  ])('%s', (html, linked) => expect(transformHtml(html, [rehypeHeadingLinks])).toBe(linked));

  test('the accessible name names the section', () => expect(headingLinkLabel('Doelen')).toBe('Link naar deze paragraaf: Doelen'));
});

describe('the contents list, from the rendered tree', () => {
  const contents = (html: string) => {
    const found: MarkdownHeading[] = [];
    transformHtml(html, [[rehypeContents, found]]);
    return found.map((h) => `${h.slug} ${h.text}`);
  };
  test.each([
    ['the h2s of the text, in order', '<div class="prose"><h2 id="een">Een</h2><h3 id="x">X</h3><h2 id="twee">Twee &amp; drie</h2></div>', ['een Een', 'twee Twee & drie']],
    [
      'a perspective between headings, where it stands',
      '<div class="prose"><h2 id="inleiding">Inleiding</h2><section aria-labelledby="voor-inwoner"><h2 id="voor-inwoner">Voor mij als inwoner</h2><div class="prose"><p>x</p></div></section><h2 id="slot">Slot</h2></div>',
      ['inleiding Inleiding', 'voor-inwoner Voor mij als inwoner', 'slot Slot'],
    ],
    ['not the fixed sections after the text', '<div class="prose"><h2 id="a">A</h2></div><section aria-labelledby="doelen"><h2 id="doelen">Doelen</h2></section>', ['a A']],
  ])('%s', (_, html, expected) => expect(contents(html)).toEqual(expected));
});

describe('an entry nested in the whole vision', () => {
  test.each([
    ['<h2 id="a">A</h2><h3 id="b">B</h3><h6 id="z">Z</h6>', '<h3 id="p--a">A</h3><h4 id="p--b">B</h4><h6 id="p--z">Z</h6>'],
    ['<section aria-labelledby="doelen"><h2 id="doelen">Doelen</h2></section>', '<section aria-labelledby="p p--doelen"><h3 id="p--doelen">Doelen</h3></section>'],
    ['<svg aria-labelledby="c-title c-desc"><title id="c-title">T</title></svg>', '<svg aria-labelledby="p--c-title p--c-desc"><title id="p--c-title">T</title></svg>'],
    ['<a href="#fn-1">1</a> <a href="/elders/#x">x</a> <label for="f">f</label>', '<a href="#p--fn-1">1</a> <a href="/elders/#x">x</a> <label for="p--f">f</label>'],
    ['<p data-id="x" class="header">h2 in text</p>', '<p data-id="x" class="header">h2 in text</p>'],
    ['<aside aria-label="Goed om te weten"></aside>', '<aside aria-label="Goed om te weten (Zeg &quot;ja&quot;)"></aside>'],
    ['<a href="../../pijlers/x/#doelen">x</a> <a href="../afwegingskader/">y</a>', '<a href="/zuidplas/pijlers/x/#doelen">x</a> <a href="/zuidplas/bijlagen/afwegingskader/">y</a>'],
    ['<a href="https://wetten.overheid.nl/">w</a> <a href="mailto:a@b.nl">m</a>', '<a href="https://wetten.overheid.nl/">w</a> <a href="mailto:a@b.nl">m</a>'],
  ])('%s', (html, nested) => expect(transformHtml(html, [[rehypeNest, { id: 'p', title: 'Zeg "ja"', url: '/zuidplas/bijlagen/startnotitie/' }]])).toBe(nested));
});

describe('glossary terms on first use', () => {
  const terms: MarkableTerm[] = [
    { id: 'wmo', term: 'Wmo', definition: 'Wet maatschappelijke ondersteuning.', aliases: ['WMO'] },
    { id: 'mantelzorger', term: 'Mantelzorger', definition: 'Iemand die "zorgt" voor een naaste.', aliases: ['mantelzorgers', 'mantelzorg'] },
    { id: 'sociaal-domein', term: 'Sociaal domein', definition: 'Zorg, jeugd, werk en inkomen.' },
    { id: 'programma-sociaal-domein', term: 'Programma Sociaal Domein', definition: 'Het programma.', aliases: ['PSD'] },
  ];
  const mark = (html: string) => transformHtml(html, [[rehypeGlossary, { terms, href: (t: MarkableTerm) => `/g/begrippen/#${t.id}` }]]);
  const a = (id: string, text: string, title: string) => `<a href="/g/begrippen/#${id}" class="term" title="${title}">${text}</a>`;

  test.each([
    ['first use marked, second not', '<p>De Wmo helpt. De Wmo ook.</p>', `<p>De ${a('wmo', 'Wmo', 'Wet maatschappelijke ondersteuning.')} helpt. De Wmo ook.</p>`],
    ['an alias counts as the term', '<p>Alle mantelzorgers en de mantelzorger.</p>', `<p>Alle ${a('mantelzorger', 'mantelzorgers', 'Iemand die &quot;zorgt&quot; voor een naaste.')} en de mantelzorger.</p>`],
    ['terms match in any case', '<p>Het SOCIAAL DOMEIN.</p>', `<p>Het ${a('sociaal-domein', 'SOCIAAL DOMEIN', 'Zorg, jeugd, werk en inkomen.')}.</p>`],
    ['abbreviations only as written', '<p>wmo en psd</p>', '<p>wmo en psd</p>'],
    ['whole words only', '<p>Mantelzorgerschap en Wmo-loket</p>', `<p>Mantelzorgerschap en ${a('wmo', 'Wmo', 'Wet maatschappelijke ondersteuning.')}-loket</p>`],
    ['an abbreviation is marked at its own first use, also after the term', '<p>Het Programma Sociaal Domein (PSD). Het PSD.</p>', `<p>Het ${a('programma-sociaal-domein', 'Programma Sociaal Domein', 'Het programma.')} (${a('programma-sociaal-domein', 'PSD', 'Het programma.')}). Het PSD.</p>`],
    ['the longest term at a place wins', '<p>Het Programma Sociaal Domein en het sociaal domein.</p>', `<p>Het ${a('programma-sociaal-domein', 'Programma Sociaal Domein', 'Het programma.')} en het ${a('sociaal-domein', 'sociaal domein', 'Zorg, jeugd, werk en inkomen.')}.</p>`],
    ['not in headings or links; the first use after them is marked', '<h2 id="wmo">Wmo</h2><p><a href="/x/">de Wmo</a> en <strong>de Wmo</strong></p>', `<h2 id="wmo">Wmo</h2><p><a href="/x/">de Wmo</a> en <strong>de ${a('wmo', 'Wmo', 'Wet maatschappelijke ondersteuning.')}</strong></p>`],
    ['not in code, buttons or graphics', '<code>Wmo</code><button>Wmo</button><svg><text>Wmo</text></svg><br><p>Wmo</p>', `<code>Wmo</code><button>Wmo</button><svg><text>Wmo</text></svg><br><p>${a('wmo', 'Wmo', 'Wet maatschappelijke ondersteuning.')}</p>`],
    ['entities in the text survive', '<p>A &amp; B: de Wmo &lt;2015&gt;</p>', `<p>A &amp; B: de ${a('wmo', 'Wmo', 'Wet maatschappelijke ondersteuning.')} &lt;2015></p>`],
    ['attributes are not text', '<p title="Wmo">tekst</p><img alt="Wmo">', '<p title="Wmo">tekst</p><img alt="Wmo">'],
  ])('%s', (_, html, marked) => expect(mark(html)).toBe(marked));

  test.each([
    ['WMO', true],
    ['Wmo', true],
    ['KPI\'s', true],
    ['1G1P1R', true],
    ['Mantelzorger', false],
    ['sociaal domein', false],
    ['Regie', false],
  ])('%s is an abbreviation: %s', (form, yes) => expect(isAbbreviation(form)).toBe(yes));
});

describe('link preview image', () => {
  test.each([
    ['Samen op weg', 20, ['Samen op weg']],
    ['De nieuwe visie en leidende principes voor Dijk en Waard', 20, ['De nieuwe visie en', 'leidende principes', 'voor Dijk en Waard']],
    ['Sociaal-maatschappelijk domein', 10, ['Sociaal-maatschappelijk', 'domein']],
  ])('%s wraps at %i characters', (text, max, lines) => expect(wrapWords(text, max)).toEqual(lines));

  test('an overlong title ends in an ellipsis', () => expect(wrapWords('een twee drie vier', 4, 2)).toEqual(['een', 'twee…']));

  test('draws the edition in its colour, text escaped', () => {
    const svg = ogSvg({ colour: '#00657e', kicker: 'Gemeente A & B', title: 'Visie <2025>', footer: 'Sociale visie' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('fill="#00657e"');
    expect(svg).toContain('Gemeente A &amp; B');
    expect(svg).toContain('Visie &lt;2025&gt;');
  });
});

describe('citation and dates', () => {
  test('a citation ready to paste', () => {
    expect(citation({ publisher: 'Gemeente Zuidplas', date: '2025-10-01', vision: 'Integrale visie', word: 'pijler', title: 'Inclusie', url: 'https://x.nl/pijlers/inclusie/' })).toBe(
      'Gemeente Zuidplas (1 oktober 2025). Integrale visie, pijler Inclusie. https://x.nl/pijlers/inclusie/',
    );
  });

  test.each([
    ['2025-10-01', 'op 1 oktober 2025'],
    ['2025-10', 'in oktober 2025'],
    ['2025', 'in 2025'],
  ])('%s reads "%s"', (iso, text) => expect(formatWhen(iso)).toBe(text));

  test.each([
    ['adopted', '2025-10-01', 'Deze visie is vastgesteld op 1 oktober 2025.'],
    ['final', '2025', 'Deze definitieve versie van de visie is geschreven in 2025.'],
    ['draft', '2025-10', 'Deze werkversie van de visie is geschreven in oktober 2025.'],
    ['plan', '2023-02-22', 'Dit plan van aanpak voor de visie is geschreven op 22 februari 2023.'],
  ] as const)('a %s edition of %s', (kind, date, sentence) => expect(editionDateSentence(kind, date)).toBe(sentence));

  test.each([
    ['the author\'s date wins', 'package.json', '2026-01-02', '2025', '2026-01-02'],
    ['else the last commit of the file', 'package.json', undefined, '2025', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)],
    ['else the fallback', 'does/not/exist.mdx', undefined, '2025', '2025'],
    ['without a file the fallback', undefined, undefined, '2025-10', '2025-10'],
  ])('%s', (_, file, updated, fallback, date) => expect(lastChanged(file, updated, fallback)).toEqual(date));

  test('files the build writes stay under the base path', () => {
    expect(createUrls('/visie/').file('og/zuidplas.png')).toBe('/visie/og/zuidplas.png');
    expect(createUrls('/', 'zuidplas').file('sitemap-index.xml')).toBe('/sitemap-index.xml');
  });
});
