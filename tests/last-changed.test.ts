import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { commitDays, SHALLOW_CLONE_NOTE } from '../src/lib/content/last-changed';

/** A git repository with two files changed on two days, and a clone of it with that depth. */
function repository(depth?: number): string {
  const origin = mkdtempSync(join(tmpdir(), 'sv-git-'));
  const git = (cwd: string, args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd,
      stdio: 'ignore',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', ...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }) },
    });
  git(origin, ['init', '-q']);
  writeFileSync(join(origin, 'oud.mdx'), 'oud');
  git(origin, ['add', '.']);
  git(origin, ['commit', '-qm', 'oud'], '2024-03-01T12:00:00Z');
  writeFileSync(join(origin, 'nieuw.mdx'), 'nieuw');
  git(origin, ['add', '.']);
  git(origin, ['commit', '-qm', 'nieuw'], '2026-05-01T12:00:00Z');
  if (depth === undefined) return origin;
  const clone = mkdtempSync(join(tmpdir(), 'sv-clone-'));
  git(clone, ['clone', '-q', '--depth', String(depth), `file://${origin}`, '.']);
  return clone;
}

afterEach(() => vi.restoreAllMocks());

describe('"Laatst gewijzigd" from git', () => {
  test('a full history gives each file the day of its last commit', () => {
    expect(Object.fromEntries(commitDays(repository()))).toEqual({ 'oud.mdx': '2024-03-01', 'nieuw.mdx': '2026-05-01' });
  });

  test('a shallow clone guesses no dates, and says so in the build output', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(commitDays(repository(1)).size).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(SHALLOW_CLONE_NOTE));
  });

  test('outside git there are no dates', () => {
    expect(commitDays(mkdtempSync(join(tmpdir(), 'sv-nogit-'))).size).toBe(0);
  });
});
