import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const root = (file: string) => fileURLToPath(new URL(file, import.meta.url));

// Workspace packages are tested from source (the "source" export condition), and every import of
// graphql resolves to one module copy, else type-graphql and Apollo see two GraphQL realms.
export const shared = {
  resolve: {
    conditions: ['source'],
    alias: { graphql: require.resolve('graphql') },
  },
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
};

/** Every PostgreSQL test run starts (or is given) its server here. */
export const postgresSetup = root('./test/support/postgres.ts');
export const summaryReporter = root('./test/support/summary-reporter.ts');

/** A package's own tests (rules, integration on PostgreSQL): each package's config is this. */
export default defineConfig({
  ...shared,
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    globalSetup: [postgresSetup],
    reporters: ['default', summaryReporter],
    // Generous: real PostgreSQL work on a busy two-core machine; no test relies on these to pass.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
