// Decorated classes below: importable on its own, not only through the kit's index.
import 'reflect-metadata';
import { ErrorCode, type Identity, isUuid, JOB_PERMISSIONS, type JobKind, mayReadJob } from '@ronghe/types';
import { GraphQLError } from 'graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { Arg, Authorized, Ctx, Directive, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { Column, type DataSource, Entity, PrimaryColumn } from 'typeorm';
import type { RequestContext } from './context.js';
import { type MigrationClass, sqlMigration } from './database.js';
import { DomainError, notFound } from './errors.js';
import { requireIdentity, requirePermission } from './identity.js';
import { newId } from './ids.js';
import type { Logger } from './logger.js';
import { ExportFile } from './spreadsheet.js';
import { queueSchemaName } from './job-queue-setup.js';

// Long work (a ranking, a set of certificates) runs as a job: the mutation records a `job` row and
// queues it on pg-boss in one transaction, and answers at once; a worker in any replica takes it,
// reports progress on the row and keeps what it made in `job_file`. pg-boss 10 is the queue (the
// last line that runs on Node 20; graphile-worker 0.17+ needs Node 22); its tables live in the
// schema `<schema>_queue`, created by the owner, used by the subgraph's application role.

export enum JobState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(JobState, {
  name: 'JobState',
  description: '任务状态',
  valuesConfig: {
    QUEUED: { description: '排队中' },
    RUNNING: { description: '进行中' },
    SUCCEEDED: { description: '已完成' },
    FAILED: { description: '失败' },
  },
});

/** The migration that makes a subgraph's `job` and `job_file` tables. */
export function jobsMigration(name: string): MigrationClass {
  return sqlMigration(
    name,
    `
    CREATE TABLE job (
      id uuid PRIMARY KEY,
      kind text NOT NULL,
      state text NOT NULL DEFAULT 'QUEUED',
      progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
      message text,
      subject_id uuid,
      singleton_key text,
      payload jsonb NOT NULL DEFAULT '{}',
      result jsonb,
      error_code text,
      error_message text,
      attempts integer NOT NULL DEFAULT 0,
      created_by uuid NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      started_at timestamptz(3),
      finished_at timestamptz(3)
    );
    -- One live job per key (one ranking of a review at a time): asking again returns it.
    CREATE UNIQUE INDEX job_live_singleton_idx ON job (kind, singleton_key) WHERE state IN ('QUEUED', 'RUNNING');
    CREATE INDEX job_running_idx ON job (state) WHERE state = 'RUNNING';
    CREATE INDEX job_subject_idx ON job (subject_id, created_at DESC);
    CREATE TABLE job_file (
      id uuid PRIMARY KEY,
      job_id uuid NOT NULL REFERENCES job(id) ON DELETE CASCADE,
      position integer NOT NULL,
      file_name text NOT NULL,
      mime_type text NOT NULL,
      content bytea NOT NULL,
      row_count integer NOT NULL DEFAULT 0
    );
    CREATE INDEX job_file_job_idx ON job_file (job_id, position);
    `,
    'DROP TABLE job_file; DROP TABLE job;',
  );
}

@Entity({ name: 'job' })
export class JobRecord {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text', default: 'QUEUED' })
  state: JobState;

  @Column({ type: 'integer', default: 0 })
  progress: number;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ name: 'singleton_key', type: 'text', nullable: true })
  singletonKey: string | null;

  @Column({ type: 'jsonb', default: {} })
  payload: Record<string, unknown>;

  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3, nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;
}

@Entity({ name: 'job_file' })
export class JobFileRecord {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'mime_type', type: 'text' })
  mimeType: string;

  @Column({ type: 'bytea' })
  content: Buffer;

  @Column({ name: 'row_count', type: 'integer', default: 0 })
  rowCount: number;
}

@ObjectType('JobError', { description: '任务失败的原因' })
@Directive('@shareable')
export class JobError {
  @Field(() => String, { description: '稳定的错误码,与 extensions.code 相同' })
  code: string;

  @Field(() => String)
  message: string;
}

@ObjectType('JobFile', { description: '任务生成的文件;经网关 GET /files/{服务名}/{id} 下载(带登录令牌),或用 jobFile 查询取 Base64' })
@Directive('@shareable')
export class JobFile {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  fileName: string;

  @Field(() => String)
  mimeType: string;

  @Field(() => Int, { description: '字节数' })
  size: number;
}

@ObjectType('Job', { description: '后台任务:排名计算、证书生成等耗时工作,可查询进度和结果' })
@Directive('@shareable')
export class Job {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: '任务种类:RANKING、COMMENDATION_DOCUMENTS、SCORE_SHEET_EXPORT、PERSONS_EXPORT' })
  kind: string;

  @Field(() => JobState)
  state: JobState;

  @Field(() => Int, { description: '进度,0–100' })
  progress: number;

  @Field(() => String, { nullable: true, description: '当前步骤的说明' })
  message: string | null;

  @Field(() => ID, { nullable: true, description: '任务处理的对象(如评审 id)' })
  subjectId: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '结果摘要(如排名条数)' })
  result: Record<string, unknown> | null;

  @Field(() => JobError, { nullable: true })
  error: JobError | null;

  @Field(() => [JobFile], { description: '生成的文件,按顺序;数量受任务本身限制(如受表彰名单),不分页' })
  files: JobFile[];

  @Field(() => GraphQLDateTimeISO)
  createdAt: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  startedAt: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  finishedAt: Date | null;
}

/** A job's file as its download announces it. */
export interface JobFileInfo {
  fileName: string;
  mimeType: string;
  /** Bytes. */
  size: number;
  rowCount: number;
}

/** Bytes of a job's file read per statement while it is downloaded. */
const FILE_SLICE_BYTES = 512 * 1024;

/** A file a job hands back. */
export interface JobOutputFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
  rowCount?: number;
}

/** What a handler is given: the job's input, who asked, and a way to say how far it got. */
export interface JobContext<Payload> {
  jobId: string;
  payload: Payload;
  /** The account that asked for the job; the work runs with its rights. */
  identity: Identity;
  /** Records progress (0–100) and what is being done; visible to `job(id)` at once. */
  progress(percent: number, message?: string): Promise<void>;
}

export interface JobOutcome {
  result?: Record<string, unknown>;
  files?: JobOutputFile[];
}

export interface JobKindOptions<Payload> {
  handler: (context: JobContext<Payload>) => Promise<JobOutcome>;
  /** Attempts after the first one when the work fails unexpectedly (a DomainError is final). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** How long one attempt may run before pg-boss takes it back. */
  expireInSeconds?: number;
}

export interface JobQueueOptions {
  dataSource: DataSource;
  /** The application role's connection string. */
  url: string;
  schema: string;
  logger: Logger;
  /** How often a worker looks for queued jobs and for jobs whose worker died; seconds. */
  pollIntervalSeconds?: number;
}

/** Work no one asks for, run on a calendar (a deadline refresh): no `job` row, no requester. */
export interface ScheduledWork {
  /** A cron line, read in `tz`. */
  cron: string;
  tz: string;
  handler: () => Promise<void>;
}

// Replicas starting within this long of each other share one start-up run of a scheduled work.
const RECENT_RUN_SECONDS = 10 * 60;

export interface EnqueueOptions<Payload> {
  kind: JobKind;
  /** Who asks: they need the kind's permission, and the work runs with their rights. */
  identity: Identity | null;
  payload: Payload;
  subjectId?: string;
  /** At most one live (queued or running) job per kind and key: asking again returns that job. */
  singletonKey?: string;
}

// An advisory lock held by the worker running a job, on a connection of its own: a second worker
// finds it taken and leaves the job; a worker that died released it with its connection.
const LOCK_SQL = "SELECT pg_try_advisory_lock(hashtextextended('ronghe-job:' || $1, 0)) AS locked";
const UNLOCK_SQL = "SELECT pg_advisory_unlock(hashtextextended('ronghe-job:' || $1, 0))";

/**
 * The subgraph's jobs: enqueue, follow, and — once `start`ed — work. Safe with any number of
 * replicas: pg-boss hands each queued job to one worker (SKIP LOCKED), the advisory lock keeps a
 * retried job from running beside a worker still on it, and the row is completed once
 * (`WHERE state = 'RUNNING'`). A worker that dies mid-job (a restart) leaves the row RUNNING with
 * its lock released; any replica notices within a poll and runs the job again from the start.
 */
export class JobQueue {
  readonly boss: PgBoss;
  // biome-ignore lint/suspicious/noExplicitAny: each kind has its own payload.
  private readonly kinds = new Map<string, JobKindOptions<any>>();
  private readonly scheduled = new Map<string, ScheduledWork>();
  private readonly locks: pg.Pool;
  private reaper: NodeJS.Timeout | null = null;
  private started = false;
  /** This process's pg-boss worker of each kind and scheduled work, woken when one is queued here. */
  private readonly workers = new Map<string, string>();

  constructor(private readonly options: JobQueueOptions) {
    this.boss = new PgBoss({
      connectionString: options.url,
      schema: queueSchemaName(options.schema),
      application_name: `ronghe-${options.schema}-jobs`,
      max: 3,
      migrate: false,
      // pg-boss's cron: every replica looks, one sends (its own lock and 60-second singleton).
      schedule: true,
      supervise: true,
      maintenanceIntervalSeconds: 60,
    } as PgBoss.ConstructorOptions);
    this.boss.on('error', (error) => options.logger.error({ err: error }, 'job queue error'));
    // Its own connections: the locks live as long as a job runs, and what it polls stays out of the
    // requests' pool (and out of the statement counts the tests keep on it).
    this.locks = new pg.Pool({
      connectionString: options.url,
      max: 5,
      application_name: `ronghe-${options.schema}-job-locks`,
      options: `-c search_path=${options.schema}`,
    });
    this.locks.on('error', (error) => options.logger.warn({ err: error }, 'job lock connection lost'));
  }

  /** Declares a kind of job and how it is done; before `start`. */
  define<Payload>(kind: JobKind, options: JobKindOptions<Payload>): void {
    this.kinds.set(kind, options);
  }

  /** Declares a work the queue runs on its calendar, once however many replicas run; before `start`. */
  schedule(name: string, work: ScheduledWork): void {
    this.scheduled.set(name, work);
  }

  /** Starts working the defined kinds (and only then: a process may enqueue without working). */
  async start(): Promise<void> {
    await this.boss.start();
    const poll = this.options.pollIntervalSeconds ?? 2;
    for (const kind of this.kinds.keys()) {
      const worker = await this.boss.work<{ jobId: string }>(
        kind,
        { batchSize: 1, pollingIntervalSeconds: Math.max(0.5, poll) },
        async ([job]) => {
          if (job) await this.run(kind, job.data.jobId);
        },
      );
      this.workers.set(kind, worker);
    }
    for (const [name, work] of this.scheduled) {
      // The row is upserted by name: every replica writing it leaves one schedule.
      await this.boss.schedule(name, work.cron, {}, { tz: work.tz, ...this.sendOptions(name) });
      this.workers.set(
        name,
        await this.boss.work(name, { batchSize: 1, pollingIntervalSeconds: Math.max(0.5, poll) }, async () => work.handler()),
      );
    }
    this.started = true;
    // Only the kinds with a `job` row can be orphaned.
    if (this.kinds.size === 0) return;
    await this.requeueOrphans();
    this.reaper = setInterval(() => void this.requeueOrphans(), poll * 1000);
    this.reaper.unref();
  }

  /**
   * Runs a scheduled work now (at start-up) and waits for it: replicas starting together with the
   * same `key` (the business date) share one run, queued by the first and awaited by all.
   */
  async runScheduledNow(name: string, key: string): Promise<void> {
    const queue = pg.escapeIdentifier(queueSchemaName(this.options.schema));
    const client = await this.locks.connect();
    let id: string | null;
    try {
      await client.query('BEGIN');
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended('ronghe-run-now:' || $1, 0))", [name]);
      const { rows } = await client.query<{ id: string }>(
        `SELECT id FROM ${queue}.job WHERE name = $1 AND singleton_key = $2 AND state NOT IN ('failed', 'cancelled')
            AND created_on > now() - make_interval(secs => $3) ORDER BY created_on DESC LIMIT 1`,
        [name, key, RECENT_RUN_SECONDS],
      );
      const db = { executeSql: async (text: string, values: unknown[]) => client.query(text, values) };
      id = rows[0]?.id ?? (await this.boss.send(name, {}, { ...this.sendOptions(name), singletonKey: key, db } as PgBoss.SendOptions));
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
    const worker = this.workers.get(name);
    if (worker) this.boss.notifyWorker(worker);
    for (;;) {
      const job = id ? await this.boss.getJobById(name, id) : null;
      if (!job || job.state === 'completed') return;
      if (job.state === 'failed' || job.state === 'cancelled') throw new Error(`${name} failed: ${JSON.stringify(job.output)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async stop(): Promise<void> {
    if (this.reaper) clearInterval(this.reaper);
    this.reaper = null;
    // Not graceful: a job cut short is run again by another replica (or this one after restart).
    if (this.started) await this.boss.stop({ graceful: false, wait: true, close: true });
    this.started = false;
    this.workers.clear();
    await this.locks.end();
  }

  /** Records a job and queues it, in one transaction; a live job with the same key is returned instead. */
  async enqueue<Payload extends Record<string, unknown>>(options: EnqueueOptions<Payload>): Promise<Job> {
    const permission = JOB_PERMISSIONS[options.kind];
    const identity = permission ? requirePermission(options.identity, permission) : requireIdentity(options.identity);
    const id = newId();
    const created = await this.options.dataSource.transaction(async (tx) => {
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO job (id, kind, state, subject_id, singleton_key, payload, created_by)
           VALUES ($1, $2, 'QUEUED', $3, $4, $5, $6)
           ON CONFLICT (kind, singleton_key) WHERE state IN ('QUEUED', 'RUNNING') DO NOTHING RETURNING id`,
        [id, options.kind, options.subjectId ?? null, options.singletonKey ?? null, { ...options.payload, identity }, identity.accountId],
      );
      if (rows.length === 0) return null;
      // The queue's row goes in on this transaction's connection: both are there, or neither.
      const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.query(text, values) }) };
      await this.boss.send(options.kind, { jobId: id }, { ...this.sendOptions(options.kind), db } as PgBoss.SendOptions);
      return id;
    });
    if (created) {
      // Picked up now by this process's worker, if idle, rather than at its next poll (up to
      // `pollIntervalSeconds` later): a ranking's caller waits for it. Other replicas still poll.
      const worker = this.workers.get(options.kind);
      if (worker) this.boss.notifyWorker(worker);
      return this.require(created);
    }
    const live = await this.options.dataSource
      .getRepository(JobRecord)
      .findOne({ where: { kind: options.kind, singletonKey: options.singletonKey! }, order: { createdAt: 'DESC' } });
    return toJob(live!, []);
  }

  private sendOptions(kind: string): PgBoss.SendOptions {
    const options = this.kinds.get(kind);
    return {
      retryLimit: options?.retryLimit ?? 2,
      retryDelay: options?.retryDelaySeconds ?? 5,
      expireInSeconds: options?.expireInSeconds ?? 15 * 60,
    };
  }

  /** The job as its caller may see it: its creator, or anyone holding the permission of its kind. */
  async get(identity: Identity | null, id: string): Promise<Job> {
    const caller = requireIdentity(identity);
    if (!isUuid(id)) throw notFound('任务', id);
    const record = await this.options.dataSource.getRepository(JobRecord).findOneBy({ id });
    if (!record || !mayReadJob(caller, record)) throw notFound('任务', id);
    return this.withFiles(record);
  }

  /** One file a job made, whole and base64-encoded in a GraphQL answer (the streamed download is `fileInfo` + `fileContent`). */
  async file(identity: Identity | null, id: string): Promise<ExportFile> {
    const info = await this.fileInfo(identity, id);
    const [row] = await this.options.dataSource.query('SELECT content FROM job_file WHERE id = $1', [id]);
    if (!row) throw notFound('文件', id);
    return Object.assign(new ExportFile(), {
      fileName: info.fileName,
      mimeType: info.mimeType,
      // Encoded here, not by encode() in SQL, which breaks its text into lines to be taken out again.
      contentBase64: (row.content as Buffer).toString('base64'),
      rowCount: info.rowCount,
    });
  }

  /** What a file is, for its download: refused as not found unless the caller may read its job. */
  async fileInfo(identity: Identity | null, id: string): Promise<JobFileInfo> {
    const caller = requireIdentity(identity);
    if (!isUuid(id)) throw notFound('文件', id);
    const [row] = await this.options.dataSource.query(
      `SELECT f.file_name, f.mime_type, octet_length(f.content) AS size, f.row_count, j.kind, j.created_by
         FROM job_file f JOIN job j ON j.id = f.job_id WHERE f.id = $1`,
      [id],
    );
    if (!row || !mayReadJob(caller, { kind: row.kind, createdBy: row.created_by })) throw notFound('文件', id);
    return { fileName: row.file_name, mimeType: row.mime_type, size: Number(row.size), rowCount: row.row_count };
  }

  /**
   * A file's bytes in slices, each read when the last one was taken: a download holds one slice,
   * not the file (a province's persons export is 6 MB, 16 MB as the driver's hex text). Only after
   * `fileInfo` allowed it.
   */
  async *fileContent(id: string, sliceBytes = FILE_SLICE_BYTES): AsyncGenerator<Buffer> {
    for (let from = 1; ; from += sliceBytes) {
      const [row] = await this.options.dataSource.query('SELECT substring(content FROM $2 FOR $3) AS part FROM job_file WHERE id = $1', [
        id,
        from,
        sliceBytes,
      ]);
      const part = row?.part as Buffer | undefined;
      if (!part?.length) return;
      yield part;
      if (part.length < sliceBytes) return;
    }
  }

  private async require(id: string): Promise<Job> {
    return this.withFiles(await this.options.dataSource.getRepository(JobRecord).findOneByOrFail({ id }));
  }

  private async withFiles(record: JobRecord): Promise<Job> {
    const files: { id: string; file_name: string; mime_type: string; size: number }[] = await this.options.dataSource.query(
      'SELECT id, file_name, mime_type, octet_length(content) AS size FROM job_file WHERE job_id = $1 ORDER BY position',
      [record.id],
    );
    return toJob(
      record,
      files.map((f) => ({ id: f.id, fileName: f.file_name, mimeType: f.mime_type, size: Number(f.size) })),
    );
  }

  /** One attempt at a job, under its lock; what finished or failed for good is left as it is. */
  private async run(kind: string, jobId: string): Promise<void> {
    const definition = this.kinds.get(kind)!;
    const client = await this.locks.connect();
    try {
      const [{ locked }] = (await client.query(LOCK_SQL, [jobId])).rows;
      // Another worker is still on it (this entry was handed out again): it finishes the job, or
      // dies and frees the lock, and then the orphan check queues it anew. Nothing to do here.
      if (!locked) {
        this.options.logger.info({ jobId }, 'job is running elsewhere; this hand-out is dropped');
        return;
      }
      try {
        await this.attempt(definition, jobId);
      } finally {
        await client.query(UNLOCK_SQL, [jobId]);
      }
    } finally {
      client.release();
    }
  }

  private async attempt(definition: JobKindOptions<unknown>, jobId: string): Promise<void> {
    const repository = this.options.dataSource.getRepository(JobRecord);
    const [started] = await this.options.dataSource.query(
      `UPDATE job SET state = 'RUNNING', attempts = attempts + 1, progress = 0, message = NULL, started_at = now()
        WHERE id = $1 AND state IN ('QUEUED', 'RUNNING') RETURNING attempts`,
      [jobId],
    );
    // Completed before (a retry that came after the work was done): nothing to do, never twice.
    if (!started?.[0]) return;
    const attempts = started[0].attempts as number;
    const record = await repository.findOneByOrFail({ id: jobId });
    const { identity, ...payload } = record.payload as { identity: Identity };
    const progress = async (percent: number, message?: string) => {
      await repository.update(
        { id: jobId, state: JobState.RUNNING },
        { progress: Math.max(0, Math.min(99, Math.round(percent))), message: message ?? null },
      );
    };
    try {
      const outcome = await definition.handler({ jobId, payload, identity, progress });
      await this.options.dataSource.transaction(async (tx) => {
        const done = await tx.query(
          `UPDATE job SET state = 'SUCCEEDED', progress = 100, message = NULL, result = $2, finished_at = now()
            WHERE id = $1 AND state = 'RUNNING' RETURNING id`,
          [jobId, outcome.result ?? {}],
        );
        if (done[0].length === 0) return;
        for (const [position, file] of (outcome.files ?? []).entries()) {
          await tx.query(
            'INSERT INTO job_file (id, job_id, position, file_name, mime_type, content, row_count) VALUES ($1, $2, $3, $4, $5, $6, $7)',
            [newId(), jobId, position, file.fileName, file.mimeType, file.content, file.rowCount ?? 0],
          );
        }
      });
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code ?? ErrorCode.JOB_FAILED) : ErrorCode.JOB_FAILED;
      const final = error instanceof DomainError || attempts > (definition.retryLimit ?? 2);
      this.options.logger.warn({ err: error, jobId, attempts, final }, 'job attempt failed');
      await this.options.dataSource.query(
        final
          ? `UPDATE job SET state = 'FAILED', error_code = $2, error_message = $3, finished_at = now() WHERE id = $1 AND state = 'RUNNING'`
          : `UPDATE job SET state = 'QUEUED', message = $3 WHERE id = $1 AND state = 'RUNNING'`,
        [jobId, code, final ? (error as Error).message : '上次尝试失败,稍后重试'],
      );
      // A refusal is an answer, not a fault: the queue need not retry it.
      if (!final) throw error;
    }
  }

  /**
   * Jobs whose worker died (the process was killed or restarted mid-job): the row says RUNNING but
   * no one holds its lock. Their queue entry is failed so that pg-boss hands it out again at once,
   * rather than after the attempt's expiry.
   */
  private async requeueOrphans(): Promise<void> {
    try {
      const { rows: running } = await this.locks.query<{ id: string; kind: string }>(
        "SELECT id, kind FROM job WHERE state = 'RUNNING' AND kind = ANY($1)",
        [[...this.kinds.keys()]],
      );
      const queue = pg.escapeIdentifier(queueSchemaName(this.options.schema));
      for (const job of running) {
        const client = await this.locks.connect();
        try {
          const [{ locked }] = (await client.query(LOCK_SQL, [job.id])).rows;
          if (!locked) continue;
          try {
            const [row] = (await client.query('SELECT state FROM job WHERE id = $1', [job.id])).rows;
            if (row?.state !== JobState.RUNNING) continue;
            const { rows: active } = await client.query(
              `SELECT id FROM ${queue}.job
                WHERE name = $1 AND state = 'active' AND data->>'jobId' = $2`,
              [job.kind, job.id],
            );
            for (const entry of active) await this.boss.fail(job.kind, entry.id, { message: 'worker lost' });
            await client.query("UPDATE job SET state = 'QUEUED', message = '处理进程已重启,重新排队' WHERE id = $1 AND state = 'RUNNING'", [
              job.id,
            ]);
            // Its entry out of retries (or dropped as busy): a new one, so the job is not left behind.
            const [waiting] = (
              await client.query(
                `SELECT count(*)::int AS n FROM ${queue}.job WHERE name = $1 AND state IN ('created', 'retry') AND data->>'jobId' = $2`,
                [job.kind, job.id],
              )
            ).rows;
            if (waiting.n === 0) await this.boss.send(job.kind, { jobId: job.id }, this.sendOptions(job.kind));
            this.options.logger.info({ jobId: job.id, kind: job.kind }, 'job requeued: its worker is gone');
          } finally {
            await client.query(UNLOCK_SQL, [job.id]);
          }
        } finally {
          client.release();
        }
      }
    } catch (error) {
      if (this.started) this.options.logger.warn({ err: error }, 'looking for orphaned jobs failed');
    }
  }
}

function toJob(record: JobRecord, files: JobFile[]): Job {
  return Object.assign(new Job(), {
    id: record.id,
    kind: record.kind,
    state: record.state,
    progress: record.progress,
    message: record.message,
    subjectId: record.subjectId,
    result: record.result,
    error: record.errorCode ? { code: record.errorCode, message: record.errorMessage ?? '' } : null,
    files,
    createdAt: record.createdAt,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
  });
}

/** `job(id)` and `jobFile(id)` of a subgraph that runs jobs, named after it as the audit query is. */
export function jobSchema(service: string) {
  @Resolver(() => Job)
  class JobResolver {
    @Authorized()
    @Query(() => Job, { name: `${service}Job`, description: `${service} 的后台任务:状态、进度和结果` })
    job(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext<{ jobs: JobQueue }>) {
      return ctx.services.jobs.get(ctx.identity, id);
    }

    @Authorized()
    @Query(() => ExportFile, { name: `${service}JobFile`, description: '下载后台任务生成的一个文件' })
    jobFile(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext<{ jobs: JobQueue }>) {
      return ctx.services.jobs.file(ctx.identity, id);
    }
  }
  return { JobResolver };
}
