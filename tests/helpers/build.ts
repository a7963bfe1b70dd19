import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outDir } from '../../src/gates/dist';

export const FIXTURE = 'tests/fixtures/content';

/** A copy of the fixture content in a temporary folder, to break on purpose. */
export function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sv-content-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** The environment of a build a test starts: Vitest's own variables (NODE_ENV=test, VITEST_*) change how Astro builds, so they are left out. */
export function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
  return { ...base, NO_COLOR: '1', ...env };
}

/** Builds the site from a content folder into a fresh folder; returns what it printed. */
export function build(contentDir: string, env: Record<string, string> = {}) {
  const out = outDir();
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: buildEnv({ CONTENT_DIR: contentDir, OUT_DIR: out, ASTRO_CACHE_DIR: `${out}-cache`, ...env }),
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`, out };
}
