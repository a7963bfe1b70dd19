import { describe, expect, test } from 'vitest';
import { byLetter, indexLetter } from '../src/lib/search/a-z';
import { excerptParts } from '../src/lib/search/excerpt';
import { kindLabel } from '../src/sections';
import { indexAttributes } from '../src/lib/search/index-attributes';
import { firstMarked, holds, missingWords, queryWords } from '../src/lib/search/near';
import { hasSearch, pagefindFilters, readSearch, searchQuery, type SearchState } from '../src/lib/search/state';

const state = (q = '', gemeente = '', soort: SearchState['soort'] = '', thema = ''): SearchState => ({ q, gemeente, soort, thema });

describe('the search in the URL of /zoeken/', () => {
  test.each([
    ['?q=jeugdwet&gemeente=zuidplas&soort=wet', state('jeugdwet', 'zuidplas', 'wet')],
    ['?q=hulp+bij+schulden', state('hulp bij schulden')],
    ['?q=%E2%80%9Cmantelzorg%E2%80%9D', state('“mantelzorg”')],
    ['?q=++wmo++&gemeente=Soest', state('wmo', 'soest')],
    ['?soort=onbekend&q=x', state('x')],
    ['?soort=bouwsteen', state('', '', 'bouwsteen')],
    ['?thema=Werk&q=baan', state('baan', '', '', 'werk')],
    ['', state()],
  ])('%s reads as the search it names', (query, expected) => {
    expect(readSearch(new URLSearchParams(query))).toEqual(expected);
  });

  test.each([
    [state('jeugdwet', 'zuidplas', 'wet'), '?q=jeugdwet&gemeente=zuidplas&soort=wet'],
    [state('hulp bij schulden'), '?q=hulp+bij+schulden'],
    [state('', '', 'piramidelaag'), '?soort=piramidelaag'],
    [state('x', 'soest', 'bouwsteen', 'werk'), '?q=x&gemeente=soest&soort=bouwsteen&thema=werk'],
    [state(), ''],
  ])('%o is written without empty parts', (search, query) => {
    expect(searchQuery(search)).toBe(query);
  });

  test.each([state('wmo & jeugd', 'dijk-en-waard', 'begrip'), state('a=b?c'), state('', 'soest')])('%o survives a round trip', (search) => {
    expect(readSearch(new URLSearchParams(searchQuery(search)))).toEqual(search);
  });

  describe('on an edition’s own search page (/zuidplas/zoeken/)', () => {
    test.each([
      ['?q=wmo', state('wmo', 'zuidplas')],
      ['?q=wmo&gemeente=', state('wmo')],
      ['?q=wmo&gemeente=soest', state('wmo', 'soest')],
      ['', state('', 'zuidplas')],
    ])('%s reads as the search it names, in Zuidplas unless it names another', (query, expected) => {
      expect(readSearch(new URLSearchParams(query), 'zuidplas')).toEqual(expected);
    });

    test.each([
      [state('wmo', 'zuidplas'), '?q=wmo'],
      [state('wmo'), '?q=wmo&gemeente='],
      [state('wmo', 'soest', 'wet'), '?q=wmo&gemeente=soest&soort=wet'],
    ])('%o is written without the edition the page implies', (search, query) => {
      expect(searchQuery(search, 'zuidplas')).toBe(query);
    });

    test.each([state('wmo'), state('wmo', 'zuidplas'), state('', 'soest', 'bijlage')])('%o survives a round trip', (search) => {
      expect(readSearch(new URLSearchParams(searchQuery(search, 'zuidplas')), 'zuidplas')).toEqual(search);
    });
  });

  test.each([
    [state(), false],
    [state('x'), true],
    [state('', 'soest'), true],
    [state('', '', 'wet'), true],
    [state('', '', '', 'werk'), true],
  ])('%o is something to search: %s', (search, expected) => expect(hasSearch(search)).toBe(expected));

  test.each([
    [state('', 'zuidplas'), false],
    [state('', 'soest'), true],
    [state('wmo', 'zuidplas'), true],
  ])('%o is something to search on /zuidplas/zoeken/: %s', (search, expected) => expect(hasSearch(search, 'zuidplas')).toBe(expected));

  const names: Record<string, string> = { zuidplas: 'Zuidplas', 'dijk-en-waard': 'Dijk en Waard' };
  const themes = ['werk', 'wonen'];
  test.each([
    [state('x', 'dijk-en-waard', 'bouwsteen'), { gemeente: 'Dijk en Waard', soort: 'bouwsteen' }],
    [state('x', 'onbekend'), {}],
    [state('x'), {}],
    [state('x', '', '', 'werk'), { thema: 'werk' }],
    [state('x', 'zuidplas', '', 'onbekend'), { gemeente: 'Zuidplas' }],
  ])('%o filters Pagefind on the edition name and a known theme', (search, filters) => {
    expect(pagefindFilters(search, (slug) => names[slug], (id) => themes.includes(id))).toEqual(filters);
  });
});

describe('excerpts', () => {
  test.each([
    ['Hulp bij <mark>schulden</mark> en geld.', [['Hulp bij ', false], ['schulden', true], [' en geld.', false]]],
    ['<mark>Jeugdwet.</mark> De gemeente', [['Jeugdwet.', true], [' De gemeente', false]]],
    ['a &lt;script&gt; &amp; &quot;b&quot; &#39;c&#39;', [['a <script> & "b" \'c\'', false]]],
    ['geen treffer', [['geen treffer', false]]],
  ])('%s is split into text parts', (html, parts) => {
    expect(excerptParts(html)).toEqual(parts.map(([text, mark]) => ({ text, mark })));
  });
});

describe('the A–Z index', () => {
  test.each([
    ['Algemene verordening', 'A'],
    ['IJsselstein', 'I'],
    ['Één loket', 'E'],
    ['“Samen doen”', 'S'],
    ['2040: de stip op de horizon', '0-9'],
  ])('%s goes under %s', (title, letter) => expect(indexLetter(title)).toBe(letter));

  test('groups by letter in Dutch order, entries sorted within a letter', () => {
    const entry = (title: string, context = 'Zuidplas') => ({ title, href: `/${title}/`, context });
    const letters = byLetter([entry('Wmo'), entry('begrippen', 'Soest'), entry('Begrippen', 'IJsselstein'), entry('Armoede'), entry('Wet inburgering'), entry('1e lijn')]);
    expect(letters.map((l) => [l.letter, l.id, l.entries.map((e) => `${e.title} ${e.context}`)])).toEqual([
      ['0-9', 'letter-0-9', ['1e lijn Zuidplas']],
      ['A', 'letter-a', ['Armoede Zuidplas']],
      ['B', 'letter-b', ['begrippen Soest', 'Begrippen IJsselstein']],
      ['W', 'letter-w', ['Wet inburgering Zuidplas', 'Wmo Zuidplas']],
    ]);
  });
});

describe('what search knows of a page', () => {
  test.each([
    ['bouwsteen', 'leidend principe', 'Leidend principe'],
    ['bouwsteen', undefined, 'Bouwsteen'],
    ['piramidelaag', 'pijler', 'Laag van de piramide'],
    ['wet', undefined, 'Wet'],
  ] as const)('a %s page of an edition that says "%s" shows "%s"', (kind, word, label) => {
    expect(kindLabel(kind, word)).toBe(label);
  });

  test.each([
    [{ searchable: true, edition: 'Zuidplas', kind: 'bouwsteen' }, { 'data-pagefind-body': true, 'data-pagefind-filter': 'gemeente[data-gemeente], soort[data-soort]', 'data-gemeente': 'Zuidplas', 'data-soort': 'bouwsteen' }],
    [{ searchable: true, edition: 'Zuidplas', kind: 'wet' }, { 'data-pagefind-body': true, 'data-pagefind-filter': 'soort[data-soort]', 'data-soort': 'wet' }],
    [{ searchable: true }, { 'data-pagefind-body': true }],
    [{ searchable: false, edition: 'Soest', kind: 'overzicht' }, {}],
  ] as const)('%o gets its Pagefind attributes', (page, attributes) => {
    expect(indexAttributes(page)).toEqual(attributes);
  });
});

describe('hits and near matches', () => {
  test.each([
    ['Wijkcoach', ['wijkcoach']],
    ['  hulp bij schulden ', ['hulp', 'bij', 'schulden']],
    ['"jeugdwet"', ['jeugdwet']],
    ['wmo-loket, WMO', ['wmo-loket', 'wmo']],
    ["opa's", ["opa's"]],
  ])('%s has the words %o', (query, words) => expect(queryWords(query)).toEqual(words));

  test.each([
    ['De mantelzorger helpt.', 'mantelzorgers', true],
    ['Jeugdhulp voor gezinnen.', 'jeugd', true],
    ['Kinderen van opa en oma.', "opa's", true],
    ['In de wijk en de buurt.', 'wijkcoach', false],
    ['Een wijkteam.', 'wijkteams', true],
    ['Ons plan.', 'plannen', true],
    ['Een planning.', 'plantsoenen', false],
  ])('“%s” holds %s: %s', (text, word, expected) => expect(holds(text, word)).toBe(expected));

  test.each([
    ['wijkcoach', ['In de wijk.', 'Wijken en buurten.'], ['wijkcoach']],
    ['hulp wijkcoach', ['Hulp in de wijk.'], ['wijkcoach']],
    ['mantelzorgers', ['Een mantelzorger.'], []],
    ['budgetbeheer', ['Hulp bij geld. schulden, budgetbeheer'], []],
    ['iets', [], ['iets']],
  ])('%s in %o misses %o', (query, texts, missing) => expect(missingWords(query, texts)).toEqual(missing));

  test.each([
    ['een <mark>wijk:</mark> de buurt', 'wijk'],
    ['<mark>Jeugd&amp;zorg</mark>', 'jeugd'],
    ['geen treffer', undefined],
  ])('the first marked word of %s is %s', (excerpt, word) => expect(firstMarked(excerpt)).toBe(word));
});
