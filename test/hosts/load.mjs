// Continuous load through the load balancer, run inside the client's network namespace by run.mjs.
// Signs in once, then `workers` loops send the federated query (all four subgraphs) to the gateway
// and, every few requests, fetch the admin client's page. A request that fails (network error,
// an HTTP status other than 200, a GraphQL error or an incomplete answer) is retried once after
// 250 ms; one that fails again counts as failed. Stops on SIGTERM or after `seconds`, then prints
// one JSON line of figures (and the per-second timeline of answers) on stdout.
const [base = 'http://10.77.0.10', workersArg = '4', secondsArg = '600'] = process.argv.slice(2);
const gateway = `${base}:4000/graphql`;
const admin = `${base}:3000/`;
const workers = Number(workersArg);
const deadline = Date.now() + Number(secondsArg) * 1000;

const QUERY = `{ organizations(search: "十八里河镇") { nodes { name
  assignments(first: 5) { nodes { status task { code } } }
  nominationsReceived { nodes { category result { rank outcome } } } } } }`;

const post = (query, token) =>
  fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(15_000),
  });

let token;
for (let attempt = 0; !token; attempt++) {
  try {
    const body = await (await post('mutation { login(username: "admin", password: "Ronghe@2026") { accessToken } }')).json();
    token = body.data?.login?.accessToken;
    if (!token) throw new Error(JSON.stringify(body.errors));
  } catch (error) {
    if (attempt > 30) throw error;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const figures = { requests: 0, okFirstTry: 0, okAfterRetry: 0, failed: 0, adminRequests: 0, latenciesMs: [], failures: [], timeline: {} };
const start = Date.now();
let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
});

/** One attempt: resolves to null when the answer is complete, or to the reason it is not. */
async function attempt(kind) {
  try {
    if (kind === 'admin') {
      const response = await fetch(admin, { signal: AbortSignal.timeout(15_000) });
      const text = await response.text();
      return response.ok && text.includes('<div id="root"') ? null : `admin ${response.status}`;
    }
    const response = await post(QUERY, token);
    const body = await response.json();
    const unit = body.data?.organizations?.nodes?.[0];
    if (response.status !== 200 || body.errors) return `${response.status} ${JSON.stringify(body.errors ?? '').slice(0, 200)}`;
    return unit?.name === '十八里河镇' && unit.assignments.nodes.length > 0 && unit.nominationsReceived.nodes[0]?.result
      ? null
      : 'incomplete answer';
  } catch (error) {
    return String(error?.cause?.code ?? error?.name ?? error);
  }
}

async function worker(n) {
  for (let i = 0; !stopping && Date.now() < deadline; i++) {
    const kind = i % 5 === n % 5 ? 'admin' : 'graphql';
    const t0 = performance.now();
    let reason = await attempt(kind);
    let retried = false;
    if (reason) {
      retried = true;
      await new Promise((r) => setTimeout(r, 250));
      reason = await attempt(kind);
    }
    const ms = performance.now() - t0;
    figures.requests++;
    if (kind === 'admin') figures.adminRequests++;
    else figures.latenciesMs.push(ms);
    if (reason) {
      figures.failed++;
      if (figures.failures.length < 20) figures.failures.push({ at: Date.now(), kind, reason });
    } else if (retried) figures.okAfterRetry++;
    else figures.okFirstTry++;
    const second = Math.floor((Date.now() - start) / 1000);
    figures.timeline[second] = (figures.timeline[second] ?? 0) + (reason ? 0 : 1);
  }
}

await Promise.all(Array.from({ length: workers }, (_, n) => worker(n)));
const sorted = figures.latenciesMs.sort((a, b) => a - b);
const pct = (p) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
const seconds = (Date.now() - start) / 1000;
const { latenciesMs, ...rest } = figures;
console.log(
  JSON.stringify({
    ...rest,
    seconds: Math.round(seconds),
    perSecond: Math.round((figures.requests / seconds) * 10) / 10,
    p50Ms: pct(50),
    p99Ms: pct(99),
    maxMs: pct(100),
  }),
);
