// `npm start`: the whole system on one machine, on the embedded database (unless DATABASE_URL is
// set) with the demo data loaded on first start. Ctrl-C stops everything.
import { startSystem } from './system.mjs';

const env = process.env;
const port = (name, fallback) => Number(env[name] ?? fallback);
const ports = {
  gateway: port('GATEWAY_PORT', 4000),
  admin: port('ADMIN_PORT', 3000),
  organizations: port('ORGANIZATIONS_PORT', 4001),
  tasks: port('TASKS_PORT', 4002),
  nominations: port('NOMINATIONS_PORT', 4003),
  evaluation: port('EVALUATION_PORT', 4004),
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
