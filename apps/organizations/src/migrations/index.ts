import { sqlMigration } from '@ronghe/kit';

export const migrations = [
  sqlMigration(
    'Init1764300000000',
    `
    CREATE TABLE organization (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      short_name text,
      kind text NOT NULL,
      parent_id uuid REFERENCES organization(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE INDEX organization_parent_id_idx ON organization (parent_id);
    CREATE INDEX organization_name_idx ON organization (name, id);
    CREATE INDEX organization_kind_idx ON organization (kind);

    CREATE TABLE account (
      id uuid PRIMARY KEY,
      username text NOT NULL UNIQUE,
      display_name text NOT NULL,
      password_hash text NOT NULL,
      organization_id uuid NOT NULL REFERENCES organization(id),
      roles text[] NOT NULL,
      failed_login_count integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    `,
    `DROP TABLE account; DROP TABLE organization;`,
  ),
];
