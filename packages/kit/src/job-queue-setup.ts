import PgBoss from 'pg-boss';

// What the owner of a subgraph's schema does for its job queue, at migration time; the running
// subgraph (jobs.ts) only uses what this made.

/** The schema pg-boss keeps its tables in, beside the subgraph's own. */
export const queueSchemaName = (schema: string) => `${schema}_queue`;

/** Creates, as the owner, pg-boss's schema and a queue per kind; the application role only uses them. */
export async function setupJobQueues(ownerUrl: string, schema: string, kinds: readonly string[]): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: queueSchemaName(schema),
    max: 1,
    supervise: false,
    schedule: false,
    migrate: true,
  } as PgBoss.ConstructorOptions);
  boss.on('error', () => {});
  await boss.start();
  try {
    // The queue pg-boss's cron sends through (scheduled work); made here, the application role cannot.
    for (const kind of [...kinds, '__pgboss__send-it']) {
      if (!(await boss.getQueue(kind))) {
        await boss.createQueue(kind, { name: kind, policy: 'standard' } as PgBoss.Queue).catch(async (error) => {
          // Replicas starting together: another made it first.
          if (!(await boss.getQueue(kind))) throw error;
        });
      }
    }
  } finally {
    await boss.stop({ graceful: false, wait: true, close: true });
  }
}
