import { appendOnlySql, auditActMigration, limitsMigration, sqlMigration } from '@ronghe/kit';
import { TextLimit } from '@ronghe/types';

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
  sqlMigration(
    'Workflow1764500000000',
    `
    ALTER TABLE nomination_cycle
      ADD COLUMN open_categories text[] NOT NULL DEFAULT ARRAY['TOWNSHIP','SUBDISTRICT','COMMUNITY','DISTRICT_AGENCY','SOCIAL_ORGANIZATION','MARKET','EMPLOYER','SERVICE_AGENCY','TRAINING_INSTITUTION','MIGRANT_WORKER'],
      ADD COLUMN nominator_kinds text[] NOT NULL DEFAULT ARRAY['TOWNSHIP','SUBDISTRICT','DISTRICT_AGENCY'],
      ADD COLUMN default_quota integer NOT NULL DEFAULT 2,
      ADD COLUMN honour_lookback_years integer NOT NULL DEFAULT 3,
      ADD COLUMN frozen_at timestamptz(3);

    CREATE TABLE nomination_quota (
      cycle_id uuid NOT NULL REFERENCES nomination_cycle(id),
      organization_id uuid NOT NULL,
      category text NOT NULL,
      quota integer NOT NULL CHECK (quota >= 0),
      PRIMARY KEY (cycle_id, organization_id, category)
    );

    -- A unit's late submission allowed by the office, with its reason.
    CREATE TABLE nomination_extension (
      id uuid PRIMARY KEY,
      cycle_id uuid NOT NULL REFERENCES nomination_cycle(id),
      organization_id uuid NOT NULL,
      until timestamptz(3) NOT NULL,
      reason text NOT NULL,
      granted_by uuid,
      granted_at timestamptz(3) NOT NULL DEFAULT now()
    );
    CREATE INDEX nomination_extension_unit_idx ON nomination_extension (cycle_id, organization_id);

    ALTER TABLE nomination DROP CONSTRAINT nomination_once_per_category;
    ALTER TABLE nomination ALTER COLUMN nominee_organization_id DROP NOT NULL;
    ALTER TABLE nomination
      ADD COLUMN nominee_person_id uuid,
      ADD COLUMN contact_name text,
      ADD COLUMN contact_phone text,
      ADD COLUMN position integer NOT NULL DEFAULT 1,
      ADD COLUMN flags text[] NOT NULL DEFAULT '{}',
      ADD COLUMN status_reason text,
      ADD COLUMN submitted_at timestamptz(3),
      ADD COLUMN created_by uuid,
      ADD CONSTRAINT nomination_one_nominee CHECK ((nominee_organization_id IS NULL) <> (nominee_person_id IS NULL));
    -- One nomination per nominee per category per cycle, withdrawn ones aside.
    CREATE UNIQUE INDEX nomination_unit_once_key ON nomination (cycle_id, category, nominee_organization_id)
      WHERE nominee_organization_id IS NOT NULL AND status <> 'WITHDRAWN';
    CREATE UNIQUE INDEX nomination_person_once_key ON nomination (cycle_id, category, nominee_person_id)
      WHERE nominee_person_id IS NOT NULL AND status <> 'WITHDRAWN';
    CREATE INDEX nomination_person_idx ON nomination (nominee_person_id, created_at, id);
    CREATE INDEX nomination_quota_use_idx ON nomination (cycle_id, nominator_organization_id, category);

    CREATE TABLE nomination_event (
      id uuid PRIMARY KEY,
      nomination_id uuid NOT NULL REFERENCES nomination(id),
      from_status text,
      to_status text NOT NULL,
      actor_account_id uuid,
      actor_username text,
      reason text,
      occurred_at timestamptz(3) NOT NULL DEFAULT now(),
      -- Insertion order: steps taken within one millisecond still read back in sequence.
      seq bigint GENERATED ALWAYS AS IDENTITY
    );
    CREATE INDEX nomination_event_nomination_idx ON nomination_event (nomination_id, seq);

    CREATE TABLE nomination_attachment (
      id uuid PRIMARY KEY,
      nomination_id uuid NOT NULL REFERENCES nomination(id),
      file_name text NOT NULL,
      mime_type text NOT NULL,
      size integer NOT NULL,
      content bytea NOT NULL,
      uploaded_at timestamptz(3) NOT NULL DEFAULT now()
    );
    CREATE INDEX nomination_attachment_nomination_idx ON nomination_attachment (nomination_id);

    -- Past commendations, which the pre-screen checks a new nomination against.
    CREATE TABLE honour (
      id uuid PRIMARY KEY,
      year integer NOT NULL,
      category text NOT NULL,
      nominee_organization_id uuid,
      nominee_person_id uuid,
      title text NOT NULL,
      recorded_at timestamptz(3) NOT NULL DEFAULT now()
    );
    CREATE INDEX honour_unit_idx ON honour (nominee_organization_id, category, year);
    CREATE INDEX honour_person_idx ON honour (nominee_person_id, category, year);
    `,
    `
    DROP TABLE honour; DROP TABLE nomination_attachment; DROP TABLE nomination_event;
    DROP INDEX nomination_quota_use_idx; DROP INDEX nomination_person_idx;
    DROP INDEX nomination_person_once_key; DROP INDEX nomination_unit_once_key;
    ALTER TABLE nomination DROP CONSTRAINT nomination_one_nominee, DROP COLUMN nominee_person_id, DROP COLUMN contact_name,
      DROP COLUMN contact_phone, DROP COLUMN position, DROP COLUMN flags, DROP COLUMN status_reason,
      DROP COLUMN submitted_at, DROP COLUMN created_by;
    ALTER TABLE nomination ALTER COLUMN nominee_organization_id SET NOT NULL;
    ALTER TABLE nomination ADD CONSTRAINT nomination_once_per_category UNIQUE (cycle_id, category, nominee_organization_id);
    DROP TABLE nomination_extension; DROP TABLE nomination_quota;
    ALTER TABLE nomination_cycle DROP COLUMN open_categories, DROP COLUMN nominator_kinds, DROP COLUMN default_quota,
      DROP COLUMN honour_lookback_years, DROP COLUMN frozen_at;
    `,
  ),
  sqlMigration(
    'HonourOnce1764800000000',
    `
    CREATE UNIQUE INDEX honour_unit_once_key ON honour (year, category, nominee_organization_id) WHERE nominee_organization_id IS NOT NULL;
    CREATE UNIQUE INDEX honour_person_once_key ON honour (year, category, nominee_person_id) WHERE nominee_person_id IS NOT NULL;
    `,
    `DROP INDEX honour_person_once_key; DROP INDEX honour_unit_once_key;`,
  ),
  // Every text and list users write has the limit its input has (@ronghe/types' TextLimit, ListLimit).
  limitsMigration('Limits1765000000000', {
    nomination: {
      deeds: { maxLength: TextLimit.FREE_TEXT },
      contact_name: { maxLength: TextLimit.NAME },
      contact_phone: { maxLength: TextLimit.SHORT_CODE },
      status_reason: { maxLength: TextLimit.REASON },
    },
    nomination_extension: { reason: { maxLength: TextLimit.REASON } },
    nomination_event: { reason: { maxLength: TextLimit.REASON } },
    nomination_attachment: { file_name: { maxLength: TextLimit.FILE_NAME }, mime_type: { maxLength: TextLimit.LABEL } },
    honour: { title: { maxLength: TextLimit.TITLE } },
  }),
  // Who froze a call and, when before its window ended, why: the office answers for leaving nominations out.
  sqlMigration(
    'FreezeReason1765200000000',
    `
    ALTER TABLE nomination_cycle
      ADD COLUMN freeze_reason text,
      ADD COLUMN frozen_by uuid,
      ADD COLUMN frozen_by_username text;
    ALTER TABLE nomination_cycle ADD CONSTRAINT nomination_cycle_freeze_reason_limit CHECK (char_length(freeze_reason) <= ${TextLimit.REASON}) NOT VALID;
    `,
    `ALTER TABLE nomination_cycle DROP CONSTRAINT nomination_cycle_freeze_reason_limit, DROP COLUMN freeze_reason, DROP COLUMN frozen_by, DROP COLUMN frozen_by_username;`,
  ),
  // Accountable acts for the audit view; history tables refuse UPDATE, DELETE and TRUNCATE, whoever asks.
  auditActMigration('AuditActs1765400000000'),
  sqlMigration(
    'AppendOnlyHistory1765400000001',
    `${appendOnlySql('nomination_event')}`,
    'DROP TRIGGER nomination_event_append_only ON nomination_event; DROP TRIGGER nomination_event_no_truncate ON nomination_event;',
  ),
];
