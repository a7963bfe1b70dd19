import { execFileSync } from 'node:child_process';

/** The day of the last commit of a file ("2026-03-01"), or undefined outside git or for a new file. */
export function gitDate(file: string): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * When a page's content last changed: the `updated` its author wrote, else the last commit of
 * its file, else `fallback` (the edition's date) when git cannot tell.
 */
export function lastChanged(filePath: string | undefined, updated: string | undefined, fallback?: string): string | undefined {
  return updated ?? (filePath ? gitDate(filePath) : undefined) ?? fallback;
}
