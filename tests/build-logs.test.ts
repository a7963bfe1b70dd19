import { describe, expect, test } from 'vitest';
import { isHarmlessBuildLog, quietBuildLogs } from '../src/lib/build-logs';

const HEAD_INJECT = 'Module level directives cause errors when bundled, "use astro:head-inject" in "content/x.mdx" was ignored.';

describe('the bundler logs a build shows', () => {
  test.each([
    ['the MDX head-inject directive warning', 'warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: HEAD_INJECT }, true],
    ['another module directive', 'warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: '"use client" in "x.js" was ignored.' }, false],
    ['another warning', 'warn', { code: 'UNRESOLVED_IMPORT', message: HEAD_INJECT }, false],
    ['the same text as information', 'info', { code: 'MODULE_LEVEL_DIRECTIVE', message: HEAD_INJECT }, false],
  ] as const)('%s: dropped %s', (_, level, log, dropped) => {
    expect(isHarmlessBuildLog(level, log)).toBe(dropped);
    const shown: unknown[] = [];
    quietBuildLogs(level, log, (_level, l) => shown.push(l));
    expect(shown).toEqual(dropped ? [] : [log]);
  });
});
