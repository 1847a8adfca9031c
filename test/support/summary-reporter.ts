import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line (`tests: N passed, N failed, N skipped`) and fails the run when
 * any test was skipped: in CI a skipped test is a missing check, not a pass.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const skipped: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else {
          counts.skipped += 1;
          skipped.push(test.fullName);
        }
      }
    }
    const line = `tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
    // Each package's run leaves its counts in its own folder (turbo restores them with a cached
    // run); `scripts/test-summary.mjs` adds them up into the one closing line of `npm test`.
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/summary.json', `${JSON.stringify(counts)}\n`);
    if (skipped.length > 0) {
      console.error(`Skipped tests fail the run:\n${skipped.map((name) => `  - ${name}`).join('\n')}`);
      process.exitCode = 1;
    }
    console.log(`\n${line}`);
  }
}
