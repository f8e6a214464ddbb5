/**
 * The end of a run in a few lines a QA engineer reads: how many flows ran and how they ended, the
 * slowest five with their times, and the total. (The list reporter prints each flow as it ends;
 * the HTML report in playwright-report/ has traces of the failures.)
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

type Ran = { title: string; project: string; ms: number; status: TestResult['status'] };

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default class SummaryReporter implements Reporter {
  private readonly ran: Ran[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    this.ran.push({
      title: test.titlePath().slice(2).join(' › '),
      project: test.parent.project()?.name ?? '',
      ms: result.duration,
      status: result.status,
    });
  }

  onEnd(result: FullResult): void {
    const count = (status: TestResult['status']) =>
      this.ran.filter((ran) => ran.status === status).length;
    const durations = this.ran.map((ran) => ran.ms).sort((a, b) => a - b);
    const median = durations.length ? durations[Math.floor(durations.length / 2)]! : 0;
    const lines = [
      '',
      `${this.ran.length} flows ran: ${count('passed')} passed, ${count('failed') + count('timedOut')} failed, ${count('skipped')} skipped; median ${seconds(median)}; total ${seconds(result.duration)} (${result.status}).`,
      'Slowest five:',
      ...[...this.ran]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5)
        .map((ran) => `  ${seconds(ran.ms).padStart(7)}  [${ran.project}] ${ran.title}`),
    ];
    console.log(lines.join('\n'));
  }

  printsToStdio(): boolean {
    return true;
  }
}
