import { encodeCursor, INTERNAL_TOKEN_HEADER } from '@ronghe/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { gateway, login, post, system } from '../support/graphql.js';

let adminToken: string;
beforeAll(async () => {
  adminToken = await login('admin');
});

describe('one query through the gateway joins all four subgraphs', () => {
  it('reads a unit with its nominations, their review results, and its tasks', async () => {
    const { status, data, errors } = await gateway(
      /* GraphQL */ `
        query ($search: String!) {
          organizations(search: $search, first: 5) {
            nodes {
              name
              kind
              nominationsReceived(first: 5) {
                totalCount
                nodes { category status nominator { name } result { rank aggregateScore outcome } }
              }
              assignments(first: 10) { totalCount nodes { role task { code area } } }
            }
          }
        }
      `,
      { search: '职业培训学校' },
      adminToken,
    );
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data.organizations.nodes).toEqual([
      {
        name: '管城区外来务工人员职业培训学校',
        kind: 'TRAINING_INSTITUTION',
        nominationsReceived: {
          totalCount: 1,
          nodes: [
            {
              category: 'TRAINING_INSTITUTION',
              status: 'ACCEPTED',
              nominator: { name: '区人力资源和社会保障局' },
              result: { rank: 4, aggregateScore: 84.5, outcome: 'SHORTLISTED' },
            },
          ],
        },
        assignments: { totalCount: 0, nodes: [] },
      },
    ]);
  });

  it('gives a township the eight tasks of the plan in force, and keeps the expired notice’s as history', async () => {
    const { data, errors } = await gateway(
      `{ organizations(search: "十八里河镇") { nodes { assignments(first: 50) { totalCount nodes { task { code document { documentNumber validity } } } } } } }`,
      {},
      adminToken,
    );
    expect(errors).toBeUndefined();
    type Node = { task: { code: string; document: { documentNumber: string; validity: string } } };
    const nodes: Node[] = data.organizations.nodes[0].assignments.nodes;
    const codesOf = (kept: (a: Node) => boolean) =>
      nodes
        .filter(kept)
        .map((a) => a.task.code)
        .sort();
    const eight = ['一', '七', '三', '二', '五', '八', '六', '四'].sort();
    expect(codesOf((a) => a.task.document.validity === 'VALID')).toEqual(eight);
    // Other test files may register (and expire) plans of their own: the notice's tasks are the history asserted here.
    const notice = (a: Node) => a.task.document.documentNumber === '管政办〔2014〕1号';
    expect(codesOf(notice)).toEqual(eight);
    expect(nodes.filter(notice).every((a) => a.task.document.validity === 'EXPIRED')).toBe(true);
  });
});

describe('identity', () => {
  it('refuses a wrong password with a stable code', async () => {
    const { data, errors } = await gateway('mutation { login(username: "admin", password: "wrong") { accessToken } }');
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(errors?.[0]?.message).toBe('用户名或密码错误');
  });

  it('refuses an anonymous caller the registry', async () => {
    const { errors } = await gateway('{ organizations { totalCount } }');
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged or expired access token with 401', async () => {
    const forged = adminToken.slice(0, -4) + 'AAAA';
    const { status, errors } = await gateway('{ organizations { totalCount } }', {}, forged);
    expect(status).toBe(401);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('drops an identity header that a client sends itself', async () => {
    // Even a header shaped like the gateway's own is replaced: the caller stays anonymous.
    const { errors } = await post(
      system().gatewayUrl,
      '{ organizations { totalCount } }',
      {},
      {
        [INTERNAL_TOKEN_HEADER]: 'eyJhbGciOiJIUzI1NiJ9.e30.x',
      },
    );
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('tells the signed-in user who they are', async () => {
    const { data } = await gateway('{ me { username roles organization { name } } }', {}, adminToken);
    expect(data.me).toEqual({ username: 'admin', roles: ['PROGRAM_ADMIN'], organization: { name: '管城回族区人民政府办公室' } });
  });
});

describe('subgraphs refuse requests that do not come from the gateway', () => {
  for (const name of ['organizations', 'tasks', 'nominations', 'evaluation']) {
    it(`${name}: _service and _entities without the gateway's signature`, async () => {
      const url = system().subgraphUrls[name]!;
      const sdl = await post(url, '{ _service { sdl } }');
      expect(sdl.status).toBe(401);
      expect(sdl.data).toBeUndefined();
      const forged = await post(url, '{ _service { sdl } }', {}, { [INTERNAL_TOKEN_HEADER]: 'eyJhbGciOiJIUzI1NiJ9.e30.x' });
      expect(forged.status).toBe(401);
      expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  }

  it('keep their health endpoints open to operators', async () => {
    for (const url of Object.values(system().subgraphUrls)) {
      const health = await fetch(url.replace(/graphql$/, 'health'));
      expect(health.status).toBe(200);
    }
    const gatewayHealth = await (await fetch(system().gatewayUrl.replace(/graphql$/, 'health'))).json();
    expect(gatewayHealth).toEqual({
      status: 'ok',
      service: 'gateway',
      subgraphs: { organizations: 'ok', tasks: 'ok', nominations: 'ok', evaluation: 'ok' },
    });
  });
});

describe('bad input', () => {
  it('gets a clear code, never a stack trace', async () => {
    const { errors } = await gateway('{ organizations(first: 1000) { totalCount } }', {}, adminToken);
    expect(errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_TOO_LARGE');
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|at .*\.js/);
  });
});

describe('ids and cursors a caller made up', () => {
  it('finds nothing for a malformed id, in every subgraph, beside a well-formed one in the same request', async () => {
    const { data, errors } = await gateway(
      `{ org: organization(id: "abc") { id } task(id: "abc") { id } assignment(id: "abc") { id } nomination(id: "abc") { id }
         policyDocument(id: "abc") { id } person(id: "abc") { id } organizations(search: "十八里河镇", first: 1) { nodes { name } } }`,
      {},
      adminToken,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      org: null,
      task: null,
      assignment: null,
      nomination: null,
      policyDocument: null,
      person: null,
      organizations: { nodes: [{ name: '十八里河镇' }] },
    });
  });

  it('refuses a tampered cursor as INVALID_CURSOR, not a server error', async () => {
    for (const [query, cursor] of [
      ['query ($after: String) { tasks(first: 2, after: $after) { totalCount } }', encodeCursor(['000001', 'not-a-uuid'])],
      [
        'query ($after: String) { assignments(first: 2, after: $after) { totalCount } }',
        encodeCursor(['not-a-time', '7f9c24e5-2b8e-4b7b-9a6a-1a2b3c4d5e6f']),
      ],
    ] as const) {
      const { errors } = await gateway(query, { after: cursor }, adminToken);
      expect(errors?.[0]?.extensions?.code, query).toBe('INVALID_CURSOR');
    }
  });

  it('answers a mutation naming a malformed id with a clear error, not a server error', async () => {
    const { errors } = await gateway(`mutation { designateLead(input: { assignmentId: "abc", version: 1 }) { id } }`, {}, adminToken);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
