/**
 * CI's verdict on vitest's JSON report: the exit code alone is not enough (vitest exits 0 when every test of a
 * file is skipped, and a failing `beforeAll` shows as "8 skipped, 0 failed"). A run passes only when vitest
 * calls it a success, no test file failed, at least one test passed and none was skipped or left todo, except
 * those named in the allow-list.
 *
 * usage: tsx scripts/check-test-report.ts REPORT.json [ALLOWED_SKIPS.txt]  (one full test name per line)
 */
import { readFileSync } from 'node:fs';

/** The parts of vitest's (jest-compatible) JSON report this check reads. */
export interface TestReport {
  readonly success: boolean;
  readonly numTotalTests: number;
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly numPendingTests: number;
  readonly numTodoTests: number;
  readonly numFailedTestSuites: number;
  readonly testResults: readonly {
    readonly name: string;
    readonly status: string;
    readonly message: string;
    readonly assertionResults: readonly { readonly fullName: string; readonly status: string }[];
  }[];
}

const DID_NOT_RUN = new Set(['skipped', 'pending', 'todo', 'disabled']);

/** Everything wrong with a run, one line each; empty when CI may pass. */
export function testReportProblems(report: TestReport, allowedSkips: readonly string[] = []): string[] {
  const problems: string[] = [];
  if (!report.success) problems.push('the run did not succeed');
  const failedFiles = report.testResults.filter((file) => file.status === 'failed');
  if (failedFiles.length > 0) {
    const names = failedFiles.map((f) => `${f.name}${f.message ? ` (${f.message.split('\n')[0]})` : ''}`);
    problems.push(
      `${failedFiles.length} test file${failedFiles.length === 1 ? '' : 's'} failed: ${names.join(', ')}`,
    );
  }
  if (report.numFailedTests > 0) problems.push(`${report.numFailedTests} tests failed`);
  const allowed = new Set(allowedSkips);
  const notRun = report.testResults
    .flatMap((file) => file.assertionResults)
    .filter((test) => DID_NOT_RUN.has(test.status) && !allowed.has(test.fullName))
    .map((test) => test.fullName);
  if (notRun.length > 0) problems.push(`${notRun.length} tests did not run: ${notRun.join(', ')}`);
  if (!(report.numPassedTests > 0) && problems.length === 0) problems.push('no test passed');
  return problems;
}

function main(args: readonly string[]): number {
  const [reportFile, allowFile] = args;
  if (!reportFile) {
    console.error('usage: check-test-report REPORT.json [ALLOWED_SKIPS.txt]');
    return 2;
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as TestReport;
  const allowed = allowFile
    ? readFileSync(allowFile, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
    : [];
  const problems = testReportProblems(report, allowed);
  console.log(
    `ci: ${report.numPassedTests} of ${report.numTotalTests} tests passed, ${report.numFailedTests} failed, ` +
      `${report.numPendingTests + report.numTodoTests} skipped or todo`,
  );
  for (const problem of problems) console.error(`ci: ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
