import { createServer, type Server, type Socket, connect } from 'node:net';
import { ErrorCode } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../apps/gateway/dist/config.js';
import { type RunningGateway, startGateway } from '../../apps/gateway/dist/gateway.js';
import { login, post, system } from '../support/graphql.js';

/**
 * The evaluation subgraph behind a TCP relay this test controls, and a gateway (the built one) that
 * reaches evaluation only through it: the relay can pass traffic on, be gone (a killed process:
 * connections refused) or hold connections without a byte (a stopped process), and come back on
 * the same port. The gateway is never restarted.
 */
class Relay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  mode: 'up' | 'hung' = 'up';
  port = 0;

  constructor(private readonly target: URL) {}

  async start() {
    const server = createServer((client) => {
      this.sockets.add(client);
      client.on('close', () => this.sockets.delete(client));
      client.on('error', () => undefined);
      if (this.mode === 'hung') return; // accepted, never answered
      const upstream = connect(Number(this.target.port), this.target.hostname);
      this.sockets.add(upstream);
      upstream.on('close', () => this.sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async kill() {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => server?.close(resolve));
  }
}

const QUERY =
  '{ organizations(search: "职业培训学校", first: 5) { nodes { name nominationsReceived(first: 5) { nodes { category result { rank } } } } } }';

let admin: string;
let relay: Relay;
let gateway: RunningGateway;
const ask = (query = QUERY) => post(gateway.url, query, {}, { authorization: `Bearer ${admin}` });

beforeAll(async () => {
  admin = await login('admin');
  const urls = system().subgraphUrls;
  relay = new Relay(new URL(urls.evaluation!));
  await relay.start();
  gateway = await startGateway(
    loadConfig({
      NODE_ENV: 'test',
      GATEWAY_PORT: '0',
      LOG_LEVEL: 'silent',
      // Short, so the hung subgraph's timeout comes soon; long enough for a busy machine's answers.
      SUBGRAPH_TIMEOUT_MS: '5000',
      ORGANIZATIONS_URL: urls.organizations,
      TASKS_URL: urls.tasks,
      NOMINATIONS_URL: urls.nominations,
      EVALUATION_URL: `http://127.0.0.1:${relay.port}/graphql`,
    }),
  );
});
afterAll(async () => {
  await gateway?.close();
  await relay?.kill();
});

const names = (data: { organizations: { nodes: { name: string }[] } }) => data.organizations.nodes.map((n) => n.name);

describe('a subgraph killed, stopped and back, behind a gateway that keeps running', () => {
  it('answers in full while the subgraph is up', async () => {
    const { data, errors } = await ask();
    expect(errors).toBeUndefined();
    expect(names(data)).toEqual(['管城区外来务工人员职业培训学校']);
  });

  it('gives partial data naming the service while it is killed, and the full answer once it is back', async () => {
    await relay.kill();
    const down = await ask();
    expect(down.status).toBe(200);
    expect(names(down.data)).toEqual(['管城区外来务工人员职业培训学校']);
    expect(down.errors).toEqual([
      { message: '考核评审服务暂时无法访问,请稍后重试', extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE, service: 'evaluation' } },
    ]);

    await relay.start();
    const back = await ask();
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual((await ask()).data);
  });

  it('times a stopped subgraph out with its name, while a query that does not need it is answered, then recovers', async () => {
    relay.mode = 'hung';
    await relay.kill();
    await relay.start();
    const [stopped, other] = await Promise.all([ask(), ask('{ me { username } }')]);
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ me: { username: 'admin' } });
    expect(names(stopped.data)).toEqual(['管城区外来务工人员职业培训学校']);
    expect(stopped.errors?.map((e) => e.extensions)).toEqual([{ code: ErrorCode.UPSTREAM_TIMEOUT, service: 'evaluation' }]);

    relay.mode = 'up';
    await relay.kill();
    await relay.start();
    const back = await ask();
    expect(back.errors).toBeUndefined();
  });
});
