/**
 * The line `N passed, N failed` that .ci/run prints, from Vitest's JSON report. It cannot look
 * better than the run was: a suite that failed to start (its tests then count as skipped) and
 * every skipped or todo test count as failures, since a gate that did not run protected nothing.
 *
 *   node scripts/test-summary.ts test-results/vitest.json
 */
import { readFileSync } from 'node:fs';

/** The parts of Vitest's JSON report the summary reads. */
export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}

export function summarize(report: VitestReport): { passed: number; failed: number; why: string[] } {
  // A file that failed without a failed test: it did not load, or a hook before its tests threw.
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'));
  const skipped = report.numPendingTests + report.numTodoTests;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + skipped + brokenFiles.length,
    why: [
      ...brokenFiles.map((f) => `${f.name} did not run: ${(f.message ?? '').split('\n')[0]}`),
      ...(skipped ? [`${skipped} tests were skipped or left as todo`] : []),
    ],
  };
}

if (import.meta.main) {
  const { passed, failed, why } = summarize(JSON.parse(readFileSync(process.argv[2] ?? 'test-results/vitest.json', 'utf8')));
  for (const line of why) console.log(line);
  console.log(`${passed} passed, ${failed} failed`);
}
