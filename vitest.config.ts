import { defineConfig } from 'vitest/config';
import { postgresSetup, shared, summaryReporter } from './vitest.shared.js';

// `npm test` runs each package's own tests through turbo (cached when unchanged) and the e2e
// project here; `npx vitest run --project unit-integration <path>` runs any package test from the root.
export default defineConfig({
  test: {
    reporters: ['default', summaryReporter],
    projects: [
      {
        ...shared,
        test: {
          name: 'unit-integration',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts'],
          environment: 'node',
          globalSetup: [postgresSetup],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        ...shared,
        // The deployment files (deploy/): manifests against the Kubernetes API schemas, Containerfiles.
        test: {
          name: 'deploy',
          include: ['test/deploy/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        ...shared,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts', 'test/security/**/*.test.ts'],
          environment: 'node',
          globalSetup: [postgresSetup, 'test/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // What a page shows after a click arrives when the busy machine gets to it: wait for it, up
          // to 20 s, rather than fail after expect.poll's default second.
          expect: { poll: { timeout: 20_000, interval: 100 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
