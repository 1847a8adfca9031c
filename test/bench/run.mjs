// `npm run bench`: every benchmark the project keeps. `npm run bench -- ranking` runs one; options
// (`--fresh`) go to the benches named.
import { spawnSync } from 'node:child_process';

const benches = {
  ranking: 'ranking.mjs',
  supervision: 'supervision.mjs',
  gateway: 'gateway-compare.mjs',
  direct: 'gateway-direct.mjs',
  load: 'load.mjs',
  province: 'province.mjs',
  footprint: 'footprint.mjs',
};
const args = process.argv.slice(2);
const options = args.filter((a) => a.startsWith('--'));
const names = args.filter((a) => !a.startsWith('--'));
const chosen = names.length ? names : Object.keys(benches);
for (const name of chosen) {
  const file = benches[name];
  if (!file) {
    console.error(`unknown bench ${name}; choose from ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n== bench: ${name}`);
  const { status } = spawnSync(process.execPath, [new URL(file, import.meta.url).pathname, ...options], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
