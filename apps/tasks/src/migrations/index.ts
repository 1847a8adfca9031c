import { sqlMigration } from '@ronghe/kit';

export const migrations = [
  sqlMigration(
    'Init1764300000000',
    `
    CREATE TABLE task (
      id uuid PRIMARY KEY,
      code text NOT NULL,
      title text NOT NULL,
      area text NOT NULL,
      requirement text NOT NULL,
      sort_order integer NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE TABLE assignment (
      id uuid PRIMARY KEY,
      task_id uuid NOT NULL REFERENCES task(id),
      organization_id uuid NOT NULL,
      role text NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      CONSTRAINT assignment_task_organization_key UNIQUE (task_id, organization_id)
    );
    CREATE INDEX assignment_organization_idx ON assignment (organization_id, created_at, id);
    CREATE INDEX assignment_task_idx ON assignment (task_id, created_at, id);
    `,
    `DROP TABLE assignment; DROP TABLE task;`,
  ),
];
