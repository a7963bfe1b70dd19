import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkThemes, parseLink, statementProblems, tagProblems, tagsOf } from '../src/lib/themes/check';
import { onTheme, speaks, weight, type EditionInput } from '../src/lib/themes/coverage';
import { editionsListed, speakingEditions, themeLinkProblems } from '../src/gates/themes/index.ts';
import { builtPages, DIST, readPage } from '../src/gates/dist';
import { themeIds } from './helpers/expected-pages';

const known = ['werk', 'wonen', 'jeugd'];

describe('theme tags are checked across files', () => {
  const page = (themes?: string[], goals?: { themes?: string[] }[]) => ({ id: 'x/p', filePath: 'content/gemeenten/x/pijlers/p.mdx', data: { themes, goals } });

  test.each([
    ['a building block with known themes', [page(['werk', 'wonen'])], [], [], []],
    [
      'a building block without themes',
      [page()],
      [],
      [],
      ['content/gemeenten/x/pijlers/p.mdx: themes is missing. Tag it with one to three themes it is really about, like themes: [werk, wonen].'],
    ],
    [
      'a goal without themes',
      [page(['werk'], [{ themes: ['werk'] }, {}])],
      [],
      [],
      ['content/gemeenten/x/pijlers/p.mdx: goals.1.themes is missing. Tag it with one to three themes it is really about, like goals.1.themes: [werk, wonen].'],
    ],
    [
      'an unknown theme on a layer',
      [],
      [{ id: 'x/l', filePath: 'content/gemeenten/x/piramide/l.mdx', data: { themes: ['werk', 'armoede'] } }],
      [],
      ['content/gemeenten/x/piramide/l.mdx: themes: "armoede" is not a theme. The themes are: werk, wonen, jeugd.'],
    ],
    ['a dataset without themes (optional)', [], [], [{ id: 'x/d', data: {} }], []],
  ] as const)('%s', (_, pillars, layers, datasets, messages) => {
    const problems = tagProblems(tagsOf([...pillars], [...layers], [...datasets]), known);
    expect(problems.map((p) => p.message)).toEqual(messages);
    for (const p of problems) expect(p.hint).toContain('content/themas.yaml: werk, wonen, jeugd');
  });

  test('a theme id must be a URL segment', () => {
    const problems = checkThemes({ themes: ['werk', 'Geld en schulden'], editionThemes: [], pillars: [], layers: [], chapters: [], annexes: [], datasets: [] });
    expect(problems.map((p) => p.message)).toEqual(['content/themas.yaml: "Geld en schulden" cannot be a theme id. It is the theme\'s address (/thema/Geld en schulden/).']);
  });
});

describe("an edition's themas.yaml", () => {
  const check = (statements: Record<string, { summary: string; links?: string[] }>, tagged: string[] = []) =>
    statementProblems({ file: 'x/themas.yaml', statements, pages: ['pijlers/a', 'hoofdstukken/b'], tagged: new Set(tagged) }, known).map((p) => p.message);

  test.each([
    ['a summary with links', { werk: { summary: 'S', links: ['pijlers/a#kop', 'hoofdstukken/b'] } }, [], []],
    ['a summary of tagged pages, without links', { werk: { summary: 'S' } }, ['werk'], []],
    ['an unknown theme', { armoede: { summary: 'S', links: ['pijlers/a'] } }, [], ['x/themas.yaml: "armoede" is not a theme. The themes are: werk, wonen, jeugd.']],
    ['a link that is no path', { werk: { summary: 'S', links: ['/x/pijlers/a/'] } }, [], ['x/themas.yaml: werk.links.0: "/x/pijlers/a/" is not a link to a page of this edition.']],
    ['a link to a page the edition lacks', { werk: { summary: 'S', links: ['piramide/c#kop'] } }, [], ['x/themas.yaml: werk.links.0: there is no page piramide/c in this edition.']],
    [
      'a summary that points nowhere',
      { wonen: { summary: 'S' } },
      ['werk'],
      ['x/themas.yaml: wonen has a summary, but no page, goal or dataset of this edition is tagged with it and it has no links.'],
    ],
  ])('%s', (_, statements, tagged, messages) => expect(check(statements, tagged)).toEqual(messages));

  test.each([
    ['pijlers/inclusie', { section: 'pijlers', slug: 'inclusie', heading: undefined }],
    ['piramide/gerichte-hulp#hulp-voor-één-persoon', { section: 'piramide', slug: 'gerichte-hulp', heading: 'hulp-voor-één-persoon' }],
    ['cijfers/bevolking', undefined],
    ['pijlers/Inclusie', undefined],
  ])('reads the link %s', (link, parsed) => expect(parseLink(link)).toEqual(parsed));
});

describe('what an edition says on a theme', () => {
  const edition: EditionInput = {
    slug: 'x',
    name: 'X',
    pages: [
      { section: 'piramide', slug: 'laag', title: 'Laag', summary: 'L', themes: ['werk'] },
      { section: 'pijlers', slug: 'geld', title: 'Geld', summary: 'G', themes: ['wonen'], goals: [{ title: 'Arbeidsmarkt', themes: ['werk'] }, { title: 'Wonen', themes: ['wonen'] }] },
      { section: 'hoofdstukken', slug: 'terugblik', title: 'Terugblik', summary: 'T' },
    ],
    datasets: [{ id: 'banen', title: 'Banen', themes: ['werk'] }, { id: 'bevolking', title: 'Bevolking' }],
    statements: { werk: { summary: 'Werk telt.', links: ['hoofdstukken/terugblik#werk', 'piramide/laag#kop'] } },
  };

  test('gathers tagged pages, linked headings, tagged goals and datasets, in reading order', () => {
    const on = onTheme('werk', edition);
    expect(on.summary).toBe('Werk telt.');
    expect(on.mentions.map((m) => [m.page.slug, m.tagged, m.headings, m.goals])).toEqual([
      ['laag', true, ['kop'], []],
      ['geld', false, [], ['Arbeidsmarkt']],
      ['terugblik', false, ['werk'], []],
    ]);
    expect(on.datasets.map((d) => d.id)).toEqual(['banen']);
    expect(weight(on)).toBe(5);
  });

  test('an edition that says nothing on a theme is kept, marked as silent', () => {
    const on = onTheme('jeugd', edition);
    expect(on).toEqual({ slug: 'x', name: 'X', summary: undefined, mentions: [], datasets: [] });
    expect(speaks(on)).toBe(false);
  });
});

describe('themes on the built site', () => {
  const editions = readdirSync('content/gemeenten');
  const themes = themeIds('content');
  const pages = builtPages(DIST);

  test('the list of themes and a page per theme are built', () => {
    expect(themes.length).toBeGreaterThanOrEqual(8);
    expect(themes.length).toBeLessThanOrEqual(14);
    expect(pages).toEqual(expect.arrayContaining(['/thema/', ...themes.map((t) => `/thema/${t}/`)]));
  });

  test.each(themes)('/thema/%s/ lists each edition exactly once', (theme) => {
    expect(editionsListed(readPage(DIST, `/thema/${theme}/`), editions)).toEqual([]);
  });

  test('at least six themes draw on three or more editions', () => {
    const wide = themes.filter((t) => speakingEditions(readPage(DIST, `/thema/${t}/`), editions).length >= 3);
    expect(wide.length, `themes drawing on 3+ editions: ${wide.join(', ')}`).toBeGreaterThanOrEqual(6);
  });

  test('every building block and layer links to its themes, every goal to its own', () => {
    const tagged = pages.filter((url) => /^\/[^/]+\/(pijlers|piramide)\/[^/]+\/$/.test(url));
    expect(tagged.length).toBeGreaterThan(20);
    expect(tagged.flatMap((url) => themeLinkProblems(readPage(DIST, url)).map((p) => `${url}: ${p}`))).toEqual([]);
  });
});
