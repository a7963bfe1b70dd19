import { describe, expect, test } from 'vitest';
import { summarize, type VitestReport } from '../scripts/test-summary';

const file = (name: string, status: string, tests: string[], message = '') => ({ name, status, message, assertionResults: tests.map((s) => ({ status: s })) });
const report = (files: VitestReport['testResults'], counts: Partial<VitestReport> = {}): VitestReport => ({
  numPassedTests: files.flatMap((f) => f.assertionResults).filter((a) => a.status === 'passed').length,
  numFailedTests: files.flatMap((f) => f.assertionResults).filter((a) => a.status === 'failed').length,
  numPendingTests: files.flatMap((f) => f.assertionResults).filter((a) => a.status === 'skipped' || a.status === 'pending').length,
  numTodoTests: 0,
  testResults: files,
  ...counts,
});

describe('the CI summary line cannot look better than the run', () => {
  test.each([
    ['all passed', report([file('a.test.ts', 'passed', ['passed', 'passed'])]), { passed: 2, failed: 0 }],
    ['a failed test', report([file('a.test.ts', 'failed', ['passed', 'failed'])]), { passed: 1, failed: 1 }],
    ['a suite whose browser did not start: its skipped tests and the suite fail', report([file('e2e/pages.test.ts', 'failed', ['skipped', 'skipped'], 'Error: no Chromium')]), { passed: 0, failed: 3 }],
    ['a file that did not load', report([file('b.test.ts', 'failed', [], 'SyntaxError')]), { passed: 0, failed: 1 }],
    ['a skipped test in a passing file', report([file('c.test.ts', 'passed', ['passed', 'skipped'])]), { passed: 1, failed: 1 }],
    ['a todo', report([file('d.test.ts', 'passed', ['passed'])], { numTodoTests: 1 }), { passed: 1, failed: 1 }],
  ])('%s', (_, input, expected) => expect(summarize(input)).toMatchObject(expected));

  test('says why', () => {
    expect(summarize(report([file('e2e/pages.test.ts', 'failed', ['skipped'], 'Error: no Chromium\n  at x')])).why).toEqual([
      'e2e/pages.test.ts did not run: Error: no Chromium',
      '1 tests were skipped or left as todo',
    ]);
  });
});
