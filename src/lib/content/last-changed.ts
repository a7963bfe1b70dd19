import { execFileSync } from 'node:child_process';
import { normalize } from 'node:path';

let cached: Map<string, string> | undefined;

/**
 * What the build says when git cannot know the dates. A shallow clone (`git clone --depth 1`,
 * the default in most CI) holds one commit, which would make it the last change of every page.
 * We do not fetch the history ourselves: the build may have no network or credentials, and CI
 * can fetch it in one setting.
 */
export const SHALLOW_CLONE_NOTE =
  'This is a shallow git clone (git clone --depth 1), which cannot tell when each page last changed. "Laatst gewijzigd" shows a page\'s `updated` date, else the edition\'s date. For the real dates, fetch the history first: git fetch --unshallow (GitHub Actions: fetch-depth: 0).';

/** Whether the checkout at `cwd` is a shallow clone; false outside git. */
function isShallowClone(cwd: string): boolean {
  try {
    return execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * The day of the last commit of every file under `cwd`, from one `git log` for the whole build: a
 * git process per page cost seconds per thousand pages. Empty outside git, and in a shallow clone
 * (which says so once, in the build output).
 */
export function commitDays(cwd = process.cwd()): Map<string, string> {
  const days = new Map<string, string>();
  if (isShallowClone(cwd)) {
    console.warn(`\n*** Laatst gewijzigd: ${SHALLOW_CLONE_NOTE}\n`);
    return days;
  }
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--relative'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    let day = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) day = line.slice(1);
      // Newest commits come first: the first day seen for a file is its last change.
      else if (line && !days.has(line)) days.set(line, day);
    }
  } catch {
    // Not a git checkout (or no git): pages fall back to the edition's date.
  }
  return days;
}

/** The day of the last commit of a file ("2026-03-01"), or undefined outside git, in a shallow clone or for a new file. */
export function gitDate(file: string): string | undefined {
  cached ??= commitDays();
  return cached.get(normalize(file));
}

/**
 * When a page's content last changed: the `updated` its author wrote, else the last commit of
 * its file, else `fallback` (the edition's date) when git cannot tell.
 */
export function lastChanged(filePath: string | undefined, updated: string | undefined, fallback?: string): string | undefined {
  return updated ?? (filePath ? gitDate(filePath) : undefined) ?? fallback;
}
