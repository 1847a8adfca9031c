import { createServer } from 'node:net';
import { ErrorCode } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../apps/gateway/dist/config.js';
import { type RunningGateway, startGateway } from '../../apps/gateway/dist/gateway.js';
import { gateway, login, post, system } from '../support/graphql.js';

// A second gateway (the built one, as the system runs it) on the running subgraphs, except one
// whose address is a closed port: a subgraph that is down while the others serve.
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function gatewayWithout(...down: ('tasks' | 'nominations' | 'evaluation')[]): Promise<RunningGateway> {
  const urls: Record<string, string> = { ...system().subgraphUrls };
  for (const name of down) urls[name] = `http://127.0.0.1:${await closedPort()}/graphql`;
  return startGateway(
    loadConfig({
      NODE_ENV: 'test',
      GATEWAY_PORT: '0',
      LOG_LEVEL: 'silent',
      ORGANIZATIONS_URL: urls.organizations,
      TASKS_URL: urls.tasks,
      NOMINATIONS_URL: urls.nominations,
      EVALUATION_URL: urls.evaluation,
    }),
  );
}

let adminToken: string;
let degraded: RunningGateway;
let registryOnly: RunningGateway;
beforeAll(async () => {
  adminToken = await login('admin');
  degraded = await gatewayWithout('evaluation');
  registryOnly = await gatewayWithout('tasks', 'nominations');
});
afterAll(async () => {
  await degraded?.close();
  await registryOnly?.close();
});

describe('a subgraph that is down', () => {
  it('leaves the rest of the answer, and its error names the service', async () => {
    const { status, data, errors } = await post(
      degraded.url,
      '{ organizations(search: "职业培训学校", first: 5) { nodes { name nominationsReceived(first: 5) { nodes { category result { rank } } } } } }',
      {},
      { authorization: `Bearer ${adminToken}` },
    );
    expect(status).toBe(200);
    expect(data.organizations.nodes).toEqual([
      { name: '管城区外来务工人员职业培训学校', nominationsReceived: { nodes: [{ category: 'TRAINING_INSTITUTION', result: null }] } },
    ]);
    expect(errors).toEqual([
      { message: '考核评审服务暂时无法访问,请稍后重试', extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE, service: 'evaluation' } },
    ]);
  });
});

describe('the registry while the subgraphs that add to its units are down', () => {
  it('still lists the units: their tasks and nominations are empty, each outage named once', async () => {
    const { status, data, errors } = await post(
      registryOnly.url,
      '{ organizations(search: "十八里河镇", first: 5) { nodes { name assignments(first: 5) { totalCount } nominationsMade(first: 5) { nodes { category } } } } }',
      {},
      { authorization: `Bearer ${adminToken}` },
    );
    expect(status).toBe(200);
    // Other test files may have registered units under the township whose names contain it.
    expect(data.organizations.nodes).toContainEqual({ name: '十八里河镇', assignments: null, nominationsMade: null });
    for (const unit of data.organizations.nodes) expect(unit).toMatchObject({ assignments: null, nominationsMade: null });
    expect([...new Set(errors?.map((e) => e.extensions?.service))].sort()).toEqual(['nominations', 'tasks']);
    expect(new Set(errors?.map((e) => e.extensions?.code))).toEqual(new Set([ErrorCode.UPSTREAM_UNAVAILABLE]));
  });
});

describe('a subgraph refusing the request itself', () => {
  it('passes on its verdict: a malformed date only the subgraph parses is BAD_USER_INPUT, not an outage', async () => {
    const { data, errors } = await gateway(
      'mutation ($input: PersonInput!) { createPerson(input: $input) { id } }',
      { input: { name: '张三', gender: 'MALE', idNumber: '410102199001011234', arrivalDate: '2026-13-45' } },
      adminToken,
    );
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
  });
});
