import { setTimeout as sleep } from 'node:timers/promises';
import { appRoleName } from '@ronghe/kit';
import { signInternalToken } from '@ronghe/kit/identity';
import { INTERNAL_TOKEN_HEADER, Role } from '@ronghe/types';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../apps/gateway/dist/config.js';
import { type RunningGateway, startGateway } from '../../apps/gateway/dist/gateway.js';
import { post } from '../support/graphql.js';
import { type RunningTestSystem, startTestSystem } from '../support/test-system.js';

/**
 * A system of its own (it locks a table, which would stall the shared one) whose statements may
 * run a minute: a statement that is gone well before then was cancelled, not timed out. The
 * statement is made slow by the test holding a lock on the table it reads, so the path under test
 * is the real one, with no hook in the product.
 */
const STATEMENT_TIMEOUT_MS = 60_000;
const QUERY = '{ tasks(first: 5) { nodes { code } } }';

let system: RunningTestSystem;
let owner: pg.Client;
let locker: pg.Client | null = null;
let impatientGateway: RunningGateway;
let token: string;

beforeAll(async () => {
  system = await startTestSystem({ DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS) });
  owner = new pg.Client({ connectionString: system.database.url });
  await owner.connect();
  const login = await post(system.gatewayUrl, 'mutation { login(username: "admin", password: "Ronghe@2026") { accessToken } }');
  token = login.data.login.accessToken;
  // A second gateway on the same subgraphs that gives a subgraph call 1.5 s.
  impatientGateway = await startGateway(
    loadConfig({
      GATEWAY_PORT: '0',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      SUBGRAPH_TIMEOUT_MS: '1500',
      ...Object.fromEntries(Object.entries(system.subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
    }),
  );
}, 180_000);
afterEach(async () => {
  await locker?.query('ROLLBACK');
  await locker?.end();
  locker = null;
});
afterAll(async () => {
  await impatientGateway?.close();
  await owner?.end();
  await system?.stop();
});

/** Holds an exclusive lock on the tasks subgraph's `task` table until the test ends. */
async function lockTasks() {
  locker = new pg.Client({ connectionString: system.database.url });
  await locker.connect();
  await locker.query('BEGIN');
  await locker.query(`LOCK TABLE "${system.database.schemas.tasks}".task IN ACCESS EXCLUSIVE MODE`);
}

/** Statements of the tasks subgraph's requests that PostgreSQL is running (waiting on the lock included). */
async function runningStatements(): Promise<number> {
  const { rows } = await owner.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1 AND state = 'active' AND pid <> pg_backend_pid()`,
    [appRoleName(system.database.schemas.tasks!)],
  );
  return rows[0].n;
}

/** Polls until `check` holds, for at most `ms` (far below the statement timeout). */
async function eventually(check: () => Promise<boolean>, ms = 30_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(100);
  }
  return false;
}

/** Sends the query and returns its abort handle and the (settled) outcome. */
function send(url: string, headers: Record<string, string>) {
  const client = new AbortController();
  const outcome = fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY }),
    signal: client.signal,
  }).then(
    async (response) => ({ status: response.status, body: await response.json() }),
    (error: Error) => ({ status: 0, body: error.name }),
  );
  return { client, outcome };
}

describe('a request nobody waits for any more', () => {
  it('has its statement cancelled when its client hangs up on the subgraph', async () => {
    await lockTasks();
    const internal = await signInternalToken(
      {
        identity: {
          accountId: '00000000-0000-4000-8000-000000000001',
          username: 'admin',
          organizationId: '00000000-0000-4000-8000-000000000002',
          roles: [Role.PROGRAM_ADMIN],
        },
      },
      loadConfig({ NODE_ENV: 'test' }).INTERNAL_SECRET,
    );
    const { client, outcome } = send(system.subgraphUrls.tasks!, { [INTERNAL_TOKEN_HEADER]: internal });
    expect(await eventually(async () => (await runningStatements()) > 0)).toBe(true);

    client.abort();
    expect((await outcome).body).toBe('AbortError');
    expect(await eventually(async () => (await runningStatements()) === 0)).toBe(true);
  });

  it('has its statement cancelled when its client hangs up on the gateway', async () => {
    await lockTasks();
    const { client, outcome } = send(system.gatewayUrl, { authorization: `Bearer ${token}` });
    expect(await eventually(async () => (await runningStatements()) > 0)).toBe(true);

    client.abort();
    expect((await outcome).body).toBe('AbortError');
    expect(await eventually(async () => (await runningStatements()) === 0)).toBe(true);
  });

  it('has its statement cancelled when the gateway gives up on the subgraph', async () => {
    await lockTasks();
    const { outcome } = send(impatientGateway.url, { authorization: `Bearer ${token}` });
    expect(await eventually(async () => (await runningStatements()) > 0)).toBe(true);

    // The client still waits; the gateway answers it with its timeout error.
    const { body } = await outcome;
    expect(body.errors[0].extensions.code).toBe('UPSTREAM_TIMEOUT');
    expect(await eventually(async () => (await runningStatements()) === 0)).toBe(true);
  });

  it('leaves the subgraph serving once the lock is gone', async () => {
    const { data, errors } = await post(system.gatewayUrl, QUERY, {}, { authorization: `Bearer ${token}` });
    expect(errors).toBeUndefined();
    expect(data.tasks.nodes.length).toBeGreaterThan(0);
  });
});
