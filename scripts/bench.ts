/**
 * npm run bench: builds synthetic sites of many editions (the real content model) the way a
 * national site is built, in shards (npm run build:shards), first from nothing and then again
 * after one edition changed; weighs and paints (Lighthouse) the real site's page templates next
 * to an empty page; and measures a first search. Results go to BENCHMARKS.md and
 * benchmarks.json; nothing here is asserted.
 *
 * `--editions=10,342` chooses the synthetic sizes (each builds twice: full and incremental).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPages, outDir } from '../src/gates/dist.ts';
import { pageWeight, type Weight } from '../src/gates/budgets/page-weight.ts';
import { fileSize } from '../src/lib/format/numbers.ts';
import { indexSite } from '../src/lib/search/site-index.ts';
import { SEARCH_INDEX_DIR } from '../src/lib/site-names.ts';
import { serve } from '../src/lib/static-server.ts';
import { readPdfSummary } from '../src/pdf/build.ts';
import { readOutline } from '../src/pdf/read.ts';
import { labPaint } from './bench/lab-paint.ts';
import { firstQuery } from './bench/search-cost.ts';
import { buildSharded } from './bench/sharded.ts';
import { writeSynthetic } from './bench/synthetic.ts';

const SIZES = (process.argv.find((a) => a.startsWith('--editions='))?.slice(11) ?? '10,342').split(',').map(Number);
const TARGETS = { fullSeconds: 150, memoryMb: 2048, incrementalSeconds: 15, pageKb: 25, cssKb: 10, jsKb: 5, searchKb: 100, searchMs: 300, firstScreenKb: 14.6, lcpOverFloor: 0.1, pdfSeconds: 10, pdfMb: 1.5 };

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const s = (seconds: number) => seconds.toFixed(2);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
/** A difference with its sign, and no sign where it rounds to nothing (never "+-0.00"). */
const overFloor = (seconds: number) => (Math.abs(seconds) < 0.005 ? s(0) : seconds > 0 ? `+${s(seconds)}` : `−${s(-seconds)}`);

interface BuildRow {
  kind: 'full' | 'incremental';
  editions: number;
  pages: number;
  seconds: number;
  peakMB: number;
  /** CPU seconds of all its processes, and the machine's load average when it started: the machine is shared. */
  cpuSeconds: number;
  loadAverage: number;
}
const json: { date: string; machine: string; builds: BuildRow[]; lab: unknown; search: unknown; searchAtScale?: unknown } = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${process.platform}, ${availableParallelism()} cores, Node ${process.version}`,
  builds: [],
  lab: {},
  search: [],
};
const lines: string[] = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` on ${json.date}, ${json.machine}; load average at the start ${loadavg()[0]!.toFixed(1)} (the machine is shared: times are upper bounds). Targets from the benchmark issue; no timed test asserts them. The same figures are in \`benchmarks.json\`.`,
  '',
];

// 1. Every municipality in one site: a full build from nothing, then one edition changed.
const scaledSearch: { editions: number; pages: number; firstQueryBytes: number; openedMs: number; typedMs: number }[] = [];
lines.push('## Many editions in one site (`npm run build:shards`, synthetic editions)', '');
lines.push(
  'Shards of at most 25 editions build one after another, each shard\'s PDFs made while the next one builds; each edition\'s files are kept under the hash of what they are made from; the merged site gets its headers and one Pagefind index (of the pages it can index). "incremental" is the same site rebuilt after one page of one edition changed: that edition is rendered again, every other one comes from the cache, and search is indexed again.',
  '',
);
lines.push(row(['kind', 'editions', 'pages', 'seconds', 'CPU seconds', 'load', 'peak memory MB', 'editions rendered', 'shards', 'seconds per step']), row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']));
for (const editions of SIZES) {
  const content = mkdtempSync(join(tmpdir(), 'sv-bench-content-'));
  writeSynthetic(content, editions);
  const out = outDir();
  const env = { CONTENT_DIR: content, OUT_DIR: out, SHARD_CACHE: `${out}-shards` };
  const fullLoad = loadavg()[0]!;
  const full = await buildSharded(env);
  const pages = builtPages(out).length;
  // One sentence more on one page of one edition, as an author's edit.
  appendFileSync(join(content, 'gemeenten', 'gemeente-1', 'pijlers', 'pijler-1.mdx'), '\nEen zin die de schrijver later toevoegde.\n');
  const incrementalLoad = loadavg()[0]!;
  const incremental = await buildSharded(env);
  for (const [kind, run, load] of [['full', full, fullLoad], ['incremental', incremental, incrementalLoad]] as const) {
    json.builds.push({ kind, editions, pages, seconds: Number(s(run.seconds)), peakMB: Math.round(run.peakMB), cpuSeconds: Math.round(run.cpuSeconds), loadAverage: Number(load.toFixed(1)) });
    const steps = Object.entries(run.steps).map(([step, t]) => `${step} ${t}`).join(', ');
    lines.push(row([kind, editions, pages, run.seconds.toFixed(1), run.cpuSeconds.toFixed(0), load.toFixed(1), run.peakMB.toFixed(0), run.rendered, run.shards, steps]));
    console.log(lines.at(-1));
  }
  // Search grows with the site: Pagefind's table of contents names every page.
  const cost = await firstQuery(out, 'mantelzorg');
  scaledSearch.push({ editions, pages, firstQueryBytes: cost.bytes, openedMs: Math.round(cost.openedMs), typedMs: Math.round(cost.typedMs) });
  for (const dir of [content, out, `${out}-shards`]) rmSync(dir, { recursive: true, force: true });
}
lines.push(
  '',
  `Targets on 2 cores: a full build of 342 editions in at most ${TARGETS.fullSeconds} s and ${TARGETS.memoryMb} MB (all processes together); one changed edition in at most ${TARGETS.incrementalSeconds} s, search included. "load" is the machine's load average as the build started: with more than 2 other processes running, wall time stretches, and half the CPU seconds is what 2 free cores would need at best.`,
);
lines.push('', 'A first search for "mantelzorg" on these sites (Pagefind\'s table of contents names every page, so it grows with the site):', '', row(['editions', 'pages', 'bytes fetched (KB)', 'opened with ?q= (ms)', 'typed, Enter to results (ms)']), row(['---:', '---:', '---:', '---:', '---:']));
for (const c of scaledSearch) lines.push(row([c.editions, c.pages, kb(c.firstQueryBytes), c.openedMs, c.typedMs]));

json.searchAtScale = scaledSearch;

// 2. The real site, per page template: weight, and paint times on a phone next to an empty page's.
// One build in one process (scripts/bench/build-once.ts), as `npm run build` makes it: its log carries the PDF step's time.
const real = outDir();
const realEnv = { ...process.env, OUT_DIR: real, ASTRO_CACHE_DIR: `${real}-cache` };
const realLog = execFileSync(process.execPath, ['scripts/bench/build-once.ts'], { env: realEnv, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const realBuild = { ...(JSON.parse(realLog.trim().split('\n').pop()!) as { seconds: number; maxRssMb: number }), pdfSeconds: readPdfSummary(realLog) };
indexSite(real, SEARCH_INDEX_DIR);
const pages = builtPages(real);
const templates: [string, RegExp][] = [
  ['home', /^\/$/],
  ['edition home', /^\/zuidplas\/$/],
  ['building block', /^\/zuidplas\/pijlers\/[^/]+\/$/],
  ['pyramid layer', /^\/zuidplas\/piramide\/[^/]+\/$/],
  ['annex', /^\/zuidplas\/bijlagen\/[^/]+\/$/],
  ['chapter', /^\/zuidplas\/hoofdstukken\/[^/]+\/$/],
  ['figures', /^\/zuidplas\/cijfers\/$/],
  ['glossary', /^\/[^/]+\/begrippen\/$/],
  ['law register', /^\/wetten\/$/],
  ['law', /^\/wetten\/[^/]+\/$/],
  ['search (before a query)', /^\/zoeken\/$/],
  ['whole vision (print, no page budget)', /^\/zuidplas\/volledig\/$/],
];
const weights: Weight[] = templates.flatMap(([name, pattern]) => {
  const url = pages.find((p) => pattern.test(p));
  return url ? [pageWeight(real, name, url)] : [];
});
// The floor: the least a page can be, one paragraph, served and painted the same way.
const empty = mkdtempSync(join(tmpdir(), 'sv-empty-'));
mkdirSync(empty, { recursive: true });
writeFileSync(join(empty, 'index.html'), '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Leeg</title></head><body><p>Leeg</p></body></html>\n');
const [emptySite, site] = await Promise.all([serve(empty, '/', { gzip: true }), serve(real, '/', { gzip: true })]);
const [floor] = await labPaint([`${emptySite.url}/`]);
const paints = await labPaint(weights.map((w) => site.url + w.url));
await Promise.all([emptySite.close(), site.close()]);
rmSync(empty, { recursive: true, force: true });

lines.push('', '## The real site, per page template', '', `${pages.length} pages, built in ${realBuild.seconds.toFixed(1)} s, of which ${realBuild.pdfSeconds.toFixed(1)} s for the PDFs (peak ${realBuild.maxRssMb.toFixed(0)} MB). Bytes are gzip, as a host sends them. Paint times are Lighthouse's lab figures (mobile, simulated Slow 4G, 4× slower CPU; median of 3), next to an empty page's: **${s(floor!.lcp)} s**, the floor.`, '');
lines.push(row(['template', 'example', 'HTML', 'CSS', 'JS', 'total', 'head + first screen', 'fits 14.6 KB', 'FCP s', 'LCP s', 'LCP − floor']), row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---', '---:', '---:', '---:']));
weights.forEach((w, i) => {
  const p = paints[i]!;
  lines.push(row([w.template, `\`${w.url}\``, kb(w.html), kb(w.css), kb(w.js), kb(w.total), kb(w.firstScreen), w.firstScreen <= TARGETS.firstScreenKb * 1000 ? 'yes' : 'no', s(p.fcp), s(p.lcp), overFloor(p.lcp - floor!.lcp)]));
});
const contentPages = weights.filter((w) => !w.url.endsWith('/volledig/'));
const heaviest = contentPages.reduce((a, b) => (b.total > a.total ? b : a));
lines.push(
  '',
  `Targets: page total ≤ ${TARGETS.pageKb} KB (heaviest: ${heaviest.template}, ${kb(heaviest.total)} KB); CSS ≤ ${TARGETS.cssKb} KB (max ${kb(Math.max(...weights.map((w) => w.css)))} KB); JS ≤ ${TARGETS.jsKb} KB on a content page (max ${kb(Math.max(...weights.map((w) => w.js)))} KB); lab LCP within ${TARGETS.lcpOverFloor} s of the floor on every template. The whole vision on one page is the printable document and has no page budget.`,
);
json.lab = {
  floorLcpSeconds: Number(s(floor!.lcp)),
  templates: weights.map((w, i) => ({ template: w.template, url: w.url, totalBytes: w.total, fcpSeconds: Number(s(paints[i]!.fcp)), lcpSeconds: Number(s(paints[i]!.lcp)) })),
};

// The PDFs, one per edition.
lines.push('', '## The PDFs (one per edition)', '');
lines.push(row(['PDF', 'pages', 'size', 'bytes']), row(['---', '---:', '---:', '---:']));
const pdfFiles = readdirSync(real, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.pdf')).map((e) => join(e.parentPath, e.name)).sort();
const pdfBytes: number[] = [];
for (const file of pdfFiles) {
  const bytes = readFileSync(file);
  pdfBytes.push(bytes.length);
  lines.push(row([`\`/${file.slice(real.length + 1)}\``, (await readOutline(bytes)).pages, fileSize(bytes.length), bytes.length]));
}
if (pdfFiles.length > 0) {
  lines.push('', `The PDF step adds ${realBuild.pdfSeconds.toFixed(1)} s to the build of the real site for ${pdfFiles.length} editions, ${(realBuild.pdfSeconds / pdfFiles.length).toFixed(1)} s each, two at a time (target: under ${TARGETS.pdfSeconds} s for five); the largest PDF is ${fileSize(Math.max(...pdfBytes))} (target: under ${TARGETS.pdfMb} MB each). Each PDF is rendered twice, to put page numbers in its contents.`);
}

// 3. A first search.
lines.push('', '## First search query (the real site)', '');
lines.push(row(['query', 'results', 'bytes fetched (KB)', 'opened with ?q= (ms)', 'typed, Enter to results (ms)']), row(['---', '---:', '---:', '---:', '---:']));
for (const query of ['jeugdwet', 'mantelzorg', 'schulden']) {
  const cost = await firstQuery(real, query);
  (json.search as unknown[]).push({ query, results: cost.results, firstQueryBytes: cost.bytes, openedMs: Math.round(cost.openedMs), typedMs: Math.round(cost.typedMs) });
  lines.push(row([query, cost.results, kb(cost.bytes), cost.openedMs.toFixed(0), cost.typedMs.toFixed(0)]));
}
lines.push(
  '',
  `Targets: a first query fetches at most ${TARGETS.searchKb} KB and shows results in under ${TARGETS.searchMs} ms. Pagefind starts loading when a search box gets focus, so a reader who types finds it loaded; "opened with ?q=" is a link to a search, which loads everything after the page. Each query runs in a fresh browser, so nothing is cached.`,
);
rmSync(real, { recursive: true, force: true });
rmSync(`${real}-cache`, { recursive: true, force: true });

writeFileSync('BENCHMARKS.md', `${lines.join('\n')}\n`);
writeFileSync('benchmarks.json', `${JSON.stringify(json, null, 2)}\n`);
console.log(lines.join('\n'));
