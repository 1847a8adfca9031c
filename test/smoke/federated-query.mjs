// Smoke check of a running system (used by CI after `npm start`): waits for the gateway and the
// admin client, signs in with a demo account and runs one query that joins all four subgraphs.
const [gatewayUrl = 'http://127.0.0.1:4000/graphql', adminUrl = 'http://127.0.0.1:3000/'] = process.argv.slice(2);

async function waitFor(url, timeoutMs = 600_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function graphql(query, token) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

await waitFor(gatewayUrl.replace(/graphql$/, 'health'));
await waitFor(adminUrl);
const { login } = await graphql('mutation { login(username: "admin", password: "Ronghe@2026") { accessToken } }');
const data = await graphql(
  `{ organizations(search: "十八里河镇") { nodes { name
      nominationsReceived { nodes { category result { rank outcome } } }
      assignments(first: 20, validity: VALID) { totalCount nodes { status task { code title } } } } } }`,
  login.accessToken,
);
const unit = data.organizations.nodes[0];
const ok =
  unit?.name === '十八里河镇' &&
  unit.nominationsReceived.nodes[0]?.result?.rank === 1 &&
  // The eight tasks of the plan in force, each with its computed status.
  unit.assignments.totalCount === 8 &&
  unit.assignments.nodes.every((a) => ['ON_TRACK', 'AT_RISK', 'OVERDUE', 'DONE'].includes(a.status));
console.log(JSON.stringify(data));
if (!ok) {
  console.error('federated query answered, but not with the demo data expected');
  process.exit(1);
}
console.log('federated query through the gateway: ok');
