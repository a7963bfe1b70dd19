import { execFileSync } from 'node:child_process';
import { normalize } from 'node:path';

let commitDays: Map<string, string> | undefined;

/**
 * The day of the last commit of every file, from one `git log` for the whole build: a git
 * process per page cost seconds per thousand pages. Empty outside git.
 */
function lastCommitDays(): Map<string, string> {
  if (commitDays) return commitDays;
  commitDays = new Map();
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--relative'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    let day = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) day = line.slice(1);
      // Newest commits come first: the first day seen for a file is its last change.
      else if (line && !commitDays.has(line)) commitDays.set(line, day);
    }
  } catch {
    // Not a git checkout (or no git): pages fall back to the edition's date.
  }
  return commitDays;
}

/** The day of the last commit of a file ("2026-03-01"), or undefined outside git or for a new file. */
export function gitDate(file: string): string | undefined {
  return lastCommitDays().get(normalize(file));
}

/**
 * When a page's content last changed: the `updated` its author wrote, else the last commit of
 * its file, else `fallback` (the edition's date) when git cannot tell.
 */
export function lastChanged(filePath: string | undefined, updated: string | undefined, fallback?: string): string | undefined {
  return updated ?? (filePath ? gitDate(filePath) : undefined) ?? fallback;
}
