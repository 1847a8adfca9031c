import { sqlMigration } from '@ronghe/kit';

export const migrations = [
  sqlMigration(
    'Init1764300000000',
    `
    CREATE TABLE nomination_cycle (
      id uuid PRIMARY KEY,
      year integer NOT NULL UNIQUE,
      status text NOT NULL,
      opens_at timestamptz NOT NULL,
      closes_at timestamptz NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE TABLE nomination (
      id uuid PRIMARY KEY,
      cycle_id uuid NOT NULL REFERENCES nomination_cycle(id),
      category text NOT NULL,
      nominee_organization_id uuid NOT NULL,
      nominator_organization_id uuid NOT NULL,
      deeds text NOT NULL,
      status text NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT nomination_once_per_category UNIQUE (cycle_id, category, nominee_organization_id)
    );
    CREATE INDEX nomination_nominee_idx ON nomination (nominee_organization_id, created_at, id);
    CREATE INDEX nomination_nominator_idx ON nomination (nominator_organization_id, created_at, id);
    CREATE INDEX nomination_cycle_idx ON nomination (cycle_id, created_at, id);
    `,
    `DROP TABLE nomination; DROP TABLE nomination_cycle;`,
  ),
];
