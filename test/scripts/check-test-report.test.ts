import { describe, expect, it } from 'vitest';
import { type TestReport, testReportProblems } from '../../scripts/check-test-report.js';

function report(files: { status: string; message?: string; tests: [string, string][] }[]): TestReport {
  const tests = files.flatMap((f) => f.tests);
  const count = (status: string) => tests.filter(([, s]) => s === status).length;
  return {
    success: files.every((f) => f.status === 'passed') && count('failed') === 0,
    numTotalTests: tests.length,
    numPassedTests: count('passed'),
    numFailedTests: count('failed'),
    numPendingTests: count('skipped') + count('pending'),
    numTodoTests: count('todo'),
    numFailedTestSuites: files.filter((f) => f.status === 'failed').length,
    testResults: files.map((f) => ({
      name: '/repo/test/some.test.ts',
      status: f.status,
      message: f.message ?? '',
      assertionResults: f.tests.map(([fullName, status]) => ({ fullName, status })),
    })),
  };
}

describe('the CI test report check', () => {
  it('accepts a run where every test passed', () => {
    expect(testReportProblems(report([{ status: 'passed', tests: [['a', 'passed']] }]))).toEqual([]);
  });

  it('refuses a file whose beforeAll failed, though its tests only show as skipped', () => {
    const problems = testReportProblems(
      report([
        { status: 'passed', tests: [['a', 'passed']] },
        {
          status: 'failed',
          message: 'Error: boom',
          tests: [
            ['b', 'skipped'],
            ['c', 'skipped'],
          ],
        },
      ]),
    );
    expect(problems).toEqual([
      'the run did not succeed',
      '1 test file failed: /repo/test/some.test.ts (Error: boom)',
      '2 tests did not run: b, c',
    ]);
  });

  it('refuses skipped and todo tests unless they are allowed by name', () => {
    const run = report([
      {
        status: 'passed',
        tests: [
          ['a', 'passed'],
          ['b', 'skipped'],
          ['c', 'todo'],
        ],
      },
    ]);
    expect(testReportProblems(run)).toEqual(['2 tests did not run: b, c']);
    expect(testReportProblems(run, ['b', 'c'])).toEqual([]);
  });

  it('refuses a run where no test passed', () => {
    expect(testReportProblems(report([]))).toEqual(['no test passed']);
  });
});
