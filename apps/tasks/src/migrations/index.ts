import { appendOnlySql, auditActMigration, limitsMigration, sqlMigration, stableId } from '@ronghe/kit';
import { ListLimit, TextLimit } from '@ronghe/types';

const NOTICE_ID = stableId('policy-document', '管政办〔2014〕1号');
// The tables the unit scores are computed from (SupervisionService.performance).
const SCORE_INPUTS = ['policy_document', 'task', 'assignment', 'indicator', 'progress_report', 'indicator_value'];

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
  sqlMigration(
    'Supervision1764400000000',
    `
    CREATE TABLE policy_document (
      id uuid PRIMARY KEY,
      index_number text NOT NULL,
      issuer text NOT NULL,
      subject text NOT NULL,
      written_on date NOT NULL,
      published_on date NOT NULL,
      genre text NOT NULL,
      document_number text NOT NULL,
      validity text NOT NULL,
      title text NOT NULL,
      full_text text NOT NULL,
      basis jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT policy_document_number_key UNIQUE (document_number)
    );
    -- Tasks written before documents existed were the seed notice's eight: attach them to it
    -- (its full text is filled in by the demo seed).
    INSERT INTO policy_document (id, index_number, issuer, subject, written_on, published_on, genre, document_number, validity, title, full_text)
      SELECT '${NOTICE_ID}', '005275134/2014-00019', '管城区人民政府办公室', '流动人口', '2014-03-11', '2014-03-18', '通知', '管政办〔2014〕1号', 'EXPIRED',
             '管城回族区人民政府办公室关于印发管城回族区培育十类典型促进流动人口社会融合实施方案的通知', ''
       WHERE EXISTS (SELECT 1 FROM task);
    ALTER TABLE task ADD COLUMN document_id uuid REFERENCES policy_document(id);
    UPDATE task SET document_id = '${NOTICE_ID}';
    ALTER TABLE task ALTER COLUMN document_id SET NOT NULL;
    ALTER TABLE task ADD COLUMN parent_id uuid REFERENCES task(id);
    ALTER TABLE task ADD COLUMN owner_organization_id uuid;
    ALTER TABLE task ADD COLUMN deadline date;
    ALTER TABLE task ADD COLUMN report_period text NOT NULL DEFAULT 'QUARTERLY';
    CREATE INDEX task_document_idx ON task (document_id, sort_order, id);
    CREATE INDEX task_parent_idx ON task (parent_id, sort_order, id);
    ALTER TABLE assignment ADD COLUMN version integer NOT NULL DEFAULT 1;
    CREATE UNIQUE INDEX assignment_one_lead_key ON assignment (task_id) WHERE role = 'LEAD';

    CREATE TABLE indicator (
      id uuid PRIMARY KEY,
      task_id uuid NOT NULL REFERENCES task(id),
      name text NOT NULL,
      kind text NOT NULL,
      target numeric,
      unit_of_measure text NOT NULL DEFAULT '',
      checklist_items text[] NOT NULL DEFAULT '{}',
      deadline date,
      sort_order integer NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now()
    );
    CREATE INDEX indicator_task_idx ON indicator (task_id, sort_order, id);

    CREATE TABLE progress_report (
      id uuid PRIMARY KEY,
      assignment_id uuid NOT NULL REFERENCES assignment(id),
      period text NOT NULL,
      status text NOT NULL,
      summary text NOT NULL,
      declares_complete boolean NOT NULL DEFAULT false,
      submitted_at timestamptz(3) NOT NULL,
      submitted_by text NOT NULL,
      reviewed_at timestamptz(3),
      reviewed_by text,
      return_reason text,
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT progress_report_period_key UNIQUE (assignment_id, period)
    );
    CREATE INDEX progress_report_assignment_idx ON progress_report (assignment_id, submitted_at, id);
    CREATE INDEX progress_report_status_idx ON progress_report (status, submitted_at, id);

    CREATE TABLE indicator_value (
      id uuid PRIMARY KEY,
      report_id uuid NOT NULL REFERENCES progress_report(id) ON DELETE CASCADE,
      assignment_id uuid NOT NULL REFERENCES assignment(id),
      indicator_id uuid NOT NULL REFERENCES indicator(id),
      value numeric,
      checked_items text[] NOT NULL DEFAULT '{}',
      CONSTRAINT indicator_value_report_key UNIQUE (report_id, indicator_id)
    );
    CREATE INDEX indicator_value_assignment_idx ON indicator_value (assignment_id, indicator_id);

    CREATE TABLE evidence_file (
      id uuid PRIMARY KEY,
      -- Uploaded first, attached when the report is submitted.
      report_id uuid REFERENCES progress_report(id),
      organization_id uuid NOT NULL,
      uploaded_by text NOT NULL,
      file_name text NOT NULL,
      mime_type text NOT NULL,
      size integer NOT NULL,
      storage_key text NOT NULL,
      sha256 text NOT NULL,
      uploaded_at timestamptz(3) NOT NULL
    );
    CREATE INDEX evidence_file_report_idx ON evidence_file (report_id, uploaded_at, id);

    CREATE TABLE task_event (
      id uuid PRIMARY KEY,
      subject_type text NOT NULL,
      subject_id uuid NOT NULL,
      action text NOT NULL,
      actor_account_id uuid,
      actor_username text,
      detail jsonb NOT NULL DEFAULT '{}',
      occurred_at timestamptz(3) NOT NULL
    );
    CREATE INDEX task_event_subject_idx ON task_event (subject_id, occurred_at, id);
    `,
    `DROP TABLE task_event; DROP TABLE evidence_file; DROP TABLE indicator_value; DROP TABLE progress_report; DROP TABLE indicator;
     DROP INDEX assignment_one_lead_key; ALTER TABLE assignment DROP COLUMN version;
     ALTER TABLE task DROP COLUMN report_period, DROP COLUMN deadline, DROP COLUMN owner_organization_id, DROP COLUMN parent_id, DROP COLUMN document_id;
     DROP TABLE policy_document;`,
  ),
  // Every text and list users write has the limit its input has (@ronghe/types' TextLimit, ListLimit).
  limitsMigration('Limits1765000000000', {
    task: {
      code: { maxLength: TextLimit.SHORT_CODE },
      title: { maxLength: TextLimit.TITLE },
      requirement: { maxLength: TextLimit.FREE_TEXT },
    },
    policy_document: {
      index_number: { maxLength: TextLimit.SHORT_CODE },
      issuer: { maxLength: TextLimit.NAME },
      subject: { maxLength: TextLimit.LABEL },
      genre: { maxLength: TextLimit.SHORT_CODE },
      document_number: { maxLength: TextLimit.SHORT_CODE },
      title: { maxLength: TextLimit.TITLE },
      full_text: { maxLength: TextLimit.DOCUMENT_TEXT },
    },
    indicator: {
      name: { maxLength: TextLimit.NAME },
      unit_of_measure: { maxLength: TextLimit.SHORT_CODE },
      checklist_items: { maxCount: ListLimit.CHECKLIST_ITEMS },
    },
    progress_report: {
      period: { maxLength: TextLimit.SHORT_CODE },
      summary: { maxLength: TextLimit.FREE_TEXT },
      return_reason: { maxLength: TextLimit.REASON },
    },
    indicator_value: { checked_items: { maxCount: ListLimit.CHECKLIST_ITEMS } },
    evidence_file: { file_name: { maxLength: TextLimit.FILE_NAME }, mime_type: { maxLength: TextLimit.LABEL } },
  }),
  // Accountable acts for the audit view; history tables refuse UPDATE, DELETE and TRUNCATE, whoever asks.
  auditActMigration('AuditActs1765400000000'),
  sqlMigration(
    'AppendOnlyHistory1765400000001',
    `${appendOnlySql('task_event')}`,
    'DROP TRIGGER task_event_append_only ON task_event; DROP TRIGGER task_event_no_truncate ON task_event;',
  ),
  // Each assignment's status, stored for SQL roll-ups; the supervision service fills it at start and keeps it current.
  sqlMigration(
    'StoredAssignmentStatus1766000000000',
    `
    ALTER TABLE assignment ADD COLUMN status text NOT NULL DEFAULT 'ON_TRACK';
    CREATE INDEX assignment_status_idx ON assignment (status, organization_id);
    `,
    'DROP INDEX assignment_status_idx; ALTER TABLE assignment DROP COLUMN status;',
  ),
  // Tallies of the stored statuses by task and by document and unit, kept by a trigger on every
  // insert, delete and change of an assignment, so roll-ups read one row per task or unit.
  sqlMigration(
    'StatusTallies1766000000001',
    `
    CREATE TABLE task_status_tally (
      task_id uuid PRIMARY KEY,
      on_track integer NOT NULL DEFAULT 0, at_risk integer NOT NULL DEFAULT 0, overdue integer NOT NULL DEFAULT 0, done integer NOT NULL DEFAULT 0
    );
    CREATE TABLE unit_status_tally (
      document_id uuid NOT NULL,
      organization_id uuid NOT NULL,
      on_track integer NOT NULL DEFAULT 0, at_risk integer NOT NULL DEFAULT 0, overdue integer NOT NULL DEFAULT 0, done integer NOT NULL DEFAULT 0,
      PRIMARY KEY (document_id, organization_id)
    );
    CREATE INDEX unit_status_tally_worst_idx ON unit_status_tally (document_id, overdue, at_risk, organization_id);
    CREATE FUNCTION tally_assignment_status(p_task uuid, p_organization uuid, p_status text, p_delta integer) RETURNS void LANGUAGE sql AS $$
      INSERT INTO task_status_tally AS t (task_id, on_track, at_risk, overdue, done)
      VALUES (p_task, (p_status = 'ON_TRACK')::int * p_delta, (p_status = 'AT_RISK')::int * p_delta,
              (p_status = 'OVERDUE')::int * p_delta, (p_status = 'DONE')::int * p_delta)
      ON CONFLICT (task_id) DO UPDATE SET on_track = t.on_track + EXCLUDED.on_track, at_risk = t.at_risk + EXCLUDED.at_risk,
        overdue = t.overdue + EXCLUDED.overdue, done = t.done + EXCLUDED.done;
      INSERT INTO unit_status_tally AS u (document_id, organization_id, on_track, at_risk, overdue, done)
      SELECT k.document_id, p_organization, (p_status = 'ON_TRACK')::int * p_delta, (p_status = 'AT_RISK')::int * p_delta,
             (p_status = 'OVERDUE')::int * p_delta, (p_status = 'DONE')::int * p_delta
        FROM task k WHERE k.id = p_task
      ON CONFLICT (document_id, organization_id) DO UPDATE SET on_track = u.on_track + EXCLUDED.on_track, at_risk = u.at_risk + EXCLUDED.at_risk,
        overdue = u.overdue + EXCLUDED.overdue, done = u.done + EXCLUDED.done;
    $$;
    CREATE FUNCTION assignment_tally_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM tally_assignment_status(OLD.task_id, OLD.organization_id, OLD.status, -1); END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM tally_assignment_status(NEW.task_id, NEW.organization_id, NEW.status, 1); END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER assignment_tally AFTER INSERT OR DELETE OR UPDATE OF status, task_id, organization_id ON assignment
      FOR EACH ROW EXECUTE FUNCTION assignment_tally_trigger();
    SELECT tally_assignment_status(task_id, organization_id, status, 1) FROM assignment;
    `,
    `DROP TRIGGER assignment_tally ON assignment; DROP FUNCTION assignment_tally_trigger(); DROP FUNCTION tally_assignment_status(uuid, uuid, text, integer);
     DROP TABLE unit_status_tally; DROP TABLE task_status_tally;`,
  ),
  // Indexes the roll-up by unit and the warnings walk in their order, so a page reads its rows and
  // stops: the worst units first (organization ascending), and warnings by severity then deadline,
  // the task's deadline copied onto each assignment by triggers (on insert, on a task moved, on a
  // deadline changed).
  sqlMigration(
    'SupervisionOrderIndexes1766000000002',
    `
    DROP INDEX unit_status_tally_worst_idx;
    CREATE INDEX unit_status_tally_worst_idx ON unit_status_tally (document_id, overdue DESC, at_risk DESC, organization_id);
    ALTER TABLE assignment ADD COLUMN task_deadline date;
    UPDATE assignment a SET task_deadline = t.deadline FROM task t WHERE t.id = a.task_id;
    CREATE FUNCTION assignment_task_deadline_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.task_deadline := (SELECT t.deadline FROM task t WHERE t.id = NEW.task_id);
      RETURN NEW;
    END $$;
    CREATE TRIGGER assignment_task_deadline BEFORE INSERT OR UPDATE OF task_id, task_deadline ON assignment
      FOR EACH ROW EXECUTE FUNCTION assignment_task_deadline_trigger();
    CREATE FUNCTION task_deadline_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE assignment SET task_deadline = NEW.deadline WHERE task_id = NEW.id;
      RETURN NULL;
    END $$;
    CREATE TRIGGER task_deadline AFTER UPDATE OF deadline ON task
      FOR EACH ROW WHEN (OLD.deadline IS DISTINCT FROM NEW.deadline) EXECUTE FUNCTION task_deadline_trigger();
    CREATE INDEX assignment_warning_idx ON assignment ((status = 'AT_RISK'), (coalesce(task_deadline, 'infinity'::date)), id)
      WHERE status IN ('OVERDUE', 'AT_RISK');
    `,
    `DROP INDEX assignment_warning_idx; DROP TRIGGER task_deadline ON task; DROP FUNCTION task_deadline_trigger();
     DROP TRIGGER assignment_task_deadline ON assignment; DROP FUNCTION assignment_task_deadline_trigger();
     ALTER TABLE assignment DROP COLUMN task_deadline;
     DROP INDEX unit_status_tally_worst_idx;
     CREATE INDEX unit_status_tally_worst_idx ON unit_status_tally (document_id, overdue, at_risk, organization_id);`,
  ),
  // A number that changes with every committed write to what the unit scores read, so a process
  // computes the scores once per change (and per day) rather than on every request. Bumped by a
  // deferred trigger, at commit and once a transaction: it takes the row lock last, after all the
  // rows of the transaction, so writers never deadlock on it, and a reader that sees the old number
  // cannot have seen the new data yet (at worst it computes once more). A later migration that
  // writes these tables and then alters or indexes them in one transaction must run
  // `SET CONSTRAINTS ALL IMMEDIATE` in between: PostgreSQL refuses DDL on a table with trigger
  // events pending.
  sqlMigration(
    'SupervisionVersion1766100000000',
    `
    CREATE TABLE supervision_version (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      version bigint NOT NULL DEFAULT 0
    );
    INSERT INTO supervision_version DEFAULT VALUES;
    CREATE FUNCTION supervision_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF coalesce(current_setting('ronghe.supervision_bumped', true), '') <> 'yes' THEN
        PERFORM set_config('ronghe.supervision_bumped', 'yes', true);
        UPDATE supervision_version SET version = version + 1;
      END IF;
      RETURN NULL;
    END $$;
    ${SCORE_INPUTS.map(
      (table) => `CREATE CONSTRAINT TRIGGER ${table}_supervision_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION supervision_version_bump();`,
    ).join('\n    ')}
    `,
    `${SCORE_INPUTS.map((table) => `DROP TRIGGER ${table}_supervision_version ON ${table};`).join(' ')}
     DROP FUNCTION supervision_version_bump(); DROP TABLE supervision_version;`,
  ),
];
