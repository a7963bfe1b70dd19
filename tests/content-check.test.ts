import { appendFileSync, cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentPagePaths } from '../src/lib/content/layout';
import { checkContent, contentFiles, formatProblems, themeIds } from '../src/lib/content/check';
import { reservedNames, sitePagePaths } from '../src/lib/site-names';
import { copyFixture, FIXTURE } from './helpers/build';
import { builtPages, DIST } from '../src/gates/dist';

const edition = 'gemeenten/voorbeeld';

/** Rewrites one file of the fixture. */
function edit(dir: string, file: string, change: (text: string) => string) {
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
}
/** Moves a file of the fixture, making its folder. */
function move(dir: string, from: string, to: string) {
  mkdirSync(join(dir, to, '..'), { recursive: true });
  renameSync(join(dir, from), join(dir, to));
}
/** The problems of a fixture copy, each "file: problem" with the folder of the copy left out. */
function problemsAfter(breakIt: (dir: string) => void, single?: string): string[] {
  const dir = copyFixture();
  breakIt(dir);
  return checkContent(dir, single).map((p) => `${p.file.slice(p.file.indexOf(dir.split('/').at(-1)!) + dir.split('/').at(-1)!.length + 1)}: ${p.problem} ${p.fix}`.trim());
}

describe('content that is published as it is', () => {
  test('the fixture and the real content have no problems', () => {
    expect(formatProblems(checkContent('tests/fixtures/content'))).toBe('');
    expect(formatProblems(checkContent('content'))).toBe('');
  });

  test('files of the file system and git (.DS_Store, .gitkeep) are not content', () => {
    expect(problemsAfter((d) => writeFileSync(join(d, `${edition}/pijlers/.DS_Store`), '\0\0'))).toEqual([]);
  });

  test("a single-edition build checks its own edition, not another's", () => {
    const other = (d: string) => cpSync(join(d, edition), join(d, 'gemeenten/andere'), { recursive: true });
    const misplaced = (d: string) => (other(d), move(d, 'gemeenten/andere/pijlers/pijler-1.mdx', 'gemeenten/andere/pijler/pijler-1.mdx'));
    expect(problemsAfter(misplaced, 'voorbeeld')).toEqual([]);
    expect(problemsAfter(misplaced)).toHaveLength(1);
  });
});

/** Each case is a file the build would have skipped, misread or let replace a page, without a word. */
describe('content that would vanish or read wrong is named with the fix', () => {
  test.each<[string, (dir: string) => void, string[]]>([
    ['a page in a misspelt folder', (d) => move(d, `${edition}/pijlers/pijler-2.mdx`, `${edition}/pijler/pijler-2.mdx`), [`${edition}/pijler/pijler-2.mdx: is in folder "pijler/"`, 'Move it to pijlers/']],
    ['a page in a folder within a section', (d) => move(d, `${edition}/pijlers/pijler-2.mdx`, `${edition}/pijlers/oud/pijler-2.mdx`), ['pijlers/oud/pijler-2.mdx: is in a folder within pijlers/']],
    ['a page saved as .md', (d) => move(d, `${edition}/hoofdstukken/inleiding.mdx`, `${edition}/hoofdstukken/inleiding.md`), ['inleiding.md: is Markdown (.md)', 'Rename it to inleiding.mdx']],
    ['a page whose name is no web address', (d) => move(d, `${edition}/hoofdstukken/inleiding.mdx`, `${edition}/hoofdstukken/Inleiding nieuw.mdx`), ['"Inleiding nieuw" is the page\'s web address', 'Rename it to inleiding-nieuw.mdx']],
    ['a CSV without its .yaml', (d) => writeFileSync(join(d, `${edition}/cijfers/extra.csv`), 'a,b\n1,2\n'), ['cijfers/extra.csv: has no description of its figures', 'Add extra.yaml']],
    ['a .yaml without its CSV', (d) => writeFileSync(join(d, `${edition}/cijfers/extra.yaml`), 'title: Extra\n'), ['cijfers/extra.yaml: has no figures', 'extra.csv']],
    ['an unknown file at the top', (d) => writeFileSync(join(d, 'notities.txt'), 'x'), ['notities.txt: is not a file the site reads']],
    ['an unknown file in an edition', (d) => writeFileSync(join(d, `${edition}/gemeente.yml`), 'x'), ['gemeente.yml: is not a file the site reads', 'gemeente.yaml, wetten.yaml, begrippen.yaml']],
    ['a file in a folder without gemeente.yaml', (d) => move(d, `${edition}/pijlers/pijler-2.mdx`, 'gemeenten/elders/pijlers/pijler-2.mdx'), ['elders/pijlers/pijler-2.mdx: belongs to edition "elders", which has no gemeente.yaml']],
    ['an edition named after a page of the site', (d) => move(d, edition, 'gemeenten/wetten'), ['gemeenten/wetten/gemeente.yaml: the folder name "wetten" is taken', 'gemeente-wetten']],
    ['an edition named after the site\'s preview image', (d) => move(d, edition, 'gemeenten/sociale-visie'), ['the folder name "sociale-visie" is taken']],
    ['an edition named after the search index', (d) => move(d, edition, 'gemeenten/pagefind'), ['the folder name "pagefind" is taken']],
    ['an edition in upper case', (d) => move(d, edition, 'gemeenten/Soest'), ['the folder name "Soest" is the edition\'s web address', 'Rename the folder to soest']],
    ['an edition with a space', (d) => move(d, edition, 'gemeenten/de bilt'), ['the folder name "de bilt"', 'Rename the folder to de-bilt']],
    ['a gemeente.yaml saved as Latin-1', (d) => appendFileSync(join(d, `${edition}/gemeente.yaml`), Buffer.from('editorial: [De offici\xeble tekst.]\n', 'latin1')), ['gemeente.yaml: is not saved as UTF-8: line 1', 'save it with the encoding "UTF-8"']],
    ['an MDX page saved as Latin-1', (d) => appendFileSync(join(d, `${edition}/pijlers/pijler-1.mdx`), Buffer.from('\nCaf\xe9.\n', 'latin1')), [`pijler-1.mdx: is not saved as UTF-8: line ${readFileSync(join(FIXTURE, edition, 'pijlers/pijler-1.mdx'), 'utf8').split('\n').length + 1}`]],
    ['a duplicate field in a dataset', (d) => edit(d, `${edition}/cijfers/bevolking.yaml`, (t) => `${t}title: Nog een titel\n`), ['cijfers/bevolking.yaml: line 11: duplicated mapping key', 'A field appears twice']],
    ['a tab in a dataset', (d) => edit(d, `${edition}/cijfers/bevolking.yaml`, (t) => t.replace('  - { key: man', '\t- { key: man')), ['cijfers/bevolking.yaml: line 9: tab characters must not be used in indentation', 'never tabs']],
    ['a duplicate field in front matter', (d) => edit(d, `${edition}/pijlers/pijler-1.mdx`, (t) => t.replace('order: 1', 'order: 1\norder: 2')), ['pijler-1.mdx: line 5: duplicated mapping key']],
    ['an unquoted date that YAML would roll over', (d) => edit(d, `${edition}/gemeente.yaml`, (t) => t.replace(/^date: .*$/m, 'date: 2025-13-45')), ['gemeente.yaml: date: 2025-13-45 is not on the calendar: there is no month 13']],
    ['an impossible day in front matter', (d) => edit(d, `${edition}/pijlers/pijler-1.mdx`, (t) => t.replace('order: 1', 'order: 1\nupdated: 2023-02-30')), ['pijler-1.mdx: updated: 2023-02-30 is not on the calendar: month 2 of 2023 has 28 days']],
    ['a redirect from a live page', (d) => appendFileSync(join(d, 'redirects.yaml'), '/voorbeeld/pijlers/pijler-1/: /voorbeeld/pijlers/pijler-2/\n'), ['redirects.yaml: "/voorbeeld/pijlers/pijler-1/: /voorbeeld/pijlers/pijler-2/": /voorbeeld/pijlers/pijler-1/ is a page the site publishes']],
    ['a redirect from a page of the site itself', (d) => appendFileSync(join(d, 'redirects.yaml'), '/zoeken/: /voorbeeld/\n'), ['"/zoeken/: /voorbeeld/": /zoeken/ is a page the site publishes']],
  ])('%s', (_, breakIt, expected) => {
    const found = problemsAfter(breakIt).join('\n');
    for (const text of expected) expect(found).toContain(text);
  });
});

describe('redirects that bounce for ever fail too', () => {
  test.each([
    ['a self-redirect', '/voorbeeld/oud/: /voorbeeld/oud/\n', 'sends readers to the page itself'],
    ['a loop', '/voorbeeld/a/: /voorbeeld/b/\n/voorbeeld/b/: /voorbeeld/a/\n', '/voorbeeld/a/ -> /voorbeeld/b/ -> /voorbeeld/a/ is a loop'],
    ['a heading to itself', '/voorbeeld/pijlers/pijler-1/#a: /voorbeeld/pijlers/pijler-1/#a\n', 'sends readers to the page itself'],
    ['a duplicate line', '/voorbeeld/a/: /voorbeeld/b/\n/voorbeeld/a/: /voorbeeld/c/\n', 'redirects.yaml: line 5: duplicated mapping key'],
  ])('%s', (_, lines, message) => {
    expect(() => problemsAfter((d) => appendFileSync(join(d, 'redirects.yaml'), lines))).toThrow(message);
  });
});

describe('the names and pages of the site itself', () => {
  test('no edition may take a name the site publishes at its top', () => {
    const reserved = reservedNames();
    for (const name of ['wetten', 'zoeken', 'a-z', 'data', 'og', 'privacy', 'toegankelijkheid', '404', 'pagefind', '_astro', 'thema', 'sociale-visie', 'js', 'favicon.svg']) {
      expect(reserved, name).toContain(name);
    }
  });

  test('the pages the check knows are the pages the full build publishes', () => {
    const known = new Set([...contentPagePaths(contentFiles('content'), themeIds('content')), ...sitePagePaths()]);
    expect([...known].sort()).toEqual(builtPages(DIST).filter((url) => url !== '/404.html'));
  });
});
