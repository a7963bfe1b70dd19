import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { outDir } from '../src/gates/dist';
import { buildEnv, copyFixture } from './helpers/build';

/** `npm run build` of a content folder into `out`, as a deployer runs it. */
function npmBuild(contentDir: string, out: string) {
  const result = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', env: buildEnv({ CONTENT_DIR: contentDir, OUT_DIR: out, ASTRO_CACHE_DIR: `${out}-cache` }) });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

/** What is left next to the output folder besides it and its cache: half-built folders. */
const leftovers = (out: string) => readdirSync(dirname(out)).filter((name) => name.startsWith(`${out.split('/').at(-1)}.`));

describe('npm run build is atomic', () => {
  test('a failed build leaves the previous site as it was', () => {
    const out = outDir();
    writeFileSync(join(out, 'index.html'), 'de vorige site');
    const broken = copyFixture();
    mkdirSync(join(broken, 'gemeenten/voorbeeld/pijler'));
    writeFileSync(join(broken, 'gemeenten/voorbeeld/pijler/verkeerd.mdx'), '---\ntitle: x\n---\n');
    const { ok, output } = npmBuild(broken, out);
    expect(ok).toBe(false);
    expect(output).toContain(`The build did not complete: ${out}/ is unchanged (the previous site).`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('de vorige site');
    expect(leftovers(out)).toEqual([]);
  });

  test('a complete build replaces the site, with the search index of the folder that was built', () => {
    const out = outDir();
    writeFileSync(join(out, 'oud.html'), 'de vorige site');
    const { ok, output } = npmBuild(copyFixture(), out);
    expect(ok, output).toBe(true);
    expect(existsSync(join(out, 'oud.html'))).toBe(false);
    expect(existsSync(join(out, 'voorbeeld', 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(leftovers(out)).toEqual([]);
    // The bundler's harmless MDX warnings (src/lib/build-logs.ts) no longer bury a real one.
    expect(output).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });
});
