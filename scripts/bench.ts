/**
 * npm run bench: builds synthetic sites of growing size with the real content model and
 * reports build time, memory and output size; then weighs the real site's page templates and
 * the cost of a first search query. Results go to BENCHMARKS.md; nothing here is asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPages, outDir } from '../src/gates/dist.ts';
import { pageWeight, type Weight } from '../src/gates/budgets/page-weight.ts';
import { fileSize } from '../src/lib/format/numbers.ts';
import { readPdfSummary } from '../src/pdf/build.ts';
import { readOutline } from '../src/pdf/read.ts';
import { firstQuery } from './bench/search-cost.ts';
import { writeSynthetic } from './bench/synthetic.ts';

const SIZES = (process.argv.find((a) => a.startsWith('--editions='))?.slice(11) ?? '10,30,100').split(',').map(Number);
const TARGETS = { pagesPer45s: 1000, memoryMb: 2048, pageKb: 25, cssKb: 10, jsKb: 5, searchKb: 150, firstScreenKb: 14.6, pdfSeconds: 10, pdfMb: 1.5 };

function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const path = join(dir, e.name);
    return sum + (e.isDirectory() ? dirBytes(path) : statSync(path).size);
  }, 0);
}

/** Builds one content folder in a child process; returns seconds (of which the PDFs), memory, pages and sizes. */
function measure(contentDir: string) {
  const out = outDir();
  const env = { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: out, ASTRO_CACHE_DIR: `${out}-cache` };
  const log = execFileSync('node', ['scripts/bench/build-once.ts'], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const build = { ...JSON.parse(log.trim().split('\n').pop()!), pdfSeconds: readPdfSummary(log) };
  const start = performance.now();
  execFileSync('npx', ['pagefind', '--site', out], { env, stdio: 'ignore' });
  const pagefindSeconds = (performance.now() - start) / 1000;
  return { out, pages: builtPages(out).length, ...build, pagefindSeconds, mb: dirBytes(out) / 1e6 };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

// Times are wall-clock: on a machine that other work shares they grow with its load, so the load is stated.
const load = `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores at the start`;
const lines: string[] = ['# Benchmarks', '', `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, ${process.platform}, Node ${process.version}, ${load}. Targets from the benchmark issue; no timed test asserts them.`, ''];

lines.push('## Build scaling (synthetic editions, real content model)', '');
lines.push(row(['editions', 'pages', 'build s', 'of which PDFs s', 'pages/s', 'Pagefind s', 'peak memory MB', 'output MB']), row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
const runs: { pages: number; seconds: number; pdfSeconds: number }[] = [];
for (const editions of SIZES) {
  const content = mkdtempSync(join(tmpdir(), 'sv-bench-content-'));
  writeSynthetic(content, editions);
  const m = measure(content);
  runs.push(m);
  lines.push(row([editions, m.pages, m.seconds.toFixed(1), m.pdfSeconds.toFixed(1), (m.pages / m.seconds).toFixed(0), m.pagefindSeconds.toFixed(1), m.maxRssMb.toFixed(0), m.mb.toFixed(1)]));
  console.log(lines.at(-1));
  rmSync(content, { recursive: true, force: true });
  rmSync(m.out, { recursive: true, force: true });
}
if (runs.length >= 2) {
  const [a, b] = [runs[0]!, runs.at(-1)!];
  const per1000 = ((b.seconds - a.seconds) / (b.pages - a.pages)) * 1000;
  const pages1000 = ((b.seconds - b.pdfSeconds - (a.seconds - a.pdfSeconds)) / (b.pages - a.pages)) * 1000;
  lines.push('', `Growth: ${per1000.toFixed(1)} s of build time per 1,000 extra pages, of which ${pages1000.toFixed(1)} s for the pages and the rest for one PDF per edition (target: 1,000 pages in at most 45 s, under ${TARGETS.memoryMb} MB).`);
}

const real = measure('content');
lines.push('', '## The real site, per page template (gzip bytes)', '', `${real.pages} pages, built in ${real.seconds.toFixed(1)} s, of which ${real.pdfSeconds.toFixed(1)} s for the PDFs (peak ${real.maxRssMb.toFixed(0)} MB), Pagefind ${real.pagefindSeconds.toFixed(1)} s.`, '');
const pages = builtPages(real.out);
const pick = (pattern: RegExp) => pages.find((p) => pattern.test(p));
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
  const url = pick(pattern);
  return url ? [pageWeight(real.out, name, url)] : [];
});
lines.push(row(['template', 'example', 'HTML', 'CSS', 'JS', 'total', 'head + first screen', 'fits 14.6 KB']), row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---']));
for (const w of weights) lines.push(row([w.template, `\`${w.url}\``, kb(w.html), kb(w.css), kb(w.js), kb(w.total), kb(w.firstScreen), w.firstScreen <= 14600 ? 'yes' : 'no']));
const contentPages = weights.filter((w) => !w.url.endsWith('/volledig/'));
const heaviest = contentPages.reduce((a, b) => (b.total > a.total ? b : a));
lines.push('', `Targets: page total ≤ ${TARGETS.pageKb} KB (heaviest: ${heaviest.template}, ${kb(heaviest.total)} KB); CSS ≤ ${TARGETS.cssKb} KB (${kb(weights[0]!.css)} KB); JS ≤ ${TARGETS.jsKb} KB on a content page (max ${kb(Math.max(...weights.map((w) => w.js)))} KB). The whole vision on one page is the printable document and has no page budget.`);

lines.push('', '## The PDFs (one per edition)', '');
lines.push(row(['PDF', 'pages', 'size', 'bytes']), row(['---', '---:', '---:', '---:']));
const pdfFiles = readdirSync(real.out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.pdf')).map((e) => join(e.parentPath, e.name)).sort();
const pdfBytes: number[] = [];
for (const file of pdfFiles) {
  const bytes = readFileSync(file);
  pdfBytes.push(bytes.length);
  lines.push(row([`\`/${file.slice(real.out.length + 1)}\``, (await readOutline(bytes)).pages, fileSize(bytes.length), bytes.length]));
}
lines.push('', `The PDF step adds ${real.pdfSeconds.toFixed(1)} s to the build of the real site for ${pdfFiles.length} editions, ${(real.pdfSeconds / pdfFiles.length).toFixed(1)} s each, two at a time (target: under ${TARGETS.pdfSeconds} s for five); the largest PDF is ${fileSize(Math.max(...pdfBytes))} (target: under ${TARGETS.pdfMb} MB each). Each PDF is rendered twice, to put page numbers in its contents.`);

lines.push('', '## First search query', '');
lines.push(row(['query', 'results', 'bytes fetched (KB)', 'time (ms)']), row(['---', '---:', '---:', '---:']));
for (const query of ['jeugdwet', 'mantelzorg', 'schulden']) {
  const cost = await firstQuery(real.out, query);
  lines.push(row([query, cost.results, kb(cost.bytes), cost.ms.toFixed(0)]));
}
lines.push('', `Target: a first query fetches at most ${TARGETS.searchKb} KB. Each query runs in a fresh browser, so nothing is cached.`);
rmSync(real.out, { recursive: true, force: true });

writeFileSync('BENCHMARKS.md', `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
