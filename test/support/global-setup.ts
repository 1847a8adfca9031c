import type { TestProject } from 'vitest/node';
import { type SystemUnderTest, startTestSystem } from './test-system.js';

declare module 'vitest' {
  export interface ProvidedContext {
    system: SystemUnderTest;
  }
}

/** What the shared system's processes printed; `scripts/test-summary.mjs` shows its slow requests and errors after a failed run. */
export const SYSTEM_LOG = 'test-results/e2e-system.log';

/** Starts the built system once for the end-to-end tests (see `startTestSystem`). */
export default async function setup(project: TestProject) {
  const system = await startTestSystem(
    {
      // Partner keys checked again after 2 s (30 s by default) and usage written every 0.5 s, so the
      // tests see a revoked key refused and its calls counted without waiting long.
      PARTNER_CLIENT_CHECK_SECONDS: '2',
      PARTNER_USAGE_FLUSH_MS: '500',
      // A persons export of more than 100 rows (the demo has 300) runs as a job, whose file the
      // tests download through the gateway as the admin client does.
      EXPORT_JOB_ROWS: '100',
      // Every request with its duration, in the log file below: what a failed browser step waited for.
      LOG_LEVEL: 'info',
    },
    // A machine shared by many builds may take minutes to migrate and seed: slow is not broken.
    { timeoutMs: 300_000, logFile: SYSTEM_LOG },
  );
  const { gatewayUrl, adminUrl, subgraphUrls, database } = system;
  project.provide('system', { gatewayUrl, adminUrl, subgraphUrls, database });
  return () => system.stop();
}
