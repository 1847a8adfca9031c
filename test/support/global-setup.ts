import type { TestProject } from 'vitest/node';
import { type SystemUnderTest, startTestSystem } from './test-system.js';

declare module 'vitest' {
  export interface ProvidedContext {
    system: SystemUnderTest;
  }
}

/** Starts the built system once for the end-to-end tests (see `startTestSystem`). */
export default async function setup(project: TestProject) {
  const system = await startTestSystem(
    {
      // Partner keys checked again after 2 s (30 s by default) and usage written every 0.5 s, so the
      // tests see a revoked key refused and its calls counted without waiting long.
      PARTNER_CLIENT_CHECK_SECONDS: '2',
      PARTNER_USAGE_FLUSH_MS: '500',
    },
    // A shared, busy machine may take minutes to start five processes: the run waits rather than fails.
    { timeoutMs: 300_000 },
  );
  const { gatewayUrl, adminUrl, subgraphUrls, database } = system;
  project.provide('system', { gatewayUrl, adminUrl, subgraphUrls, database });
  return () => system.stop();
}
