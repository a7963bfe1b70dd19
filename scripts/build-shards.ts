/**
 * npm run build:shards: a site of many editions, built in shards and merged, and rebuilt
 * incrementally. Each shard is an ordinary `astro build` with EDITIONS set (it renders those
 * editions and reads the others as metadata). Each edition's files are kept in a cache under the
 * hash of everything they are made from, so a later build renders only the editions that changed
 * and reuses the rest. The merged site gets its headers files and one Pagefind index, and then
 * replaces the output folder in one step.
 *
 *   node scripts/build-shards.ts          plan, build the stale shards (side by side), merge
 *   node scripts/build-shards.ts plan     the stale groups as JSON, one CI job each
 *   node scripts/build-shards.ts shard a,b   build one group into the cache ("" : shared pages only)
 *   node scripts/build-shards.ts merge    the site from the cache, with headers and search
 *
 * Environment: OUT_DIR (default dist), CONTENT_DIR, SHARD_SIZE (editions per build, default 25),
 * SHARD_JOBS (builds side by side, default 1, beside the PDF step of the shard before; 2 needs about
 * 1.2 GB more), SHARD_CACHE (default
 * node_modules/.cache/sv-shards, inside the project; keep it between CI runs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { writeHeadersFiles } from '../src/integrations/headers-files.ts';
import { contentDir, siteUrl } from '../src/lib/build-options.ts';
import { gitDate } from '../src/lib/content/last-changed.ts';
import { pageMetadata } from '../src/lib/content/metadata-loader.ts';
import { ASSETS, ownerOf, shardGroups, SITE_WIDE } from '../src/lib/shards.ts';
import { indexSite } from '../src/lib/search/site-index.ts';
import { SEARCH_INDEX_DIR } from '../src/lib/site-names.ts';
import { writeDocuments } from '../src/pdf/build.ts';

const out = resolve(process.env.OUT_DIR || 'dist');
const cache = resolve(process.env.SHARD_CACHE || 'node_modules/.cache/sv-shards');
// One build of 25 editions needs about 1.2 GB, and the PDF step of the shard before it (Chromium) runs
// beside it: under 2 GB together. A second build beside them would need another 1.2 GB.
const size = Number(process.env.SHARD_SIZE || 25);
const jobs = Number(process.env.SHARD_JOBS || 1);
const started = performance.now();

/** Every file under a folder (or the file itself), relative to `root`, sorted: the same tree always hashes the same. */
function files(path: string, root = path): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [relative(root, path)];
  return readdirSync(path, { withFileTypes: true })
    .flatMap((e) => files(join(path, e.name), root))
    .sort();
}

function hash(...parts: (string | Buffer)[]): string {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** The files under `path` with their content (and the day git last changed them, which pages show). */
const treeHash = (path: string, content = (file: string): string | Buffer => readFileSync(file)) =>
  hash(...files(path).flatMap((f) => [f, content(join(path, f)), gitDate(join(path, f)) ?? '']));

// What every page is made from besides its edition: the code, the shared content, the settings.
const settings = ['SITE_URL', 'BASE_PATH', 'SECURITY_CONTACT', 'PRODUCTION'].map((k) => `${k}=${process.env[k] ?? ''}`).join('\n');
const common = hash(
  settings,
  ...['src', 'public', 'astro.config.mjs', 'package-lock.json'].map((p) => treeHash(p)),
  // Every shared content file: the law register, glossary, themes, redirects, and what is added later.
  ...readdirSync(contentDir).filter((name) => name !== 'gemeenten').sort().flatMap((name) => [name, treeHash(join(contentDir, name))]),
);
const editionsDir = join(contentDir, 'gemeenten');
const editions = readdirSync(editionsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const editionKey = new Map(editions.map((e) => [e, hash(common, e, treeHash(join(editionsDir, e)))]));
// The shared pages (home, search, A–Z, laws, themes) read of an edition's MDX pages only what a shard
// keeps of the pages it does not render: frontmatter, headings and the skeleton of the body.
const metadataOnly = (file: string) => {
  if (!file.endsWith('.mdx')) return readFileSync(file);
  const { frontmatter, headings, skeleton } = pageMetadata(readFileSync(file, 'utf8'));
  return hash(frontmatter, headings, skeleton);
};
const sharedKey = hash(common, ...editions.flatMap((e) => [e, treeHash(join(editionsDir, e), metadataOnly)]));

const editionDir = (edition: string) => join(cache, 'editions', edition, editionKey.get(edition)!);
const sharedDir = join(cache, 'shared', sharedKey);
const stale = editions.filter((e) => !existsSync(editionDir(e)));
const groups = shardGroups(stale, size, jobs);
// Only the shared pages changed (a title, a new law): one shard that renders no edition.
if (groups.length === 0 && !existsSync(sharedDir)) groups.push([]);

/**
 * Runs `command` with `env`; rejects with its output when it fails. `onOutput` sees what it prints,
 * as it prints it.
 */
const children = new Set<ChildProcess>();
// A failed shard stops the build: the others are stopped with it, not left running.
process.on('exit', () => children.forEach((child) => child.kill()));

function run(command: string, args: string[], env: Record<string, string>, onOutput = (_text: string) => {}): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    const collect = (d: Buffer) => {
      output = (output + d).slice(-20_000);
      onOutput(output);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('close', (code) => (children.delete(child), code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`))));
  });
}

/**
 * Astro writes the content modules a build bundles to the project's .astro/ folder, one for all
 * builds of the project, and reads them while bundling. So shards bundle one at a time; a shard
 * starts when the one before it has bundled and is rendering its pages (Astro then prints this),
 * which keeps both cores busy.
 */
const BUNDLED = 'generating static routes';

/**
 * Allocator settings for a shard: return freed memory at once instead of keeping it for reuse
 * (Rolldown's mimalloc), and fewer glibc arenas. Two shards side by side need about 10% less.
 */
const LEAN = { MIMALLOC_PURGE_DELAY: '0', MALLOC_ARENA_MAX: '2', ...Object.fromEntries(['MIMALLOC_PURGE_DELAY', 'MALLOC_ARENA_MAX'].flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : []))) };

/** Moves `from` to `to`, replacing what is there. */
function move(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
}

/** Splits a shard's output into the cache: each of its editions' files, and the shared files once. */
function keep(shardOut: string, group: string[]): void {
  const owned = new Map(group.map((e) => [e, `${editionDir(e)}.tmp`]));
  for (const dir of owned.values()) rmSync(dir, { recursive: true, force: true });
  for (const file of files(shardOut)) {
    const top = file.split('/')[0]!;
    if (SITE_WIDE.includes(top)) continue;
    const owner = ownerOf(file, editions);
    if (owner === undefined && top === ASSETS) for (const dir of owned.values()) cpSync(join(shardOut, file), join(dir, file));
    if (owner !== undefined && owned.has(owner)) move(join(shardOut, file), join(owned.get(owner)!, file));
  }
  for (const [edition, dir] of owned) move(dir, editionDir(edition));
  if (!existsSync(sharedDir)) {
    const shared = `${sharedDir}.tmp`;
    rmSync(shared, { recursive: true, force: true });
    for (const file of files(shardOut)) {
      if (!SITE_WIDE.includes(file.split('/')[0]!) && ownerOf(file, editions) === undefined) move(join(shardOut, file), join(shared, file));
    }
    move(shared, sharedDir);
  }
}

/** Hard links every file of `from` into `to` (a copy where links cannot be made): merging costs no copying. */
function linkInto(from: string, to: string): void {
  for (const file of files(from)) {
    const target = join(to, file);
    mkdirSync(dirname(target), { recursive: true });
    rmSync(target, { force: true });
    try {
      linkSync(join(from, file), target);
    } catch {
      cpSync(join(from, file), target);
    }
  }
}

/**
 * The PDF steps of finished shards, one at a time: each runs a Chromium beside the next shard's
 * build, which is what the memory of two builds side by side left room for.
 */
let documents = Promise.resolve();
const site = { site: siteUrl, base: process.env.BASE_PATH || '/' };

/**
 * Builds one group of editions (none: the shared pages only) and keeps its files in the cache.
 * `built` is called when its `astro build` has ended and returned its memory; its PDFs are made
 * after that, from the built pages (src/integrations/pdf.ts leaves them to this script).
 */
async function buildShard(group: string[], i: number, bundled = () => {}, built = () => {}): Promise<void> {
  const shardOut = join(work, `shard-${i}`);
  try {
    await run(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build'],
      { EDITIONS: group.join(','), OUT_DIR: shardOut, ASTRO_CACHE_DIR: join(cache, 'astro', `shard-${i}`), ...LEAN },
      (output) => output.includes(BUNDLED) && bundled(),
    );
  } finally {
    bundled();
    built();
  }
  // One tab: this Chromium runs beside the next shard's build, and a second tab took the two past
  // 2 GB on the national site (1968 MB with one, 2224 MB with two; about 10 s more in all).
  const turn = documents.then(() => writeDocuments(shardOut, { ...site, tabs: 1 }));
  documents = turn.then(
    () => {},
    () => {},
  );
  await turn;
  keep(shardOut, group);
  rmSync(shardOut, { recursive: true, force: true });
}

/**
 * Builds every stale group, at most `jobs` builds at a time, one bundling while the others
 * render; a shard's PDFs are made while the next shard builds.
 */
async function buildStale(): Promise<void> {
  let bundling = Promise.resolve();
  let running = 0;
  const slots: (() => void)[] = [];
  await Promise.all(
    groups.map(async (group, i) => {
      const turn = bundling;
      let bundled = () => {};
      bundling = new Promise<void>((resolve) => (bundled = resolve));
      await turn;
      if (running >= jobs) await new Promise<void>((resolve) => slots.push(resolve));
      running++;
      let free = true;
      const built = () => {
        if (!free) return;
        free = false;
        running--;
        slots.shift()?.();
      };
      try {
        await buildShard(group, i, bundled, built);
      } finally {
        built();
      }
    }),
  );
}

/** Seconds each step took, for the summary. */
const seconds: Record<string, number> = {};
async function timed<T>(step: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    seconds[step] = Number(((performance.now() - start) / 1000).toFixed(1));
  }
}

/** The site from the cache: complete, with its headers and search index, before it replaces the output folder. */
async function merge(): Promise<void> {
  const missing = [...editions.filter((e) => !existsSync(editionDir(e))), ...(existsSync(sharedDir) ? [] : ['(the shared pages)'])];
  if (missing.length > 0) throw new Error(`Not built yet: ${missing.join(', ')}. Run the shards of \`node scripts/build-shards.ts plan\` first.`);
  const merged = `${out}.next`;
  rmSync(merged, { recursive: true, force: true });
  await timed('merge', () => {
    linkInto(sharedDir, merged);
    for (const edition of editions) linkInto(editionDir(edition), merged);
  });
  await timed('headers', () => writeHeadersFiles(merged));
  await timed('search', () => indexSite(merged, SEARCH_INDEX_DIR));
  // A reader never sees half a site: the old folder goes only when the new one is complete.
  rmSync(`${out}.old`, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, `${out}.old`);
  renameSync(merged, out);
  rmSync(`${out}.old`, { recursive: true, force: true });
  // Only the current version of each edition and of the shared pages stays in the cache.
  for (const edition of readdirSync(join(cache, 'editions'))) {
    for (const key of readdirSync(join(cache, 'editions', edition))) {
      if (key !== editionKey.get(edition)) rmSync(join(cache, 'editions', edition, key), { recursive: true, force: true });
    }
  }
  for (const key of readdirSync(join(cache, 'shared'))) if (key !== sharedKey) rmSync(join(cache, 'shared', key), { recursive: true, force: true });
}

const work = join(cache, 'work');
const [command = 'all', editionList = ''] = process.argv.slice(2);
if (command === 'plan') {
  // For CI: the groups to build, one job each (an empty string: the shared pages only).
  console.log(JSON.stringify(groups.map((g) => g.join(','))));
} else if (command === 'shard') {
  const group = editionList.split(',').filter(Boolean);
  await buildShard(group, Number(process.env.SHARD_INDEX ?? 0));
} else if (command === 'merge') {
  await merge();
} else {
  // Hashing what every edition is made from, to know what to render.
  seconds.plan = Number(((performance.now() - started) / 1000).toFixed(1));
  await timed('render', buildStale);
  await merge();
  const summary = { editions: editions.length, rendered: stale.length, reused: editions.length - stale.length, shards: groups.length, seconds: (performance.now() - started) / 1000, steps: seconds };
  console.log(JSON.stringify(summary));
}
