import path from 'node:path';
import { loadSubgraphConfig } from '@ronghe/kit';
import { z } from 'zod';

export const SUBGRAPH_NAME = 'tasks';

const extra = z.object({
  ORGANIZATIONS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  /** Days before a deadline from which unmet indicators put an assignment at risk. */
  TASKS_RISK_WINDOW_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** Days before a deadline, or a reporting period's end, from which units are reminded. */
  TASKS_REMINDER_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  /** Folder of evidence files on the embedded default; defaults to DATA_DIR/tasks-evidence. */
  EVIDENCE_DIR: z.string().optional(),
});

/** The tasks subgraph's settings, validated once at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const base = loadSubgraphConfig(SUBGRAPH_NAME, 4002, env);
  const more = extra.parse(env);
  return {
    ...base,
    organizationsUrl: more.ORGANIZATIONS_URL,
    upstreamTimeoutMs: more.UPSTREAM_TIMEOUT_MS,
    supervision: { riskWindowDays: more.TASKS_RISK_WINDOW_DAYS, reminderDays: more.TASKS_REMINDER_DAYS },
    evidenceDir: more.EVIDENCE_DIR ?? path.join(base.DATA_DIR, 'tasks-evidence'),
  };
}
