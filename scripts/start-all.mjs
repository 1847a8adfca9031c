// `npm start`: the whole system on one machine, on the embedded database (unless DATABASE_URL is
// set) with the demo data loaded on first start. Ctrl-C stops everything.
import { ADMIN_PORT, GATEWAY_PORT, SUBGRAPH_PORTS, SUBGRAPHS } from '@ronghe/types';
import { startSystem } from './system.mjs';

const env = process.env;
const port = (name, fallback) => Number(env[name] ?? fallback);
const ports = {
  gateway: port('GATEWAY_PORT', GATEWAY_PORT),
  admin: port('ADMIN_PORT', ADMIN_PORT),
  ...Object.fromEntries(SUBGRAPHS.map((name) => [name, port(`${name.toUpperCase()}_PORT`, SUBGRAPH_PORTS[name])])),
};

try {
  const system = await startSystem({
    env: { SEED_DEMO: 'true', ...env },
    ports,
    onLine: (name, line) => process.stdout.write(`[${name}] ${line}\n`),
  });
  const stop = async () => {
    await system.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`
融合 (Ronghe) is running:
  admin client  http://localhost:${ports.admin}   (sign in as admin / Ronghe@2026)
  GraphQL       http://localhost:${ports.gateway}/graphql
  health        http://localhost:${ports.gateway}/health
Press Ctrl-C to stop.`);
} catch (error) {
  console.error(String(error));
  process.exit(1);
}
