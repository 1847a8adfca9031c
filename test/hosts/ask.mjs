// Asks each gateway for a field by name, run by run.mjs inside the client's network namespace during
// the rolling upgrade: signs in once (through the first URL), then for every gateway URL sends a
// query that selects the field. `missing` prints whether each gateway refuses the field today
// (GraphQL validation: its supergraph does not have it); `until-answered` asks every gateway once a
// second until it answers the field without errors (or `seconds` pass) and prints, per URL, how many
// milliseconds that took. One JSON line on stdout.
const [mode, seconds, query, ...urls] = process.argv.slice(2);
if (!['missing', 'until-answered'].includes(mode) || !query || urls.length === 0) {
  console.error('usage: ask.mjs missing|until-answered <seconds> <query> <gateway url>…');
  process.exit(2);
}
const post = async (url, body, token) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, body: await response.json() };
};
// Signing in may time out on a loaded machine: tried again, as load.mjs does.
let token;
for (let attempt = 0; !token; attempt++) {
  try {
    const login = await post(urls[0], { query: 'mutation { login(username: "admin", password: "Ronghe@2026") { accessToken } }' });
    token = login.body.data?.login?.accessToken;
    if (!token) throw new Error(JSON.stringify(login.body.errors));
  } catch (error) {
    if (attempt >= 5) throw error;
    await new Promise((r) => setTimeout(r, 1000));
  }
}
const ask = async (url) => {
  try {
    const { status, body } = await post(url, { query }, token);
    return { ok: status === 200 && !body.errors && body.data != null, status, errors: body.errors?.map((e) => e.message) };
  } catch (error) {
    return { ok: false, errors: [String(error?.cause?.code ?? error)] };
  }
};

const result = {};
if (mode === 'missing') {
  for (const url of urls) result[url] = await ask(url);
} else {
  const start = Date.now();
  const deadline = start + Number(seconds) * 1000;
  const waiting = new Set(urls);
  while (waiting.size && Date.now() < deadline) {
    for (const url of [...waiting]) {
      const answer = await ask(url);
      if (answer.ok) {
        result[url] = { ok: true, afterMs: Date.now() - start };
        waiting.delete(url);
      } else result[url] = answer;
    }
    if (waiting.size) await new Promise((r) => setTimeout(r, 1000));
  }
}
console.log(JSON.stringify(result));
