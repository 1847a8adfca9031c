import { appendOnlySql, auditActMigration, jobsMigration, limitsMigration, sqlMigration } from '@ronghe/kit';
import { ListLimit, TextLimit } from '@ronghe/types';

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
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
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
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    `,
    `DROP TABLE account; DROP TABLE organization;`,
  ),
  sqlMigration(
    'Registry1764400000000',
    `
    DO $$ BEGIN
      CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
    EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL;
    END $$;

    ALTER TABLE organization
      ADD COLUMN credit_code text,
      ADD COLUMN address text,
      ADD COLUMN contact_person text,
      ADD COLUMN contact_phone text,
      ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE',
      ADD COLUMN deleted_at timestamptz,
      ADD COLUMN path text;

    -- Materialised path of ids ('/root/…/self/'): subtree filters are one indexed prefix match.
    WITH RECURSIVE tree AS (
      SELECT id, '/' || id::text || '/' AS path FROM organization WHERE parent_id IS NULL
      UNION ALL
      SELECT o.id, t.path || o.id::text || '/' FROM organization o JOIN tree t ON o.parent_id = t.id
    )
    UPDATE organization o SET path = tree.path FROM tree WHERE tree.id = o.id;
    ALTER TABLE organization ALTER COLUMN path SET NOT NULL;

    CREATE INDEX organization_path_idx ON organization (path text_pattern_ops);
    CREATE INDEX organization_name_trgm_idx ON organization USING gin (name public.gin_trgm_ops);
    CREATE INDEX organization_short_name_trgm_idx ON organization USING gin (short_name public.gin_trgm_ops);
    CREATE UNIQUE INDEX organization_active_credit_code_key ON organization (credit_code)
      WHERE credit_code IS NOT NULL AND status = 'ACTIVE' AND deleted_at IS NULL;

    -- Where a unit sat before each move: moving keeps its history.
    CREATE TABLE organization_move (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organization(id),
      from_parent_id uuid REFERENCES organization(id),
      to_parent_id uuid REFERENCES organization(id),
      moved_at timestamptz(3) NOT NULL DEFAULT now(),
      moved_by uuid
    );
    CREATE INDEX organization_move_organization_idx ON organization_move (organization_id, moved_at, id);

    CREATE TABLE person (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      gender text NOT NULL,
      id_number text NOT NULL,
      phone text,
      home_province text,
      home_city text,
      employer_id uuid REFERENCES organization(id),
      community_id uuid REFERENCES organization(id),
      arrival_date date,
      skills text[] NOT NULL DEFAULT '{}',
      trainings text[] NOT NULL DEFAULT '{}',
      deleted_at timestamptz,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE UNIQUE INDEX person_id_number_key ON person (id_number) WHERE deleted_at IS NULL;
    CREATE INDEX person_name_trgm_idx ON person USING gin (name public.gin_trgm_ops);
    CREATE INDEX person_employer_idx ON person (employer_id);
    CREATE INDEX person_community_idx ON person (community_id);

    ALTER TABLE account
      ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE',
      ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
      ADD COLUMN password_changed_at timestamptz;

    CREATE TABLE refresh_token (
      id uuid PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES account(id),
      token_hash text NOT NULL UNIQUE,
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      created_at timestamptz(3) NOT NULL DEFAULT now()
    );

    -- Append-only: written in the same transaction as the change it records, never altered.
    CREATE TABLE audit_log (
      id uuid PRIMARY KEY,
      occurred_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
      actor_account_id uuid,
      actor_username text,
      entity_type text NOT NULL,
      entity_id uuid NOT NULL,
      action text NOT NULL,
      before jsonb,
      after jsonb
    );
    CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, occurred_at);
    CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at DESC, id DESC);
    CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END
    $fn$;
    CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
    `,
    `
    DROP TABLE audit_log; DROP FUNCTION audit_log_is_append_only();
    DROP TABLE refresh_token;
    ALTER TABLE account DROP COLUMN status, DROP COLUMN must_change_password, DROP COLUMN password_changed_at;
    DROP TABLE person; DROP TABLE organization_move;
    DROP INDEX organization_active_credit_code_key; DROP INDEX organization_short_name_trgm_idx;
    DROP INDEX organization_name_trgm_idx; DROP INDEX organization_path_idx;
    ALTER TABLE organization DROP COLUMN credit_code, DROP COLUMN address, DROP COLUMN contact_person,
      DROP COLUMN contact_phone, DROP COLUMN status, DROP COLUMN deleted_at, DROP COLUMN path;
    `,
  ),
  // Every text and list users write has the limit its input has (@ronghe/types' TextLimit, ListLimit).
  limitsMigration('Limits1765000000000', {
    organization: {
      name: { maxLength: TextLimit.NAME },
      short_name: { maxLength: TextLimit.NAME },
      credit_code: { maxLength: TextLimit.SHORT_CODE },
      address: { maxLength: TextLimit.ADDRESS },
      contact_person: { maxLength: TextLimit.NAME },
      contact_phone: { maxLength: TextLimit.SHORT_CODE },
    },
    account: {
      username: { maxLength: TextLimit.SHORT_CODE },
      display_name: { maxLength: TextLimit.NAME },
      roles: { maxCount: ListLimit.CHOICES },
    },
    person: {
      name: { maxLength: TextLimit.NAME },
      id_number: { maxLength: TextLimit.SHORT_CODE },
      phone: { maxLength: TextLimit.SHORT_CODE },
      home_province: { maxLength: TextLimit.PLACE },
      home_city: { maxLength: TextLimit.PLACE },
      skills: { maxCount: ListLimit.LABELS },
      trainings: { maxCount: ListLimit.LABELS },
    },
  }),
  // Sign-in failures counted per typed username (known or not), and a version that ends sessions.
  sqlMigration(
    'Sessions1765200000000',
    `
    CREATE TABLE sign_in_failure (
      username_key text PRIMARY KEY,
      failed_count integer NOT NULL DEFAULT 0,
      locked_until timestamptz
    );
    INSERT INTO sign_in_failure (username_key, failed_count, locked_until)
      SELECT lower(username), failed_login_count, locked_until FROM account
       WHERE failed_login_count > 0 OR locked_until IS NOT NULL
      ON CONFLICT (username_key) DO NOTHING;
    ALTER TABLE account DROP COLUMN failed_login_count, DROP COLUMN locked_until,
      ADD COLUMN session_version integer NOT NULL DEFAULT 1;
    `,
    `
    ALTER TABLE account DROP COLUMN session_version,
      ADD COLUMN failed_login_count integer NOT NULL DEFAULT 0, ADD COLUMN locked_until timestamptz;
    UPDATE account a SET failed_login_count = f.failed_count, locked_until = f.locked_until
      FROM sign_in_failure f WHERE f.username_key = lower(a.username);
    DROP TABLE sign_in_failure;
    `,
  ),
  // Partner departments' machine clients: hashed API keys, registered operations, daily usage.
  sqlMigration(
    'PartnerClients1765400000000',
    `
    CREATE TABLE partner_client (
      id uuid PRIMARY KEY,
      name text NOT NULL CHECK (char_length(name) <= ${TextLimit.NAME}),
      organization_id uuid NOT NULL REFERENCES organization(id),
      key_hash text NOT NULL UNIQUE,
      key_prefix text NOT NULL,
      status text NOT NULL DEFAULT 'ACTIVE',
      rate_per_minute integer NOT NULL CHECK (rate_per_minute > 0),
      daily_quota integer NOT NULL CHECK (daily_quota > 0),
      key_issued_at timestamptz(3) NOT NULL,
      revoked_at timestamptz(3),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE INDEX partner_client_name_idx ON partner_client (name, id);

    CREATE TABLE partner_operation (
      id uuid PRIMARY KEY,
      client_id uuid NOT NULL REFERENCES partner_client(id),
      hash text NOT NULL,
      name text NOT NULL,
      document text NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      CONSTRAINT partner_operation_client_hash_key UNIQUE (client_id, hash)
    );
    CREATE INDEX partner_operation_client_name_idx ON partner_operation (client_id, name, id);

    CREATE TABLE partner_usage (
      client_id uuid NOT NULL REFERENCES partner_client(id),
      day date NOT NULL,
      operation_hash text NOT NULL,
      operation_name text NOT NULL,
      call_count integer NOT NULL,
      error_count integer NOT NULL,
      latency_ms_sum bigint NOT NULL,
      latency_ms_max integer NOT NULL,
      PRIMARY KEY (client_id, day, operation_hash)
    );
    `,
    `DROP TABLE partner_usage; DROP TABLE partner_operation; DROP TABLE partner_client;`,
  ),
  // Accountable acts for the audit view; history tables refuse UPDATE, DELETE and TRUNCATE, whoever asks.
  auditActMigration('AuditActs1765400000000'),
  sqlMigration('AppendOnlyHistory1765400000001', appendOnlySql('audit_log'), 'DROP TRIGGER audit_log_no_truncate ON audit_log;'),
  // Province scale (#13): the persons list's default order from an index, and name fragments of
  // any length found through an index: pg_trgm's trigrams serve no fragment under three characters
  // (most Chinese names are two or three) and, under a C ctype, no Chinese at all, so each name
  // also yields its single characters and pairs of characters (name_grams), under a GIN index.
  sqlMigration(
    'ListScale1765500000000',
    `
    CREATE INDEX person_name_idx ON person (name, id) WHERE deleted_at IS NULL;

    CREATE FUNCTION name_grams(name text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
      SELECT coalesce(array_agg(DISTINCT substr(lower(name), i, n)), '{}')
        FROM generate_series(1, char_length(name)) AS i, (VALUES (1), (2)) AS g(n)
       WHERE i + n - 1 <= char_length(name)
    $fn$;
    CREATE INDEX person_name_grams_idx ON person USING gin (name_grams(name)) WHERE deleted_at IS NULL;
    CREATE INDEX organization_name_grams_idx ON organization USING gin (name_grams(name));
    CREATE INDEX organization_short_name_grams_idx ON organization USING gin (name_grams(short_name));
    `,
    `
    DROP INDEX organization_short_name_grams_idx; DROP INDEX organization_name_grams_idx;
    DROP INDEX person_name_grams_idx; DROP FUNCTION name_grams(text);
    DROP INDEX person_name_idx;
    `,
  ),
  jobsMigration('Jobs1765600000000'),
  // Province scale (#13): pages that read only their own rows. person_area holds, for each live
  // person, every unit at or above their community and employer, with their name: the persons of a
  // district (or of a caller's jurisdiction) are one walk of its (area_id, name, person_id) range.
  // person_gram holds each live person's name grams (name_grams): a fragment of one or two
  // characters is one walk of its (gram, name, person_id) range, however many names hold it. Both
  // are kept by statement triggers from the rows a statement changed, and, for units, moved.
  sqlMigration(
    'OrderedWalks1765700000000',
    `
    CREATE TABLE person_area (area_id uuid NOT NULL, name text NOT NULL, person_id uuid NOT NULL, PRIMARY KEY (area_id, name, person_id));
    CREATE TABLE person_gram (gram text NOT NULL, name text NOT NULL, person_id uuid NOT NULL, PRIMARY KEY (gram, name, person_id));

    -- The units a person lies within: every unit on the paths of their community and employer.
    CREATE FUNCTION person_areas(community_id uuid, employer_id uuid) RETURNS SETOF uuid LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
      SELECT DISTINCT a::uuid FROM organization o, unnest(string_to_array(trim(BOTH '/' FROM o.path), '/')) AS a
       WHERE o.id IN (community_id, employer_id)
    $fn$;

    CREATE FUNCTION person_walks_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      -- A join, not a lookup per person: an import or a load inserts many in one statement.
      INSERT INTO person_area
        SELECT DISTINCT a::uuid, n.name, n.id
          FROM new_persons n CROSS JOIN LATERAL (VALUES (n.community_id), (n.employer_id)) AS u(id)
               JOIN organization o ON o.id = u.id, unnest(string_to_array(trim(BOTH '/' FROM o.path), '/')) AS a
         WHERE n.deleted_at IS NULL ON CONFLICT DO NOTHING;
      INSERT INTO person_gram SELECT g, n.name, n.id FROM new_persons n, unnest(name_grams(n.name)) g
       WHERE n.deleted_at IS NULL ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $fn$;

    -- Rows whose name, units or deletion changed lose their old walks' entries and get new ones.
    CREATE FUNCTION person_walks_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
    DECLARE
      changed uuid[];
    BEGIN
      SELECT array_agg(n.id) INTO changed FROM old_persons o JOIN new_persons n ON n.id = o.id
       WHERE (o.name, o.community_id, o.employer_id, o.deleted_at IS NULL)
             IS DISTINCT FROM (n.name, n.community_id, n.employer_id, n.deleted_at IS NULL);
      IF changed IS NULL THEN RETURN NULL; END IF;
      DELETE FROM person_area pa USING old_persons o, person_areas(o.community_id, o.employer_id) a
       WHERE o.id = ANY (changed) AND (pa.area_id, pa.name, pa.person_id) = (a, o.name, o.id);
      DELETE FROM person_gram pg USING old_persons o, unnest(name_grams(o.name)) g
       WHERE o.id = ANY (changed) AND (pg.gram, pg.name, pg.person_id) = (g, o.name, o.id);
      INSERT INTO person_area SELECT a, n.name, n.id FROM new_persons n, person_areas(n.community_id, n.employer_id) a
       WHERE n.id = ANY (changed) AND n.deleted_at IS NULL ON CONFLICT DO NOTHING;
      INSERT INTO person_gram SELECT g, n.name, n.id FROM new_persons n, unnest(name_grams(n.name)) g
       WHERE n.id = ANY (changed) AND n.deleted_at IS NULL ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $fn$;

    -- Units moved (their paths changed): their persons leave the units on the old paths and lie
    -- within those on the new ones.
    CREATE FUNCTION person_walks_units_moved() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      DELETE FROM person_area pa
       USING old_units o JOIN new_units n ON n.id = o.id AND n.path <> o.path
             JOIN person p ON p.deleted_at IS NULL AND o.id IN (p.community_id, p.employer_id),
             unnest(string_to_array(trim(BOTH '/' FROM o.path), '/')) AS a
       WHERE (pa.area_id, pa.name, pa.person_id) = (a::uuid, p.name, p.id);
      INSERT INTO person_area
        SELECT a, p.name, p.id
          FROM old_units o JOIN new_units n ON n.id = o.id AND n.path <> o.path
          JOIN person p ON p.deleted_at IS NULL AND o.id IN (p.community_id, p.employer_id),
               person_areas(p.community_id, p.employer_id) a
        ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $fn$;

    CREATE TRIGGER person_walks_insert AFTER INSERT ON person REFERENCING NEW TABLE AS new_persons
      FOR EACH STATEMENT EXECUTE FUNCTION person_walks_insert();
    CREATE TRIGGER person_walks_update AFTER UPDATE ON person REFERENCING OLD TABLE AS old_persons NEW TABLE AS new_persons
      FOR EACH STATEMENT EXECUTE FUNCTION person_walks_update();
    CREATE TRIGGER person_walks_units_moved AFTER UPDATE ON organization REFERENCING OLD TABLE AS old_units NEW TABLE AS new_units
      FOR EACH STATEMENT EXECUTE FUNCTION person_walks_units_moved();

    -- The persons already registered, in bulk (a join, not a lookup per person).
    INSERT INTO person_area
      SELECT DISTINCT a::uuid, p.name, p.id
        FROM person p CROSS JOIN LATERAL (VALUES (p.community_id), (p.employer_id)) AS u(id)
             JOIN organization o ON o.id = u.id, unnest(string_to_array(trim(BOTH '/' FROM o.path), '/')) AS a
       WHERE p.deleted_at IS NULL;
    INSERT INTO person_gram SELECT g, p.name, p.id FROM person p, unnest(name_grams(p.name)) g WHERE p.deleted_at IS NULL;
    `,
    `
    DROP TRIGGER person_walks_units_moved ON organization; DROP TRIGGER person_walks_update ON person;
    DROP TRIGGER person_walks_insert ON person;
    DROP FUNCTION person_walks_units_moved(); DROP FUNCTION person_walks_update(); DROP FUNCTION person_walks_insert();
    DROP FUNCTION person_areas(uuid, uuid);
    DROP TABLE person_gram; DROP TABLE person_area;
    `,
  ),
  // Province scale (#13): a fragment of one or two characters of a unit's name or short name is
  // one walk of organization_gram's (gram, name, organization_id) range, in the list's order.
  sqlMigration(
    'OrganizationGrams1765700000001',
    `
    CREATE TABLE organization_gram (gram text NOT NULL, name text NOT NULL, organization_id uuid NOT NULL,
      PRIMARY KEY (gram, name, organization_id));

    CREATE FUNCTION organization_grams_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      INSERT INTO organization_gram
        SELECT DISTINCT g, n.name, n.id FROM new_units n, unnest(name_grams(n.name) || coalesce(name_grams(n.short_name), '{}')) g
          WHERE n.deleted_at IS NULL ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $fn$;

    CREATE FUNCTION organization_grams_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
    DECLARE
      changed uuid[];
    BEGIN
      SELECT array_agg(n.id) INTO changed FROM old_units o JOIN new_units n ON n.id = o.id
       WHERE (o.name, o.short_name, o.deleted_at IS NULL) IS DISTINCT FROM (n.name, n.short_name, n.deleted_at IS NULL);
      IF changed IS NULL THEN RETURN NULL; END IF;
      DELETE FROM organization_gram og USING old_units o, unnest(name_grams(o.name) || coalesce(name_grams(o.short_name), '{}')) g
       WHERE o.id = ANY (changed) AND (og.gram, og.name, og.organization_id) = (g, o.name, o.id);
      INSERT INTO organization_gram
        SELECT DISTINCT g, n.name, n.id FROM new_units n, unnest(name_grams(n.name) || coalesce(name_grams(n.short_name), '{}')) g
         WHERE n.id = ANY (changed) AND n.deleted_at IS NULL ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $fn$;

    CREATE TRIGGER organization_grams_insert AFTER INSERT ON organization REFERENCING NEW TABLE AS new_units
      FOR EACH STATEMENT EXECUTE FUNCTION organization_grams_insert();
    CREATE TRIGGER organization_grams_update AFTER UPDATE ON organization REFERENCING OLD TABLE AS old_units NEW TABLE AS new_units
      FOR EACH STATEMENT EXECUTE FUNCTION organization_grams_update();

    INSERT INTO organization_gram
      SELECT DISTINCT g, o.name, o.id FROM organization o, unnest(name_grams(o.name) || coalesce(name_grams(o.short_name), '{}')) g
       WHERE o.deleted_at IS NULL;
    `,
    `
    DROP TRIGGER organization_grams_update ON organization; DROP TRIGGER organization_grams_insert ON organization;
    DROP FUNCTION organization_grams_update(); DROP FUNCTION organization_grams_insert();
    DROP TABLE organization_gram;
    `,
  ),
];
