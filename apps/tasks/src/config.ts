import path from 'node:path';
import { loadSubgraphConfig, subgraphUrlSetting } from '@ronghe/kit';
import { z } from 'zod';

export const SUBGRAPH_NAME = 'tasks';

const extra = z.object({
  ORGANIZATIONS_URL: subgraphUrlSetting('organizations'),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  /** Days before a deadline from which unmet indicators put an assignment at risk. */
  TASKS_RISK_WINDOW_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** Days before a deadline, or a reporting period's end, from which units are reminded. */
  TASKS_REMINDER_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  /** Folder of evidence files on the embedded default; defaults to DATA_DIR/tasks-evidence. */
  EVIDENCE_DIR: z.string().optional(),
  /** An S3-compatible store for evidence files; without it they are kept on local disk. */
  EVIDENCE_S3_BUCKET: z.string().optional(),
  EVIDENCE_S3_ENDPOINT: z.string().url().optional(),
  EVIDENCE_S3_REGION: z.string().default('us-east-1'),
  EVIDENCE_S3_ACCESS_KEY_ID: z.string().optional(),
  EVIDENCE_S3_SECRET_ACCESS_KEY: z.string().optional(),
  EVIDENCE_S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

/** The tasks subgraph's settings, validated once at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const base = loadSubgraphConfig(SUBGRAPH_NAME, env);
  const more = extra.parse(env);
  return {
    ...base,
    organizationsUrl: more.ORGANIZATIONS_URL,
    upstreamTimeoutMs: more.UPSTREAM_TIMEOUT_MS,
    supervision: { riskWindowDays: more.TASKS_RISK_WINDOW_DAYS, reminderDays: more.TASKS_REMINDER_DAYS },
    evidenceDir: more.EVIDENCE_DIR ?? path.join(base.DATA_DIR, 'tasks-evidence'),
    evidenceS3: more.EVIDENCE_S3_BUCKET
      ? {
          bucket: more.EVIDENCE_S3_BUCKET,
          endpoint: more.EVIDENCE_S3_ENDPOINT,
          region: more.EVIDENCE_S3_REGION,
          accessKeyId: required(more.EVIDENCE_S3_ACCESS_KEY_ID, 'EVIDENCE_S3_ACCESS_KEY_ID'),
          secretAccessKey: required(more.EVIDENCE_S3_SECRET_ACCESS_KEY, 'EVIDENCE_S3_SECRET_ACCESS_KEY'),
          forcePathStyle: more.EVIDENCE_S3_FORCE_PATH_STYLE,
        }
      : null,
  };
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`${name} 必须设置(已设置 EVIDENCE_S3_BUCKET)`);
  return value;
}
