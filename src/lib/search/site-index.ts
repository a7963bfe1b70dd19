import { spawnSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../html-files.ts';
import { PAGEFIND_ENV } from './cost.ts';

/** The attribute of the element Pagefind indexes; once one page has it, Pagefind leaves out the pages without it. */
const BODY = 'data-pagefind-body';

/** Pagefind's command line, beside the module its package exports (lib/index.js). */
const pagefind = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/**
 * Writes Pagefind's index of the built site in `site` to `site/<outputSubdir>`: the same files as
 * `pagefind --site <site> --output-subdir <outputSubdir>`, in a fraction of the time, in the
 * small index chunks of src/lib/search/cost.ts. `npm run build` and the sharded build both use it.
 *
 * Pagefind leaves the pages without `data-pagefind-body` (the search pages, the A–Z list) out of
 * the index, but only after parsing them, and on a site of every municipality each edition's search
 * page lists every page of the site: most of its HTML, and most of Pagefind's time and memory. So
 * Pagefind here reads a folder of hard links to the pages that have the attribute, laid out as the
 * site is, and writes its index into the site. A site without the attribute anywhere is indexed
 * whole, as Pagefind would.
 */
export function indexSite(site: string, outputSubdir: string): void {
  const output = join(site, outputSubdir);
  const pages = htmlFiles(site).filter((file) => !file.startsWith(`${output}${sep}`));
  const marked = pages.filter((file) => readFileSync(file).includes(BODY));
  const view = `${site.replace(/[\\/]+$/, '')}.search-view`;
  rmSync(view, { recursive: true, force: true });
  try {
    for (const file of marked.length > 0 ? marked : pages) {
      const target = join(view, relative(site, file));
      mkdirSync(dirname(target), { recursive: true });
      try {
        linkSync(file, target);
      } catch {
        cpSync(file, target);
      }
    }
    const result = spawnSync(process.execPath, [pagefind, '--site', view, '--output-path', output, '--quiet'], { encoding: 'utf8', env: { ...process.env, ...PAGEFIND_ENV } });
    if (result.status !== 0) throw new Error(`Pagefind failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  } finally {
    rmSync(view, { recursive: true, force: true });
  }
}
