import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { indexSite } from '../src/lib/search/site-index';
import { indexedPages } from './helpers/pagefind';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A built site of the given pages (path: body), in a folder of its own. */
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sv-site-index-'));
  made.push(dir);
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `<!DOCTYPE html><html lang="nl"><head><title>t</title></head><body>${body}</body></html>`);
  }
  return dir;
}

/** Every file under a folder with its bytes, to compare two indexes. */
const tree = (dir: string) =>
  Object.fromEntries((readdirSync(dir, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[]).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name)).toString('base64')]));

const searchable = (title: string, text: string) => `<main data-pagefind-body><h1>${title}</h1><h2 id="kop">Kop</h2><p>${text}</p></main>`;
const pages = {
  'index.html': searchable('Start', 'Welkom bij de visies.'),
  'zuidplas/pijlers/samen/index.html': searchable('Samen', 'Mantelzorg en vrijwilligers.'),
  // A search page: not indexed, and it names every page, as each edition's search page does.
  'zuidplas/zoeken/index.html': `<main><h1>Zoeken</h1><ul>${'<li><a href="/zuidplas/pijlers/samen/">Samen, mantelzorg</a></li>'.repeat(200)}</ul></main>`,
};

describe('the search index of a built site (indexSite)', () => {
  test('is the index the Pagefind command line writes for the whole site, byte for byte', () => {
    const ours = site(pages);
    const theirs = site(pages);
    indexSite(ours, 'pagefind');
    const cli = spawnSync(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', theirs, '--output-subdir', 'pagefind', '--quiet']);
    expect(cli.status).toBe(0);
    expect(indexedPages(ours).map((p) => p.url).sort()).toEqual(['/', '/zuidplas/pijlers/samen/']);
    expect(tree(join(ours, 'pagefind'))).toEqual(tree(join(theirs, 'pagefind')));
  });

  test('indexes every page of a site where no page marks its searchable part, as Pagefind does', () => {
    const dir = site({ 'index.html': '<h1>Start</h1><p>Welkom.</p>', 'over/index.html': '<h1>Over</h1><p>Wie wij zijn.</p>' });
    indexSite(dir, 'pagefind');
    expect(indexedPages(dir).map((p) => p.url).sort()).toEqual(['/', '/over/']);
  });

  test('indexes the site again without reading its old index, and leaves no folder beside it', () => {
    const dir = site(pages);
    indexSite(dir, 'pagefind');
    cpSync(join(dir, 'index.html'), join(dir, 'pagefind', 'index.html'));
    indexSite(dir, 'pagefind');
    expect(indexedPages(dir)).toHaveLength(2);
    expect(readdirSync(dirname(dir)).filter((name) => name.startsWith(`${dir.split('/').pop()}.`))).toEqual([]);
  });
});
