import pg from 'pg';

/**
 * The schema registry, in PostgreSQL: every gateway replica, on any host, reads the same current
 * supergraph from it, and a publish is one transaction (a file directory would need a volume
 * shared by all replicas, and could be read half-written). Append-only: each publish adds rows, so
 * what ran when stays readable and a rollback is a publish of the earlier SDL.
 */
export interface PublishedSubgraph {
  name: string;
  url: string;
  sdl: string;
}

export interface Supergraph {
  id: number;
  sdl: string;
  apiSdl: string;
}

export interface ClientOperation {
  client: string;
  name: string;
  document: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** The registry's tables, made by the publishing side (the gateways only read them). */
const DDL = (s: string) => `
  CREATE SCHEMA IF NOT EXISTS ${s};
  CREATE TABLE IF NOT EXISTS ${s}.subgraph_schema (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    url text NOT NULL,
    sdl text NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX IF NOT EXISTS subgraph_schema_name_id ON ${s}.subgraph_schema (name, id DESC);
  CREATE TABLE IF NOT EXISTS ${s}.supergraph (
    id bigserial PRIMARY KEY,
    sdl text NOT NULL,
    api_sdl text NOT NULL,
    published_by text NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE IF NOT EXISTS ${s}.client_operation (
    client text NOT NULL,
    hash text NOT NULL,
    name text NOT NULL,
    document text NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (client, hash)
  );`;

export function registrySchemaName(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`REGISTRY_SCHEMA 须为小写标识符 / must be a lowercase identifier: ${name}`);
  return name;
}

/** The gateway's side: the current supergraph's id, and its text when it changed. */
export function createSupergraphReader(url: string, schema: string) {
  const s = registrySchemaName(schema);
  // One connection is enough for a poll every few seconds; it is re-made if the server restarts.
  const pool = new pg.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 5000 });
  pool.on('error', () => {});
  return {
    async latestId(): Promise<number | null> {
      const { rows } = await pool.query(`SELECT id FROM ${s}.supergraph ORDER BY id DESC LIMIT 1`).catch((error) => {
        // Not made yet: nothing has been published, the gateway serves its built-in supergraph.
        if ((error as { code?: string }).code === '42P01') return { rows: [] };
        throw error;
      });
      return rows[0] ? Number(rows[0].id) : null;
    },
    async get(id: number): Promise<Supergraph> {
      const { rows } = await pool.query(`SELECT id, sdl, api_sdl FROM ${s}.supergraph WHERE id = $1`, [id]);
      return { id: Number(rows[0].id), sdl: rows[0].sdl, apiSdl: rows[0].api_sdl };
    },
    close: () => pool.end(),
  };
}

/** The publishing side (the registry CLI): reads what is published and adds to it. */
export function createRegistryStore(url: string, schema: string) {
  const s = registrySchemaName(schema);
  const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5000 });
  pool.on('error', () => {});

  const latestSubgraphs = async (client: pg.PoolClient | pg.Pool = pool): Promise<PublishedSubgraph[]> =>
    (await client.query(`SELECT DISTINCT ON (name) name, url, sdl FROM ${s}.subgraph_schema ORDER BY name, id DESC`)).rows;

  const latestSupergraph = async (client: pg.PoolClient | pg.Pool = pool): Promise<Supergraph | null> => {
    const { rows } = await client.query(`SELECT id, sdl, api_sdl FROM ${s}.supergraph ORDER BY id DESC LIMIT 1`);
    return rows[0] ? { id: Number(rows[0].id), sdl: rows[0].sdl, apiSdl: rows[0].api_sdl } : null;
  };

  return {
    ensureSchema: () => pool.query(DDL(s)).then(() => undefined),
    latestSubgraphs: () => latestSubgraphs(),
    latestSupergraph: () => latestSupergraph(),
    clientOperations: async (): Promise<ClientOperation[]> =>
      (await pool.query(`SELECT client, name, document FROM ${s}.client_operation ORDER BY client, name`)).rows,

    /** Replaces one client's operations (a client's deploy publishes the whole set it uses). */
    async setClientOperations(client: string, operations: { hash: string; name: string; document: string }[]) {
      const tx = await pool.connect();
      try {
        await tx.query('BEGIN');
        await tx.query(`DELETE FROM ${s}.client_operation WHERE client = $1`, [client]);
        for (const o of operations) {
          await tx.query(
            `INSERT INTO ${s}.client_operation (client, hash, name, document) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
            [client, o.hash, o.name, o.document],
          );
        }
        await tx.query('COMMIT');
      } catch (error) {
        await tx.query('ROLLBACK');
        throw error;
      } finally {
        tx.release();
      }
    },

    /**
     * Runs `decide` on what is published now, under a lock that serialises publishes: two subgraphs
     * published at once would otherwise each compose without the other's change, and the later
     * write would drop the earlier one. `decide` returns what to write, or null to write nothing;
     * the new supergraph's id is returned.
     */
    async publishLocked(
      decide: (current: {
        subgraphs: PublishedSubgraph[];
        supergraph: Supergraph | null;
      }) => Promise<{ subgraphs: PublishedSubgraph[]; supergraph: { sdl: string; apiSdl: string; publishedBy: string } } | null>,
    ): Promise<number | null> {
      const tx = await pool.connect();
      try {
        await tx.query('BEGIN');
        await tx.query(`LOCK TABLE ${s}.subgraph_schema IN SHARE ROW EXCLUSIVE MODE`);
        const decision = await decide({ subgraphs: await latestSubgraphs(tx), supergraph: await latestSupergraph(tx) });
        if (!decision) {
          await tx.query('ROLLBACK');
          return null;
        }
        for (const sub of decision.subgraphs) {
          await tx.query(`INSERT INTO ${s}.subgraph_schema (name, url, sdl) VALUES ($1, $2, $3)`, [sub.name, sub.url, sub.sdl]);
        }
        const { sdl, apiSdl, publishedBy } = decision.supergraph;
        const { rows } = await tx.query(`INSERT INTO ${s}.supergraph (sdl, api_sdl, published_by) VALUES ($1, $2, $3) RETURNING id`, [
          sdl,
          apiSdl,
          publishedBy,
        ]);
        await tx.query('COMMIT');
        return Number(rows[0].id);
      } catch (error) {
        await tx.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        tx.release();
      }
    },
    close: () => pool.end(),
  };
}

export type RegistryStore = ReturnType<typeof createRegistryStore>;
