/**
 * The plain-language report for authors: node scripts/plain-language.ts [dist] [edition]
 * (npm scripts and `npx node` run on the project's Node 24). Reads a built site (default dist/)
 * and prints, per edition, the average sentence length, every sentence over 25 words on entry
 * pages and every abbreviation not explained at its first use, each with the file and the fix.
 * The rules are in src/gates/plain-language/; tests/plain-language.test.ts enforces them.
 * Exits with 1 when there is a problem. An edition built alone (EDITION=x) sits at the root:
 * pass its name as `edition`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkEdition, editionPages, formatProblem, MAX_AVERAGE, MAX_SENTENCE } from '../src/gates/plain-language/index.ts';
import { builtPages, readPage } from '../src/gates/dist.ts';

const [dist = 'dist', only] = process.argv.slice(2);
if (!existsSync(dist)) {
  console.error(`${dist} does not exist: build the site first (npx astro build).`);
  process.exit(2);
}
const urls = builtPages(dist);
/** Editions of a full build: the folders with a whole vision on one page. */
const built = urls.flatMap((url) => /^\/([a-z0-9-]+)\/volledig\/$/.exec(url)?.[1] ?? []);
/** Pages of the site itself (search, A-Z, laws, themes, accessibility): not an edition's text. */
const SITE = /^\/(wetten|thema|zoeken|a-z|toegankelijkheid|privacy)\//;

let failed = false;
for (const edition of only ? [only] : built) {
  const alone = !built.includes(edition) && urls.includes('/volledig/');
  if (!alone && !built.includes(edition)) {
    console.error(`${edition}: no edition of that name in ${dist} (found: ${built.join(', ') || 'none'}).`);
    failed = true;
    continue;
  }
  const root = alone ? '/' : `/${edition}/`;
  const pages = editionPages(urls, root)
    .filter((url) => !(alone && SITE.test(url)))
    .map((url) => ({ url, html: readPage(dist, url) }));
  const report = checkEdition(edition, pages, root);
  const long = report.problems.filter((p) => p.rule === 'long-sentence');
  const abbreviations = report.problems.filter((p) => p.rule === 'abbreviation');
  console.log(`${edition}: ${report.pages.length} pages, ${report.sentences} sentences, average ${report.average.toFixed(1)} words (at most ${MAX_AVERAGE})`);
  for (const p of report.problems.filter((q) => q.rule === 'average')) console.log(`  ${formatProblem(p)}`);
  console.log(`${long.length} sentences over ${MAX_SENTENCE} words on entry pages${long.length ? ':' : ''}`);
  for (const p of long) console.log(`  ${formatProblem(p)}`);
  console.log(`${abbreviations.length} abbreviations not explained at their first use${abbreviations.length ? ':' : ''}`);
  for (const p of abbreviations) console.log(`  ${formatProblem(p)}`);
  console.log('');
  if (report.problems.length) failed = true;
}
if (!only && built.length === 0) {
  console.error(`No edition found in ${join(dist)}: pass the name of an edition built alone.`);
  failed = true;
}
process.exit(failed ? 1 : 0);
