import type { TestProject } from 'vitest/node';
import { type SystemUnderTest, startTestSystem } from './test-system.js';

declare module 'vitest' {
  export interface ProvidedContext {
    system: SystemUnderTest;
  }
}

/** Starts the built system once for the end-to-end tests (see `startTestSystem`). */
export default async function setup(project: TestProject) {
  const system = await startTestSystem();
  project.provide('system', { gatewayUrl: system.gatewayUrl, adminUrl: system.adminUrl, subgraphUrls: system.subgraphUrls });
  return () => system.stop();
}
