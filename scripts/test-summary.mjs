// The closing line of `npm test`: the counts of every package's run (fresh or restored from
// turbo's cache) and of the end-to-end run, added up. Fails when any test failed or was skipped.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url).pathname;
const files = ['apps', 'packages']
  .flatMap((group) => readdirSync(`${root}${group}`).map((name) => `${group}/${name}/test-results/summary.json`))
  .concat('test-results/summary.json')
  .filter((file) => existsSync(`${root}${file}`));
const total = { passed: 0, failed: 0, skipped: 0 };
for (const file of files) {
  const counts = JSON.parse(readFileSync(`${root}${file}`, 'utf8'));
  for (const key of Object.keys(total)) total[key] += counts[key];
}
const line = `tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`;
mkdirSync(`${root}test-results`, { recursive: true });
writeFileSync(`${root}test-results/total.txt`, `${line}\n`);
console.log(`\n${files.length} test runs\n${line}`);
if (total.failed > 0 || total.skipped > 0 || total.passed === 0) {
  process.exitCode = 1;
  showSystemTrouble(`${root}test-results/e2e-system.log`);
}

/**
 * After a failed run, what the shared end-to-end system logged that a failed step may have waited
 * on: warnings and errors, and requests that took 5 s or more (CI shows only this output).
 */
function showSystemTrouble(file) {
  if (!existsSync(file)) return;
  const trouble = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => {
      const json = line.slice(line.indexOf('{'));
      try {
        const entry = JSON.parse(json);
        return entry.level >= 40 || entry.ms >= 5000;
      } catch {
        return false;
      }
    });
  if (trouble.length === 0) return;
  console.log(`\nthe end-to-end system's warnings, errors and requests of 5 s or more (last 60 of ${trouble.length}):`);
  for (const line of trouble.slice(-60)) console.log(line.length > 600 ? `${line.slice(0, 600)}…` : line);
}
