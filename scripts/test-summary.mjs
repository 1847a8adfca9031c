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
if (total.failed > 0 || total.skipped > 0 || total.passed === 0) process.exitCode = 1;
