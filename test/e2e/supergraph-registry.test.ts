import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { SUBGRAPHS } from '@ronghe/types';
import { parse } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayData, login, post, system, unitIdByName } from '../support/graphql.js';
import { freePorts } from '../support/test-system.js';

// Free ports, found when the file loads: a fixed one may be taken by anything else on the machine.
const [GATEWAY_PORT, BULLETINS_V1_PORT, BULLETINS_V2_PORT] = (await freePorts(3)) as [number, number, number];
const registrySchema = `registry_e2e_${randomBytes(3).toString('hex')}`;

/** A fifth subgraph, made for this test: version 2 adds `Bulletin.summary`, the compatible change. */
const bulletinsSdl = (extra = '') => `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"])
type Query { bulletin: Bulletin! }
type Bulletin { title: String! ${extra} }
`;
const V1 = bulletinsSdl();
const V2 = bulletinsSdl('summary: String!');

async function startBulletins(sdl: string, port: number) {
  const server = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: parse(sdl),
      resolvers: {
        // Slow on purpose: every request is still in flight for a while when the supergraph switches.
        Query: {
          bulletin: async () => {
            await sleep(150);
            return { title: '本周通知', summary: '摘要' };
          },
        },
      },
    }),
  });
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

let dir: string;
const file = async (name: string, text: string) => {
  const p = path.join(dir, name);
  await writeFile(p, text);
  return p;
};

/** Runs the registry CLI as a deploy job would, with the gateway's environment. */
function registry(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { database, subgraphUrls } = system();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['apps/gateway/dist/registry.js', ...args],
      {
        env: {
          ...process.env,
          NODE_ENV: 'test',
          REGISTRY_DATABASE_URL: database.url,
          REGISTRY_SCHEMA: registrySchema,
          ORGANIZATIONS_URL: subgraphUrls.organizations,
        },
        // Composing and validating takes seconds, a minute or more on a machine shared by many runs.
        timeout: 240_000,
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? ((error as { code?: number }).code ?? -1) : 0,
          stdout,
          stderr: `${stderr}${error?.killed ? '(killed: timed out)' : ''}`,
        }),
    );
  });
}

/** The four real subgraphs as the shared system runs them: their SDL asked of them (`@service`), as a deploy from the images does. */
const realSubgraphs = () =>
  SUBGRAPHS.flatMap((name) => ['--subgraph', name, '--url', system().subgraphUrls[name]!, '--schema', '@service']);

let bulletinsV1: Awaited<ReturnType<typeof startBulletins>>;
let bulletinsV2: Awaited<ReturnType<typeof startBulletins>> | undefined;
let gatewayProcess: ChildProcess | undefined;
const gatewayLog: string[] = [];
let admin: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ronghe-registry-'));
  admin = await login('admin');
  bulletinsV1 = await startBulletins(V1, BULLETINS_V1_PORT);
});

afterAll(async () => {
  gatewayProcess?.kill('SIGTERM');
  await bulletinsV1?.stop();
  await bulletinsV2?.stop();
  await rm(dir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: system().database.url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${registrySchema} CASCADE`);
  await client.end();
});

// Each registry command composes five subgraphs and validates every admin and partner operation:
// seconds each on a busy machine, so these tests have more time than the project's default.
describe('supergraph delivery through the schema registry', { timeout: 900_000 }, () => {
  it('publishes the first supergraph: the four subgraphs and bulletins v1, and the admin client’s operations', async () => {
    const operations = await registry(['operations', '--client', 'admin', '--from', 'apps/admin/src/gql/gql.ts']);
    expect(operations.stderr).not.toContain('✗');
    expect(operations.code).toBe(0);
    expect(operations.stdout).toMatch(/已登记客户端「admin」的 \d+ 个文档/);

    const published = await registry([
      'publish',
      ...realSubgraphs(),
      ...['--subgraph', 'bulletins', '--url', bulletinsV1.url, '--schema', await file('bulletins-v1.graphql', V1)],
    ]);
    expect(published.stderr).not.toContain('✗');
    expect(published.code).toBe(0);
    expect(published.stdout).toContain('已发布超图');

    const status = JSON.parse((await registry(['status', '--json'])).stdout);
    expect(status.subgraphs.map((s: { name: string }) => s.name).sort()).toEqual([...SUBGRAPHS, 'bulletins'].sort());
  });

  it('refuses a schema that does not compose, and publishes nothing', async () => {
    // Query.organizations belongs to organizations and is not @shareable: a second definition cannot compose.
    const bad = await file('bulletins-bad.graphql', bulletinsSdl().replace('type Query {', 'type Query { organizations: Int'));
    const before = JSON.parse((await registry(['status', '--json'])).stdout).supergraphId;
    for (const command of ['check', 'publish']) {
      const refused = await registry([command, '--subgraph', 'bulletins', '--url', bulletinsV1.url, '--schema', bad]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('组合失败 / composition error');
      expect(refused.stderr).toContain('Query.organizations');
    }
    expect(JSON.parse((await registry(['status', '--json'])).stdout).supergraphId).toBe(before);
  });

  it('refuses a change that breaks an operation registered for a partner client', async () => {
    const partnerUnit = await unitIdByName('区民政局', admin);
    const { issuePartnerClient } = await gatewayData(
      'mutation ($input: IssuePartnerClientInput!) { issuePartnerClient(input: $input) { client { id } } }',
      { input: { name: 'e2e 联系电话核对系统', organizationId: partnerUnit } },
      admin,
    );
    const document = 'query PartnerPhones { organizations(first: 5) { nodes { name contactPhone } } }';
    const { registerPartnerOperation } = await gatewayData(
      'mutation ($c: ID!, $d: String!) { registerPartnerOperation(clientId: $c, document: $d) { hash } }',
      { c: issuePartnerClient.client.id, d: document },
      admin,
    );

    // organizations drops Organization.contactPhone: it still composes, but the partner's query breaks.
    const sdl = await readFile('apps/organizations/schema.graphql', 'utf8');
    const type = sdl.indexOf('type Organization @key');
    const withoutPhone = sdl.slice(0, type) + sdl.slice(type).replace(/\n\s*"""联系电话"""\n\s*contactPhone: String\n/, '\n');
    expect(withoutPhone).not.toBe(sdl);
    const refused = await registry([
      'check',
      ...['--subgraph', 'organizations', '--url', system().subgraphUrls.organizations!],
      ...['--schema', await file('organizations.graphql', withoutPhone)],
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).not.toContain('组合失败');
    expect(refused.stderr).toContain('破坏已登记的查询 / breaks a used operation');
    expect(refused.stderr).toContain(`partner:${registerPartnerOperation.hash.slice(0, 12)} PartnerPhones`);
    expect(refused.stderr).toContain('Cannot query field "contactPhone" on type "Organization"');
    expect(refused.stderr).toContain('检查未通过');
  });

  it('a running gateway switches to a published compatible change with no request in flight failing', async () => {
    const { subgraphUrls, database } = system();
    gatewayProcess = spawn(process.execPath, ['apps/gateway/dist/main.js'], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        GATEWAY_PORT: String(GATEWAY_PORT),
        ORGANIZATIONS_URL: subgraphUrls.organizations,
        TASKS_URL: subgraphUrls.tasks,
        NOMINATIONS_URL: subgraphUrls.nominations,
        EVALUATION_URL: subgraphUrls.evaluation,
        REGISTRY_DATABASE_URL: database.url,
        REGISTRY_SCHEMA: registrySchema,
        SUPERGRAPH_POLL_MS: '300',
        GATEWAY_MAX_IN_FLIGHT: '64',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [gatewayProcess.stdout!, gatewayProcess.stderr!]) stream.on('data', (b) => gatewayLog.push(String(b)));
    const url = `http://127.0.0.1:${GATEWAY_PORT}/graphql`;
    const deadline = Date.now() + 60_000;
    while (
      !(await fetch(`http://127.0.0.1:${GATEWAY_PORT}/health`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      expect(gatewayProcess.exitCode, gatewayLog.join('')).toBeNull();
      expect(Date.now(), gatewayLog.join('')).toBeLessThan(deadline);
      await sleep(200);
    }
    const auth = { authorization: `Bearer ${admin}` };
    const query = '{ bulletin { title } organizations(first: 1) { totalCount } }';
    const first = await post(url, query, {}, auth);
    expect(first.errors).toBeUndefined();
    expect(first.data).toMatchObject({ bulletin: { title: '本周通知' } });
    // Not in the supergraph yet.
    expect((await post(url, '{ bulletin { summary } }', {}, auth)).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    // Continuous load through the switch: four clients, each always with one request in flight.
    let running = true;
    const failures: string[] = [];
    let answered = 0;
    const client = async () => {
      while (running) {
        const answer = await post(url, query, {}, auth).catch((error: Error) => ({ status: 0, errors: [{ message: error.message }] }));
        if (answer.status !== 200 || answer.errors) failures.push(JSON.stringify(answer));
        else answered++;
      }
    };
    const load = Promise.all([client(), client(), client(), client()]);
    await sleep(1000);

    // The rolling upgrade: bulletins v2 is deployed beside v1, checked, then published.
    bulletinsV2 = await startBulletins(V2, BULLETINS_V2_PORT);
    const v2 = ['--subgraph', 'bulletins', '--url', bulletinsV2.url, '--schema', await file('bulletins-v2.graphql', V2)];
    const checked = await registry(['check', ...v2]);
    expect(checked.stderr).not.toContain('✗');
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('检查通过');
    const published = await registry(['publish', ...v2]);
    expect(published.code, published.stderr).toBe(0);
    const answeredAtPublish = answered;

    // The gateway polls, switches, and the new field answers.
    let summary: unknown;
    const switchDeadline = Date.now() + 60_000;
    while (Date.now() < switchDeadline) {
      const answer = await post(url, '{ bulletin { title summary } }', {}, auth);
      if (!answer.errors) {
        summary = answer.data;
        break;
      }
      await sleep(100);
    }
    expect(summary, gatewayLog.join('')).toEqual({ bulletin: { title: '本周通知', summary: '摘要' } });
    await sleep(1000);
    running = false;
    await load;

    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(answeredAtPublish);
    expect(gatewayLog.join('')).toContain('switched to the newly published supergraph');
    // The same gateway process throughout: switched, not restarted.
    expect(gatewayProcess.exitCode).toBeNull();
  });
});
