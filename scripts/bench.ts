/**
 * npm run bench: builds synthetic sites of growing size with the real content model and
 * reports build time, memory and output size; then weighs the real site's page templates and
 * the cost of a first search query. Results go to BENCHMARKS.md; nothing here is asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPages, outDir } from '../src/gates/dist.ts';
import { pageWeight, type Weight } from '../src/gates/budgets/page-weight.ts';
import { firstQuery } from './bench/search-cost.ts';
import { writeSynthetic } from './bench/synthetic.ts';

const SIZES = (process.argv.find((a) => a.startsWith('--editions='))?.slice(11) ?? '10,30,100').split(',').map(Number);
const TARGETS = { pagesPer45s: 1000, memoryMb: 2048, pageKb: 25, cssKb: 10, jsKb: 5, searchKb: 150, firstScreenKb: 14.6 };

function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const path = join(dir, e.name);
    return sum + (e.isDirectory() ? dirBytes(path) : statSync(path).size);
  }, 0);
}

/** Builds one content folder in a child process; returns seconds, memory, pages and sizes. */
function measure(contentDir: string) {
  const out = outDir();
  const env = { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: out, ASTRO_CACHE_DIR: `${out}-cache` };
  const build = JSON.parse(execFileSync('node', ['scripts/bench/build-once.ts'], { env, encoding: 'utf8' }).trim().split('\n').pop()!);
  const start = performance.now();
  execFileSync('npx', ['pagefind', '--site', out], { env, stdio: 'ignore' });
  const pagefindSeconds = (performance.now() - start) / 1000;
  return { out, pages: builtPages(out).length, ...build, pagefindSeconds, mb: dirBytes(out) / 1e6 };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

const lines: string[] = ['# Benchmarks', '', `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, ${process.platform}, Node ${process.version}. Targets from the benchmark issue; no timed test asserts them.`, ''];

lines.push('## Build scaling (synthetic editions, real content model)', '');
lines.push(row(['editions', 'pages', 'build s', 'pages/s', 'Pagefind s', 'peak memory MB', 'output MB']), row(['---:', '---:', '---:', '---:', '---:', '---:', '---:']));
const runs: { pages: number; seconds: number }[] = [];
for (const editions of SIZES) {
  const content = mkdtempSync(join(tmpdir(), 'sv-bench-content-'));
  writeSynthetic(content, editions);
  const m = measure(content);
  runs.push(m);
  lines.push(row([editions, m.pages, m.seconds.toFixed(1), (m.pages / m.seconds).toFixed(0), m.pagefindSeconds.toFixed(1), m.maxRssMb.toFixed(0), m.mb.toFixed(1)]));
  console.log(lines.at(-1));
  rmSync(content, { recursive: true, force: true });
  rmSync(m.out, { recursive: true, force: true });
}
if (runs.length >= 2) {
  const [a, b] = [runs[0]!, runs.at(-1)!];
  const per1000 = ((b.seconds - a.seconds) / (b.pages - a.pages)) * 1000;
  lines.push('', `Growth: ${per1000.toFixed(1)} s of build time per 1,000 extra pages (target: 1,000 pages in at most 45 s, under ${TARGETS.memoryMb} MB).`);
}

const real = measure('content');
lines.push('', '## The real site, per page template (gzip bytes)', '', `${real.pages} pages, built in ${real.seconds.toFixed(1)} s (peak ${real.maxRssMb.toFixed(0)} MB), Pagefind ${real.pagefindSeconds.toFixed(1)} s.`, '');
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
