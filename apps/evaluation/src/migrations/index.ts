import { sqlMigration } from '@ronghe/kit';

export const migrations = [
  sqlMigration(
    'Init1764300000000',
    `
    CREATE TABLE review (
      id uuid PRIMARY KEY,
      cycle_id uuid NOT NULL UNIQUE,
      year integer NOT NULL,
      title text NOT NULL,
      status text NOT NULL,
      shortlist_size integer NOT NULL DEFAULT 30,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE TABLE nomination_result (
      id uuid PRIMARY KEY,
      review_id uuid NOT NULL REFERENCES review(id),
      nomination_id uuid NOT NULL UNIQUE,
      aggregate_score numeric(8, 3),
      rank integer,
      outcome text NOT NULL
    );
    CREATE INDEX nomination_result_review_rank_idx ON nomination_result (review_id, rank, id);
    `,
    `DROP TABLE nomination_result; DROP TABLE review;`,
  ),
];
