import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { builtPages, DIST, outDir, readPage } from '../src/gates/dist';
import { copyFixture } from './helpers/build';

/** Runs npm run build:shards; returns its summary and where it wrote the site. */
function buildShards(contentDir: string, out: string, env: Record<string, string> = {}) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
  const result = spawnSync(process.execPath, ['scripts/build-shards.ts'], {
    encoding: 'utf8',
    env: { ...base, CONTENT_DIR: contentDir, OUT_DIR: out, SHARD_CACHE: `${out}-shards`, SHARD_JOBS: '2', NO_COLOR: '1', ...env },
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as { editions: number; rendered: number; reused: number; shards: number };
}

/** Every URL the sitemaps of a built site name. */
const sitemapUrls = (dist: string) =>
  readdirSync(dist)
    .filter((f) => /^sitemap-.*\d\.xml$/.test(f))
    .flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]))
    .sort();

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the site built in shards (npm run build:shards)', () => {
  const out = outDir();
  cleanup.push(out, `${out}-shards`);
  // Three shards for five editions: every shard renders some editions and reads the others as metadata.
  const summary = buildShards('content', out, { SHARD_SIZE: '2' });

  test('renders every edition once, in several shards', () => {
    expect(summary.rendered).toBe(readdirSync('content/gemeenten').length);
    expect(summary.shards).toBeGreaterThan(1);
  });

  test('publishes the same pages as one build, byte for byte', () => {
    const pages = builtPages(DIST);
    expect(builtPages(out)).toEqual(pages);
    expect(pages.filter((url) => readPage(out, url) !== readPage(DIST, url))).toEqual([]);
  });

  test('its sitemap files name the same pages, each edition in a file of its own', () => {
    expect(sitemapUrls(out)).toEqual(sitemapUrls(DIST));
    expect(readdirSync(out)).toContain('sitemap-zuidplas-0.xml');
  });

  test('writes the headers files and the search index for the merged site', () => {
    expect(readFileSync(join(out, '_headers'), 'utf8')).toBe(readFileSync(join(DIST, '_headers'), 'utf8'));
    expect(readdirSync(join(out, 'pagefind', 'fragment')).length).toBe(readdirSync(join(DIST, 'pagefind', 'fragment')).length);
  });
});

describe('an incremental build in shards', () => {
  // Two editions: the fixture's, and a copy of it under another name.
  const content = copyFixture();
  cpSync(join(content, 'gemeenten', 'voorbeeld'), join(content, 'gemeenten', 'tweede'), { recursive: true });
  const yaml = join(content, 'gemeenten', 'tweede', 'gemeente.yaml');
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^name: .*$/m, 'name: Tweede'));
  const out = outDir();
  cleanup.push(content, out, `${out}-shards`);
  const page = join(content, 'gemeenten', 'tweede', 'pijlers', 'pijler-1.mdx');
  const first = buildShards(content, out, { SHARD_SIZE: '1' });
  const untouched = statSync(join(out, 'voorbeeld', 'pijlers', 'pijler-1', 'index.html')).mtimeMs;
  appendFileSync(page, '\nEen zin die later is toegevoegd.\n');
  const second = buildShards(content, out, { SHARD_SIZE: '1' });

  test('renders only the edition that changed, and shows the change', () => {
    expect([first.rendered, second.rendered, second.reused]).toEqual([2, 1, 1]);
    expect(readPage(out, '/tweede/pijlers/pijler-1/')).toContain('Een zin die later is toegevoegd.');
  });

  test('keeps the other edition’s files as they were', () => {
    expect(statSync(join(out, 'voorbeeld', 'pijlers', 'pijler-1', 'index.html')).mtimeMs).toBe(untouched);
  });

  test('a new title reaches the pages every edition shares', () => {
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^title: .*$/m, 'title: Een nieuwe titel'));
    expect(buildShards(content, out, { SHARD_SIZE: '1' }).rendered).toBe(1);
    expect(readPage(out, '/a-z/')).toContain('Een nieuwe titel');
  });

  test('a new mention of a law in a body reaches the law’s page, though no frontmatter changed', () => {
    expect(readPage(out, '/wetten/jeugdwet/')).not.toContain('/tweede/pijlers/pijler-1/#nieuwe-kop');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^## Eerste kop$/m, '## Nieuwe kop\n\nDe <LawRef id="jeugdwet" /> eerst.\n\n$&'));
    expect(buildShards(content, out, { SHARD_SIZE: '1' }).rendered).toBe(1);
    expect(readPage(out, '/wetten/jeugdwet/')).toContain('/tweede/pijlers/pijler-1/#nieuwe-kop');
  });

  test('nothing changed: nothing is rendered, the site is merged and indexed again', () => {
    expect(buildShards(content, out, { SHARD_SIZE: '1' })).toMatchObject({ rendered: 0, reused: 2, shards: 0 });
    expect(builtPages(out)).toContain('/tweede/pijlers/pijler-1/');
  });
});
