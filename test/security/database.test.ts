import { readFile } from 'node:fs/promises';
import { appRoleName, derivedAppRolePassword } from '@ronghe/kit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '../support/graphql.js';

// Each subgraph's history: append-only for its application role, whatever the request tries.
const HISTORY: Record<string, string[]> = {
  organizations: ['audit_act', 'audit_log'],
  tasks: ['audit_act', 'task_event'],
  nominations: ['audit_act', 'nomination_event'],
  evaluation: ['audit_act', 'score_reopening', 'shortlist_change'],
};

const clients = new Map<string, pg.Client>();
let owner: pg.Client;

/** Logs in as a running subgraph does: its schema's application role, with the password it keeps. */
async function connectAsApp(subgraph: string): Promise<pg.Client> {
  const { url, schemas } = system().database;
  const role = appRoleName(schemas[subgraph]!);
  const login = new URL(url);
  login.username = role;
  // Derived from the owner's login when it has a password (every replica agrees), else kept in a file.
  login.password = derivedAppRolePassword(url, role) ?? (await readFile(`.data/${role}.password`, 'utf8')).trim();
  const client = new pg.Client({ connectionString: login.toString(), options: `-c search_path=${schemas[subgraph]}` });
  await client.connect();
  return client;
}

/** The SQLSTATE a statement fails with, or null if it succeeded (inside a transaction rolled back). */
async function refusal(client: pg.Client, sql: string): Promise<string | null> {
  await client.query('BEGIN');
  try {
    await client.query(sql);
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  } finally {
    await client.query('ROLLBACK');
  }
}

beforeAll(async () => {
  for (const name of Object.keys(HISTORY)) clients.set(name, await connectAsApp(name));
  owner = new pg.Client({ connectionString: system().database.url });
  await owner.connect();
});
afterAll(async () => {
  for (const client of clients.values()) await client.end();
  await owner?.end();
});

describe('the subgraphs’ database roles', () => {
  it('run requests as a role that owns none of the tables and cannot create any', async () => {
    for (const [name, client] of clients) {
      const schema = system().database.schemas[name]!;
      const { rows } = await client.query(
        'SELECT current_user, (SELECT count(*)::int FROM pg_tables WHERE schemaname = $1 AND tableowner = current_user) AS owned',
        [schema],
      );
      expect(rows[0]).toEqual({ current_user: appRoleName(schema), owned: 0 });
      expect(await refusal(client, 'CREATE TABLE sneaky (id int)')).toBe('42501');
      // What it needs it has: it reads and adds history.
      expect(await refusal(client, 'SELECT count(*) FROM audit_act')).toBeNull();
    }
  });

  for (const [name, tables] of Object.entries(HISTORY)) {
    for (const table of tables) {
      it(`refuses ${name}’s application role to truncate, update, delete or un-trigger ${table}`, async () => {
        const client = clients.get(name)!;
        // 42501: insufficient privilege (no TRUNCATE/UPDATE/DELETE grant; ALTER needs ownership).
        expect(await refusal(client, `TRUNCATE ${table}`)).toBe('42501');
        expect(await refusal(client, `UPDATE ${table} SET id = id`)).toBe('42501');
        expect(await refusal(client, `DELETE FROM ${table}`)).toBe('42501');
        expect(await refusal(client, `ALTER TABLE ${table} DISABLE TRIGGER ALL`)).toBe('42501');
        expect(await refusal(client, `ALTER TABLE ${table} DISABLE TRIGGER ${table}_append_only`)).toBe('42501');
        expect(await refusal(client, `DROP TABLE ${table}`)).toBe('42501');
        // Even its owner's TRUNCATE is refused, by the table's own trigger.
        const schema = system().database.schemas[name]!;
        expect(await refusal(owner, `TRUNCATE "${schema}".${table}`)).toBe('42501');
      });
    }
  }

  it('keeps each subgraph out of every other subgraph’s schema', async () => {
    const { schemas } = system().database;
    for (const [name, client] of clients) {
      for (const [other, schema] of Object.entries(schemas)) {
        if (other === name) continue;
        expect(await refusal(client, `SELECT 1 FROM "${schema}".audit_act LIMIT 1`)).toBe('42501');
      }
    }
    // The registry's accounts, password hashes included, are the registry's alone.
    expect(await refusal(clients.get('evaluation')!, `SELECT password_hash FROM "${schemas.organizations}".account`)).toBe('42501');
  });
});
