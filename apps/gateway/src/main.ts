import { loadConfig } from './config.js';
import { startGateway } from './gateway.js';

try {
  const gateway = await startGateway(loadConfig());
  const stop = async () => {
    await gateway.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(JSON.stringify({ level: 'fatal', app: 'gateway', msg: 'failed to start', err: String((error as Error)?.stack ?? error) }));
  process.exit(1);
}
