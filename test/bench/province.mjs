// Bench (`npm run bench -- province`): issue #13's province-sized data set in PostgreSQL, then the
// latency of every page the issue names, and the other list pages, through the gateway, each next
// to its target. See test/bench/README.md.
//
// The data set lives in its own schemas (province_<subgraph>) of DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/test) and is kept between runs: a run whose data set is there
// goes straight to measuring. `--fresh` drops and regenerates it, `--drop` drops it and stops,
// `--generate` only makes sure it is there.
// Settings (environment): DATABASE_URL, BENCH_REPS (20 timed requests per page, after 3 warm-up),
// BENCH_EXPORT_REPS (3), BENCH_RANKING_REPS (3), BENCH_ONLY (a part of the names to run), BENCH_SKIP_RANKING=1 (leave out computeRanking, which writes results),
// BENCH_OUT (a JSON file for the results), BENCH_PROFILE (a folder for a CPU profile of the score sheet export). Needs the build (`npx turbo run build --filter=!@ronghe/admin`).
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { isValidCreditCode, isValidIdNumber } from '../../packages/types/dist/index.js';
import { SUBGRAPHS, startSystem } from '../../scripts/system.mjs';
import { countProvince, generateProvince, SIZE, SPEC } from './province-data.mjs';

const root = new URL('../../', import.meta.url).pathname;
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REPS = Number(process.env.BENCH_REPS ?? 20);
const EXPORT_REPS = Number(process.env.BENCH_EXPORT_REPS ?? 3);
// Each ranking recounts the same review (allowed while the office has not changed its list).
const RANKING_REPS = Number(process.env.BENCH_RANKING_REPS ?? 3);
// Only the requests whose name holds this text (case-insensitive), e.g. `export` or `computeRanking`.
const ONLY = process.env.BENCH_ONLY?.toLowerCase();
const wanted = ([name]) => !ONLY || name.toLowerCase().includes(ONLY);
const WARMUP = 3;
const flags = new Set(process.argv.slice(2));
const schemas = Object.fromEntries(SUBGRAPHS.map((name) => [name, `province_${name}`]));
const META = 'province_bench';
const schemaEnv = Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_DB_SCHEMA`, schemas[name]]));
const secrets = {
  INTERNAL_SECRET: process.env.INTERNAL_SECRET ?? 'ronghe-dev-internal-secret-change-me-0123456789',
  JWT_SECRET: process.env.JWT_SECRET ?? 'ronghe-dev-jwt-secret-change-me-0123456789abcdef',
};
// The check characters' alphabets and weights of @ronghe/types' validators (GB 32100, GB 11643);
// the generated codes are checked with those validators below.
const rules = {
  creditChars: '0123456789ABCDEFGHJKLMNPQRTUWXY',
  creditWeights: [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28],
  idWeights: [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2],
  idCheck: '10X98765432',
};

for (const app of [...SUBGRAPHS, 'gateway']) {
  if (!existsSync(`${root}apps/${app}/dist/main.js`))
    throw new Error(`apps/${app} is not built: run \`npx turbo run build --filter=!@ronghe/admin\` first`);
}

const say = (line) => console.log(line);
const client = new pg.Client({ connectionString: DATABASE_URL });
await client.connect();
const dropAll = async () => {
  for (const schema of [...Object.values(schemas), META]) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
};

async function generated() {
  const { rows } = await client.query(`SELECT to_regclass('${META}.dataset') IS NOT NULL AS present`);
  if (!rows[0].present) return null;
  return (await client.query(`SELECT spec, generated_at, seconds FROM ${META}.dataset WHERE spec = $1`, [SPEC])).rows[0] ?? null;
}

const logs = [];
const onLine = (name, line) => logs.push(`[${name}] ${line}`);
const ports = { gateway: 43100, admin: null, organizations: 43101, tasks: 43102, nominations: 43103, evaluation: 43104 };
const probe = `--import=${pathToFileURL(`${root}test/bench/probe.mjs`)}`;
const systemEnv = (seed) => ({
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  SEED_DEMO: String(seed),
  DATABASE_URL,
  ...schemaEnv,
  ...secrets,
  NODE_OPTIONS: [process.env.NODE_OPTIONS, probe].filter(Boolean).join(' '),
});
const start = (seed) =>
  startSystem({ env: systemEnv(seed), ports, onLine, timeoutMs: 180_000 }).catch((error) => {
    throw new Error(`${error.message}\n${logs.slice(-40).join('\n')}`);
  });

let exitCode = 0;
let system;
// Interrupted, the bench stops the processes it started before it goes.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await system?.stop();
    process.exit(130);
  });
}
try {
  if (flags.has('--drop') || flags.has('--fresh')) {
    await dropAll();
    say('dropped the province data set');
    if (flags.has('--drop')) process.exit(0);
  }
  const existing = await generated();
  if (existing) {
    say(
      `province data set ${existing.spec} present (generated ${existing.generated_at.toISOString()} in ${existing.seconds} s); --fresh regenerates it`,
    );
  } else {
    await dropAll();
    const started = performance.now();
    say('creating the tables: the subgraphs migrate empty schemas and seed the demo district ...');
    system = await start(true);
    await system.stop();
    system = undefined;
    say(`generating the province data set ${SPEC} ...`);
    await generateProvince({ client, schemas, rules, say });
    const seconds = Math.round((performance.now() - started) / 1000);
    await client.query(
      `CREATE SCHEMA ${META}; CREATE TABLE ${META}.dataset (spec text PRIMARY KEY, generated_at timestamptz NOT NULL, seconds integer NOT NULL)`,
    );
    await client.query(`INSERT INTO ${META}.dataset VALUES ($1, now(), $2)`, [SPEC, seconds]);
    say(`generated in ${seconds} s`);
  }
  const counts = await countProvince(client, schemas);
  say(
    `data set: ${Object.entries(counts)
      .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
      .join(', ')}`,
  );
  // Every generated code passes the repository's own validators (a sample of each).
  const codes = await client.query(
    `SELECT credit_code FROM ${schemas.organizations}.organization WHERE credit_code IS NOT NULL ORDER BY md5(id::text) LIMIT 2000`,
  );
  const ids = await client.query(`SELECT id_number FROM ${schemas.organizations}.person ORDER BY md5(id::text) LIMIT 2000`);
  const badCodes = codes.rows.filter((r) => !isValidCreditCode(r.credit_code)).length;
  const badIds = ids.rows.filter((r) => !isValidIdNumber(r.id_number)).length;
  say(
    `validators: ${codes.rowCount - badCodes}/${codes.rowCount} credit codes and ${ids.rowCount - badIds}/${ids.rowCount} identity numbers valid`,
  );
  if (badCodes || badIds) throw new Error('generated identifiers fail the validators');
  if (flags.has('--generate')) process.exit(0);

  // Subjects: a township and a district of average size, the capital city (about 100,000 persons).
  const O = `${schemas.organizations}.organization`;
  const pick = async (sql) => (await client.query(sql)).rows[0];
  const township = await pick(`SELECT id, name FROM ${O} WHERE id = md5('org:t:1234')::uuid`);
  const district = await pick(`SELECT id, name FROM ${O} WHERE id = md5('org:d:42')::uuid`);
  const capital = await pick(`SELECT id, name FROM ${O} WHERE id = md5('org:c:0')::uuid`);
  const person = await pick(`SELECT name FROM ${schemas.organizations}.person WHERE char_length(name) = 3 ORDER BY id LIMIT 1 OFFSET 777`);
  // The review the data set filled (the others are the demo district's few nominations).
  const [{ reviewId }] = (
    await client.query(
      `SELECT review_id AS "reviewId" FROM ${schemas.evaluation}.review_nomination GROUP BY review_id ORDER BY count(*) DESC LIMIT 1`,
    )
  ).rows;
  const [{ cycleId }] = (
    await client.query(
      `SELECT cycle_id AS "cycleId" FROM ${schemas.nominations}.nomination GROUP BY cycle_id ORDER BY count(*) DESC LIMIT 1`,
    )
  ).rows;

  say('starting the system on the data set ...');
  system = await start(false);
  const gateway = system.gatewayUrl;
  const call = async (query, variables = {}, token, timeoutMs = 120_000) => {
    const response = await fetch(gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.json();
  };
  const login = await call('mutation { login(username: "admin", password: "Ronghe@2026") { accessToken } }');
  const token = login.data?.login?.accessToken;
  if (!token) throw new Error(`login failed: ${JSON.stringify(login)}`);
  const organizationsProbe = new URL('/__bench', system.subgraphUrls.organizations);
  const memory = async () => (await fetch(organizationsProbe)).json();
  // A subgraph's memory after an export it made: now, at its peak, and held once garbage is collected.
  const memoryNote = async (service) => {
    const probe = new URL('/__bench', system.subgraphUrls[service]);
    const now = await (await fetch(probe)).json();
    const kept = await (await fetch(`${probe}?gc=1`)).json();
    return `; ${service} RSS ${now.rssMb.toFixed(0)} MB, peak ${now.maxRssMb.toFixed(0)} MB; held after GC: heap ${kept.heapUsedMb.toFixed(0)} MB, buffers ${kept.externalMb.toFixed(0)} MB`;
  };

  const first = await call(`{ persons(first: 20) { pageInfo { endCursor } } }`, {}, token);
  const page2 = first.data?.persons?.pageInfo?.endCursor;
  const PERSONS = `nodes { id name gender idNumber phone } pageInfo { hasNextPage endCursor }`;
  const UNITS = `nodes { id name kind creditCode } pageInfo { hasNextPage endCursor }`;
  const LIST = 100;
  const EXPORT_MS = 15_000;
  const cases = [
    ['persons within a township (`within:`)', LIST, `query ($w: ID) { persons(first: 20, within: $w) { ${PERSONS} } }`, { w: township.id }],
    ['persons within a district', LIST, `query ($w: ID) { persons(first: 20, within: $w) { ${PERSONS} } }`, { w: district.id }],
    ['persons first page', LIST, `{ persons(first: 20) { ${PERSONS} } }`],
    ['persons second page (cursor)', LIST, `query ($a: String) { persons(first: 20, after: $a) { ${PERSONS} } }`, { a: page2 }],
    ['persons first page of 100', LIST, `{ persons(first: 100) { ${PERSONS} } }`],
    ['persons first page with totalCount', null, `{ persons(first: 20) { totalCount ${PERSONS} } }`],
    ...[person.name.slice(0, 1), person.name.slice(2), person.name.slice(0, 2), person.name.slice(1), person.name].map((fragment) => [
      `persons search, ${[...fragment].length} character${fragment.length > 1 ? 's' : ''} "${fragment}"`,
      LIST,
      `query ($s: String) { persons(first: 20, search: $s) { ${PERSONS} } }`,
      { s: fragment },
    ]),
    [
      'persons search within a township',
      LIST,
      `query ($w: ID, $s: String) { persons(first: 20, within: $w, search: $s) { ${PERSONS} } }`,
      { w: township.id, s: person.name.slice(0, 1) },
    ],
    ['organizations first page', LIST, `{ organizations(first: 20) { ${UNITS} } }`],
    ['organizations search "金水"', LIST, `{ organizations(first: 20, search: "金水") { ${UNITS} } }`],
    ['organizations search "金"', LIST, `{ organizations(first: 20, search: "金") { ${UNITS} } }`],
    ['organizations search "物流有限公司"', LIST, `{ organizations(first: 20, search: "物流有限公司") { ${UNITS} } }`],
    [
      'organizations: employers within a district',
      LIST,
      `query ($w: ID) { organizations(first: 20, within: $w, kind: EMPLOYER) { ${UNITS} } }`,
      { w: district.id },
    ],
    [
      'organization tree: a district, its children',
      LIST,
      `query ($id: ID!) { organization(id: $id) { name children(first: 50) { nodes { id name } } } }`,
      { id: district.id },
    ],
    [
      'nominations first page',
      LIST,
      `{ nominations(first: 20) { nodes { id category status nominee { __typename } } pageInfo { endCursor } } }`,
    ],
    [
      'nominations of a category',
      LIST,
      `{ nominations(first: 20, category: COMMUNITY) { nodes { id category status } pageInfo { endCursor } } }`,
    ],
    [
      'review score sheet first page',
      LIST,
      `query ($r: ID!) { reviewScoreSheet(reviewId: $r, first: 20) { pageInfo { endCursor } } }`,
      { r: reviewId },
    ],
    ['task assignments first page', LIST, `{ assignments(first: 20) { nodes { id status task { code } } pageInfo { endCursor } } }`],
    ['supervision overview', LIST, `{ supervisionOverview { totals { total } byArea { total } byTask { total } } }`],
    ['supervision roll-ups first page', LIST, `{ unitRollups(first: 20) { pageInfo { endCursor } } }`],
    ['supervision warnings first page', LIST, `{ supervisionWarnings(first: 20) { nodes { id status } pageInfo { endCursor } } }`],
    ['unit performance ranking first page', LIST, `{ unitPerformanceRanking(first: 20) { pageInfo { endCursor } } }`],
  ];
  // Follows a job every 250 ms, as the admin's progress bar does, until it ends.
  const followJob = async (service, id) => {
    for (;;) {
      const followed = await call(
        `query ($id: ID!) { ${service}Job(id: $id) { state error { code } files { id } result } }`,
        { id },
        token,
      );
      const job = followed.data?.[`${service}Job`];
      if (!job) return followed;
      if (job.state === 'FAILED') return { errors: [{ message: `job failed: ${job.error?.code}` }] };
      if (job.state === 'SUCCEEDED') return { data: { job } };
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  // A persons export past EXPORT_JOB_ROWS (5,000) runs as a job, as the admin asks for it: timed
  // from the request to the file downloaded from the gateway's /files route (streamed), as the
  // admin client's download button does.
  const personsExport = async ({ w }) => {
    const requested = await call(
      `mutation ($w: ID) { requestPersonsExport(within: $w) { file { rowCount contentBase64 } job { id } } }`,
      { w },
      token,
    );
    const answer = requested.data?.requestPersonsExport;
    if (!answer) return requested;
    if (answer.file) return { data: { export: answer.file } };
    return downloadJobFile('organizations', answer.job.id);
  };
  // Follows a job to its end and downloads its first file through the gateway, counting the bytes.
  const downloadJobFile = async (service, jobId) => {
    const done = await followJob(service, jobId);
    if (!done.data) return done;
    const answered = await fetch(new URL(`/files/${service}/${done.data.job.files[0].id}`, gateway), {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(120_000),
    });
    if (!answered.ok) return await answered.json();
    let bytes = 0;
    for await (const chunk of answered.body) bytes += chunk.length;
    return { data: { export: { rowCount: done.data.job.result.rowCount, bytes } } };
  };
  // The review's score sheet (评分表), one row per nomination and evaluator: always a job.
  const scoreSheetExport = async ({ r }) => {
    const requested = await call(`mutation ($r: ID!) { exportScoreSheet(reviewId: $r) { id } }`, { r }, token);
    const job = requested.data?.exportScoreSheet;
    return job ? downloadJobFile('evaluation', job.id) : requested;
  };
  // computeRanking answers with a job at once: timed from the request to the job done and the
  // first page of the ranked list read.
  const ranking = async ({ r }) => {
    const requested = await call(`mutation ($r: ID!) { computeRanking(reviewId: $r) { id } }`, { r }, token);
    const job = requested.data?.computeRanking;
    if (!job) return requested;
    const done = await followJob('evaluation', job.id);
    if (!done.data) return done;
    const page = await call(`query ($r: ID!) { review(id: $r) { results(first: 20) { nodes { rank } } } }`, { r }, token);
    return page.data ? { data: { ranking: { result: done.data.job.result } } } : page;
  };
  const exports = [
    [`persons export, a district (a job)`, EXPORT_MS, personsExport, { w: district.id }],
    [
      `organizations export, a district`,
      EXPORT_MS,
      `query ($w: ID) { exportOrganizations(within: $w) { rowCount contentBase64 } }`,
      { w: district.id },
    ],
    [
      `organizations export, the capital city`,
      EXPORT_MS,
      `query ($w: ID) { exportOrganizations(within: $w) { rowCount contentBase64 } }`,
      { w: capital.id },
    ],
    [`persons export, the capital city (a job)`, EXPORT_MS, personsExport, { w: capital.id }],
    [
      `nominations summary export, 50,008 nominations`,
      EXPORT_MS,
      `query ($c: ID) { exportNominationSummary(cycleId: $c) { rowCount contentBase64 } }`,
      { c: cycleId },
    ],
    [`supervision report export, 40,268 assignments`, EXPORT_MS, `{ exportSupervisionReport { rowCount contentBase64 } }`],
  ];

  const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const results = [];
  // `prepare`, when given, runs before each request and is not timed.
  const measure = async ([name, target, query, variables = {}, prepare], reps, warmup) => {
    const times = [];
    let errors = 0;
    let note = '';
    for (let i = 0; i < warmup + reps; i++) {
      await prepare?.();
      const started = performance.now();
      let body;
      try {
        body = typeof query === 'function' ? await query(variables) : await call(query, variables, token);
      } catch (error) {
        body = { errors: [{ message: String(error) }] };
      }
      const ms = performance.now() - started;
      if (body.errors) {
        errors++;
        note = body.errors[0]?.extensions?.code ?? body.errors[0]?.message?.slice(0, 60);
      } else if (i === 0) {
        const data = Object.values(body.data)[0];
        if (data?.rowCount !== undefined)
          note =
            data.bytes === undefined
              ? `${data.rowCount.toLocaleString('en')} rows, ${(data.contentBase64.length / 2 ** 20).toFixed(1)} MB base64`
              : `${data.rowCount.toLocaleString('en')} rows, ${(data.bytes / 2 ** 20).toFixed(1)} MB downloaded`;
        if (data?.totalCount !== undefined) note = `totalCount ${data.totalCount.toLocaleString('en')}`;
        if (data?.result)
          note = Object.entries(data.result)
            .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
            .join(', ');
      }
      // A request that fails counts with the time it took to fail; a page that times out is not
      // asked twenty more times.
      if (i >= warmup || (errors && ms > 9_000)) times.push(ms);
      if (errors && ms > 9_000) break;
    }
    times.sort((a, b) => a - b);
    const p50 = quantile(times, 0.5);
    const p95 = quantile(times, 0.95);
    const row = {
      request: name,
      'p50 ms': Math.round(p50),
      'p95 ms': Math.round(p95),
      target: target === null ? '—' : `p95 ≤ ${target.toLocaleString('en')}`,
      met: target === null ? '' : errors ? 'no (errors)' : p95 <= target ? 'yes' : 'NO',
      n: times.length,
      errors,
      note,
    };
    results.push(row);
    say(
      `  ${row.request}: p50 ${row['p50 ms']} ms, p95 ${row['p95 ms']} ms (${row.target}) ${row.met} ${errors ? `${errors} errors ` : ''}${note}`,
    );
  };

  // How busy the machine is while measuring: its load average, and how long PostgreSQL takes to
  // sum a million integers (the busier the machine, the longer; compare runs by it).
  const calibrate = async () => {
    const started = performance.now();
    await client.query('SELECT sum(g) FROM generate_series(1, 1000000) AS g');
    return { loadAverage: os.loadavg()[0], sumMillionMs: Math.round(performance.now() - started) };
  };
  const machine = { before: await calibrate() };
  say(
    `machine: load average ${machine.before.loadAverage.toFixed(1)} on ${os.cpus().length} cores; a million-row sum in PostgreSQL ${machine.before.sumMillionMs} ms`,
  );
  say(`\nthrough the gateway, ${REPS} requests each after ${WARMUP} warm-up, one at a time:`);
  for (const c of cases.filter(wanted)) await measure(c, REPS, WARMUP);
  const before = await memory();
  // The organizations subgraph's peak after each export, to tell memory that grows with the rows
  // exported from memory a process keeps once it has grown.
  for (const c of exports.filter(wanted)) {
    await measure(c, EXPORT_REPS, 1);
    results.at(-1).note += await memoryNote(
      c[0].startsWith('nominations') ? 'nominations' : c[0].startsWith('supervision') ? 'tasks' : 'organizations',
    );
  }
  const after = await memory();
  say(
    `  organizations subgraph memory: ${before.rssMb.toFixed(0)} MB resident before the exports, peak ${after.maxRssMb.toFixed(0)} MB, ${after.rssMb.toFixed(0)} MB after`,
  );
  // A recount deletes the 50,004 results of the last one: what autovacuum clears between two
  // rankings in production. With it off on this server, the dead rows are cleared here (untimed),
  // or each recount would be timed against every earlier one's leftovers.
  const { rows: autovacuum } = await client.query('SHOW autovacuum');
  const vacuumed = autovacuum[0].autovacuum === 'off' ? ['nomination_result', 'evaluator_assignment', 'approval', 'review'] : [];
  if (vacuumed.length) say("  autovacuum is off on this server: the ranking's tables are vacuumed before each recount, untimed");
  const vacuum = async () => {
    for (const table of vacuumed) await client.query(`VACUUM (ANALYZE) ${schemas.evaluation}.${table}`);
  };
  const ranks = ['computeRanking, 50,004 nominations × 5 evaluators', 3_000, ranking, { r: reviewId }, vacuum];
  if (!process.env.BENCH_SKIP_RANKING && wanted(ranks)) {
    await measure(ranks, RANKING_REPS, 0);
  }
  // After the ranking: the list and the sheet hold the ranked results (those of an earlier run when it is left out).
  const list = [
    `review list export (名单), 50,004 results`,
    EXPORT_MS,
    `query ($r: ID!) { exportReviewList(reviewId: $r) { rowCount contentBase64 } }`,
    { r: reviewId },
  ];
  if (wanted(list)) {
    await measure(list, EXPORT_REPS, 0);
    results.at(-1).note += await memoryNote('evaluation');
  }
  const scoreSheet = [`review score sheet export, 50,004 × 5 (a job)`, EXPORT_MS, scoreSheetExport, { r: reviewId }];
  if (wanted(scoreSheet)) {
    // BENCH_PROFILE=<dir>: a CPU profile of the evaluation subgraph while it makes the sheets.
    const profiler = new URL('/__bench/profile', system.subgraphUrls.evaluation);
    if (process.env.BENCH_PROFILE) await fetch(profiler, { method: 'POST' });
    await measure(scoreSheet, EXPORT_REPS, 0);
    if (process.env.BENCH_PROFILE)
      await fetch(`${profiler}?to=${process.env.BENCH_PROFILE}/evaluation-score-sheet.cpuprofile`, { method: 'DELETE' });
    results.at(-1).note += await memoryNote('evaluation');
  }

  machine.after = await calibrate();
  say(`machine after: load average ${machine.after.loadAverage.toFixed(1)}; a million-row sum ${machine.after.sumMillionMs} ms`);
  console.log(
    `\nprovince: ${Object.entries(counts)
      .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
      .join(', ')}`,
  );
  console.table(results.map(({ note, ...r }) => ({ ...r, note })));
  const missed = results.filter((r) => r.met && r.met !== 'yes');
  say(missed.length ? `${missed.length} of ${results.filter((r) => r.met).length} pages miss their target` : 'every page meets its target');
  if (process.env.BENCH_OUT) {
    await writeFile(
      process.env.BENCH_OUT,
      `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, counts, size: SIZE, results, memory: { before, after }, machine }, null, 2)}\n`,
    );
  }
} catch (error) {
  exitCode = 1;
  console.error(error);
} finally {
  if (system) {
    await system.stop();
    if (system.failures.length) console.error(`processes failed:\n${system.failures.join('\n')}\n${logs.slice(-30).join('\n')}`);
  }
  await client.end();
}
process.exit(exitCode);
