/**
 * npm run build: builds the site into a new folder next to the output folder (OUT_DIR, default
 * dist), indexes that folder with Pagefind, and only then swaps it in. Astro empties its output
 * folder before it builds, so a failed or interrupted build used to leave no site, or a site
 * with half a search index; now the previous site stays until a complete one replaces it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { indexSite } from '../src/lib/search/site-index.ts';
import { SEARCH_INDEX_DIR } from '../src/lib/site-names.ts';

const target = process.env.OUT_DIR || 'dist';
const building = `${target}.building-${process.pid}`;
const previous = `${target}.previous-${process.pid}`;

/** Whether a process still runs: the folders of a build that was killed outright are left behind. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// Folders of earlier builds that were killed before they could clean up; a build that still runs keeps its own.
const leftover = new RegExp(`^${basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(building|previous)-(\\d+)$`);
for (const name of existsSync(dirname(target)) ? readdirSync(dirname(target)) : []) {
  const pid = leftover.exec(name)?.[2];
  if (pid && !running(Number(pid))) rmSync(join(dirname(target), name), { recursive: true, force: true });
}

// Ctrl-C reaches Astro or Pagefind too; catching it here lets this script remove the half-built folder.
let interrupted = false;
process.on('SIGINT', () => (interrupted = true));
process.on('SIGTERM', () => (interrupted = true));

/** Runs a command of the project (node_modules/.bin) and says whether it completed. */
const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  !interrupted && spawnSync('npx', ['--no-install', command, ...args], { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0 && !interrupted;

/** The index of the folder that was built, where the search page looks for it (/pagefind/). */
function indexed(): boolean {
  try {
    indexSite(building, SEARCH_INDEX_DIR);
  } catch (error) {
    console.error((error as Error).message);
    return false;
  }
  return !interrupted;
}

const complete = run('astro', ['build'], { OUT_DIR: building }) && indexed();

if (!complete) {
  rmSync(building, { recursive: true, force: true });
  console.error(`\nThe build did not complete: ${target}/ is unchanged${existsSync(target) ? ' (the previous site)' : ''}.`);
  process.exit(1);
}
if (existsSync(target)) renameSync(target, previous);
renameSync(building, target);
rmSync(previous, { recursive: true, force: true });
console.log(`\n${target}/ now holds the new site, with its search index.`);
