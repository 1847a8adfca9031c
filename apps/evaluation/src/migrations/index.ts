import { appendOnlySql, auditActMigration, jobsMigration, limitsMigration, sqlMigration } from '@ronghe/kit';
import { ListLimit, TextLimit } from '@ronghe/types';
import { type HolidayNotice, noticeDays, STATE_COUNCIL_NOTICES } from '../calendar/state-council-notices.js';

const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The notices' years and days as rows; days the office has set already are kept as they are. */
function noticesSql(notices: readonly HolidayNotice[]): string {
  return notices
    .map(
      (n) => `
    INSERT INTO calendar_year (year, document_number, title, issued_on, source, imported_at, imported_by)
      VALUES (${n.year}, ${literal(n.documentNumber)}, ${literal(n.title)}, ${literal(n.issuedOn)}, ${literal(n.source)}, now(), 'system')
      ON CONFLICT (year) DO NOTHING;
    INSERT INTO calendar_day (day, kind, note) VALUES
      ${noticeDays(n)
        .map((d) => `(${literal(d.day)}, ${literal(d.kind)}, ${literal(d.note)})`)
        .join(',\n      ')}
      ON CONFLICT (day) DO NOTHING;`,
    )
    .join('\n');
}

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
  sqlMigration(
    'Scoring1764600000000',
    `
    ALTER TABLE review
      ADD COLUMN rules jsonb NOT NULL DEFAULT '{"method":"TRIMMED_MEAN","trimMinScores":5,"normalizePerEvaluator":false,"tieBreakers":[{"kind":"NOMINATOR_ORDER"}]}',
      ADD COLUMN evaluators_per_nomination integer NOT NULL DEFAULT 3,
      ADD COLUMN rules_frozen_at timestamptz(3);

    -- The review's copy of the nominations frozen when the call closed, with where each sits.
    CREATE TABLE review_nomination (
      review_id uuid NOT NULL REFERENCES review(id),
      nomination_id uuid NOT NULL,
      category text NOT NULL,
      position integer NOT NULL,
      nominee_organization_id uuid,
      nominee_person_id uuid,
      nominator_organization_id uuid NOT NULL,
      nominee_lineage uuid[] NOT NULL,
      nominator_lineage uuid[] NOT NULL,
      PRIMARY KEY (review_id, nomination_id)
    );

    CREATE TABLE criterion (
      id uuid PRIMARY KEY,
      review_id uuid NOT NULL REFERENCES review(id),
      name text NOT NULL,
      weight numeric(8, 3) NOT NULL CHECK (weight > 0),
      max_score numeric(8, 3) NOT NULL CHECK (max_score > 0),
      task_area text,
      sort_order integer NOT NULL
    );
    CREATE INDEX criterion_review_idx ON criterion (review_id, sort_order);

    CREATE TABLE evaluator_assignment (
      review_id uuid NOT NULL REFERENCES review(id),
      nomination_id uuid NOT NULL,
      evaluator_account_id uuid NOT NULL,
      evaluator_username text NOT NULL,
      evaluator_organization_id uuid NOT NULL,
      recused_at timestamptz(3),
      recusal_reason text,
      PRIMARY KEY (review_id, nomination_id, evaluator_account_id)
    );
    CREATE INDEX evaluator_assignment_evaluator_idx ON evaluator_assignment (evaluator_account_id, review_id);

    CREATE TABLE score (
      review_id uuid NOT NULL REFERENCES review(id),
      nomination_id uuid NOT NULL,
      evaluator_account_id uuid NOT NULL,
      criterion_id uuid NOT NULL REFERENCES criterion(id),
      value numeric(8, 3) NOT NULL,
      comment text,
      submitted_at timestamptz(3),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (review_id, nomination_id, evaluator_account_id, criterion_id)
    );
    CREATE INDEX score_review_idx ON score (review_id, nomination_id);

    -- Reopened submissions: who let an evaluator change a locked score, and why.
    CREATE TABLE score_reopening (
      id uuid PRIMARY KEY,
      review_id uuid NOT NULL,
      nomination_id uuid NOT NULL,
      evaluator_account_id uuid NOT NULL,
      reason text NOT NULL,
      reopened_by uuid NOT NULL,
      reopened_at timestamptz(3) NOT NULL DEFAULT now()
    );

    ALTER TABLE nomination_result
      ADD COLUMN category text,
      ADD COLUMN tied boolean NOT NULL DEFAULT false,
      ADD COLUMN sheet jsonb;
    `,
    `
    ALTER TABLE nomination_result DROP COLUMN category, DROP COLUMN tied, DROP COLUMN sheet;
    DROP TABLE score_reopening; DROP TABLE score; DROP TABLE evaluator_assignment; DROP TABLE criterion; DROP TABLE review_nomination;
    ALTER TABLE review DROP COLUMN rules, DROP COLUMN evaluators_per_nomination, DROP COLUMN rules_frozen_at;
    `,
  ),
  sqlMigration(
    'Approval1764700000000',
    `
    ALTER TABLE review
      ADD COLUMN commending_agency_ids uuid[] NOT NULL DEFAULT '{}',
      ADD COLUMN shortlist_version integer NOT NULL DEFAULT 0,
      ADD COLUMN publicity_working_days integer NOT NULL DEFAULT 5 CHECK (publicity_working_days >= 5),
      ADD COLUMN publicity_starts date,
      ADD COLUMN publicity_ends date;
    ALTER TABLE nomination_result ADD COLUMN removed_reason text;

    -- An agency's approval of one version of the shortlist; any change to the list voids it.
    CREATE TABLE approval (
      id uuid PRIMARY KEY,
      review_id uuid NOT NULL REFERENCES review(id),
      agency_organization_id uuid NOT NULL,
      approver_account_id uuid NOT NULL,
      approver_username text NOT NULL,
      shortlist_version integer NOT NULL,
      approved_at timestamptz(3) NOT NULL,
      voided_at timestamptz(3)
    );
    CREATE INDEX approval_review_idx ON approval (review_id, shortlist_version);

    -- Manual changes to the shortlist, each with its reason.
    CREATE TABLE shortlist_change (
      id uuid PRIMARY KEY,
      review_id uuid NOT NULL REFERENCES review(id),
      nomination_id uuid NOT NULL,
      included boolean NOT NULL,
      reason text NOT NULL,
      changed_by uuid NOT NULL,
      changed_at timestamptz(3) NOT NULL
    );

    -- 调休 and public holidays, per date.
    CREATE TABLE calendar_day (
      day date PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
      note text
    );

    CREATE TABLE objection (
      id uuid PRIMARY KEY,
      review_id uuid NOT NULL REFERENCES review(id),
      nomination_id uuid NOT NULL,
      objector_name text NOT NULL,
      objector_contact text NOT NULL,
      content text NOT NULL,
      status text NOT NULL DEFAULT 'OPEN',
      answer text,
      answered_by uuid,
      answered_at timestamptz(3),
      received_at timestamptz(3) NOT NULL
    );
    CREATE INDEX objection_review_idx ON objection (review_id, status);
    `,
    `
    DROP TABLE objection; DROP TABLE calendar_day; DROP TABLE shortlist_change; DROP TABLE approval;
    ALTER TABLE nomination_result DROP COLUMN removed_reason;
    ALTER TABLE review DROP COLUMN commending_agency_ids, DROP COLUMN shortlist_version, DROP COLUMN publicity_working_days,
      DROP COLUMN publicity_starts, DROP COLUMN publicity_ends;
    `,
  ),
  sqlMigration(
    'CategoryRanks1764800000000',
    `
    ALTER TABLE review ADD COLUMN category_caps jsonb NOT NULL DEFAULT '{}';
    ALTER TABLE nomination_result ADD COLUMN category_rank integer;
    `,
    `ALTER TABLE nomination_result DROP COLUMN category_rank; ALTER TABLE review DROP COLUMN category_caps;`,
  ),
  sqlMigration(
    'RubricByCategory1764900000000',
    `
    ALTER TABLE criterion ADD COLUMN categories text[] NOT NULL DEFAULT '{}';
    ALTER TABLE review ADD COLUMN rules_version integer NOT NULL DEFAULT 1;
    `,
    `ALTER TABLE review DROP COLUMN rules_version; ALTER TABLE criterion DROP COLUMN categories;`,
  ),
  // Every text and list users write has the limit its input has (@ronghe/types' TextLimit, ListLimit).
  limitsMigration('Limits1765000000000', {
    review: { title: { maxLength: TextLimit.TITLE } },
    criterion: { name: { maxLength: TextLimit.NAME }, categories: { maxCount: ListLimit.CHOICES } },
    evaluator_assignment: { recusal_reason: { maxLength: TextLimit.REASON } },
    score: { comment: { maxLength: TextLimit.REASON } },
    score_reopening: { reason: { maxLength: TextLimit.REASON } },
    nomination_result: { removed_reason: { maxLength: TextLimit.REASON } },
    shortlist_change: { reason: { maxLength: TextLimit.REASON } },
    calendar_day: { note: { maxLength: TextLimit.LABEL } },
    objection: {
      objector_name: { maxLength: TextLimit.NAME },
      objector_contact: { maxLength: TextLimit.NAME },
      content: { maxLength: TextLimit.FREE_TEXT },
      answer: { maxLength: TextLimit.REASON },
    },
  }),
  // The holiday calendar comes with the install: the State Council's notices for 2025 and 2026.
  sqlMigration(
    'HolidayCalendar1765200000000',
    `
    CREATE TABLE calendar_year (
      year integer PRIMARY KEY,
      document_number text NOT NULL,
      title text NOT NULL,
      issued_on date NOT NULL,
      source text NOT NULL,
      imported_at timestamptz(3) NOT NULL,
      imported_by text NOT NULL
    );
    ${noticesSql(STATE_COUNCIL_NOTICES)}
    `,
    `DROP TABLE calendar_year;`,
  ),
  // 公示 that cannot be skipped, approvers who decline with a reason, and the decision's 文号 and date.
  sqlMigration(
    'PublicityRecord1765200000001',
    `
    ALTER TABLE review
      ADD COLUMN publicity_paper_reason text,
      ADD COLUMN publicity_started_by text,
      ADD COLUMN publicity_started_at timestamptz(3),
      ADD COLUMN decision_number text,
      ADD COLUMN decided_on date;
    -- Every approval recorded so far approved.
    ALTER TABLE approval ADD COLUMN decision text NOT NULL DEFAULT 'APPROVED', ADD COLUMN reason text;
    `,
    `ALTER TABLE approval DROP COLUMN reason, DROP COLUMN decision;
    ALTER TABLE review DROP COLUMN decided_on, DROP COLUMN decision_number, DROP COLUMN publicity_started_at,
      DROP COLUMN publicity_started_by, DROP COLUMN publicity_paper_reason;`,
  ),
  limitsMigration('PublicityLimits1765200000002', {
    calendar_year: {
      document_number: { maxLength: TextLimit.SHORT_CODE },
      title: { maxLength: TextLimit.TITLE },
      source: { maxLength: TextLimit.ADDRESS },
    },
    review: {
      publicity_paper_reason: { maxLength: TextLimit.REASON },
      decision_number: { maxLength: TextLimit.SHORT_CODE },
    },
    approval: { reason: { maxLength: TextLimit.REASON } },
  }),
  // Accountable acts for the audit view; history tables refuse UPDATE, DELETE and TRUNCATE, whoever asks.
  auditActMigration('AuditActs1765400000000'),
  sqlMigration(
    'AppendOnlyHistory1765400000001',
    `${appendOnlySql('score_reopening')} ${appendOnlySql('shortlist_change')}`,
    'DROP TRIGGER score_reopening_append_only ON score_reopening; DROP TRIGGER score_reopening_no_truncate ON score_reopening; DROP TRIGGER shortlist_change_append_only ON shortlist_change; DROP TRIGGER shortlist_change_no_truncate ON shortlist_change;',
  ),
  // Long work (ranking, the commendation's documents) as jobs with progress; pg-boss's own tables are made beside.
  jobsMigration('Jobs1765500000000'),
  // What a province's ranking writes (#13). score's primary key (review_id, nomination_id, …) serves
  // every lookup score_review_idx did: it only cost a second index write per score. A score sheet is
  // only ever read whole, so it is stored as json: jsonb's parsing was a third of writing 50,000.
  sqlMigration(
    'RankingStorage1765600000000',
    `DROP INDEX score_review_idx;
    ALTER TABLE nomination_result ALTER COLUMN sheet TYPE json USING sheet::json;`,
    `ALTER TABLE nomination_result ALTER COLUMN sheet TYPE jsonb USING sheet::jsonb;
    CREATE INDEX score_review_idx ON score (review_id, nomination_id);`,
  ),
  // What the ranking reads (#13): each assignment carries its evaluator's submitted marks
  // (criterion id → value), so a province's ranking reads 250,000 rows as they are instead of
  // grouping a million scores. Kept by statement triggers on score, whoever writes the scores
  // (the service, the demo, a data load), so it cannot drift from them; null until submitted.
  sqlMigration(
    'SubmittedMarks1766200000000',
    `
    ALTER TABLE evaluator_assignment ADD COLUMN submitted_marks jsonb;
    CREATE FUNCTION score_submitted_marks() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE evaluator_assignment a
         SET submitted_marks = (SELECT jsonb_object_agg(s.criterion_id, s.value) FROM score s
                                 WHERE s.review_id = a.review_id AND s.nomination_id = a.nomination_id
                                   AND s.evaluator_account_id = a.evaluator_account_id AND s.submitted_at IS NOT NULL)
       WHERE (a.review_id, a.nomination_id, a.evaluator_account_id) IN
             (SELECT DISTINCT review_id, nomination_id, evaluator_account_id FROM changed_score);
      RETURN NULL;
    END $$;
    CREATE TRIGGER score_submitted_marks_insert AFTER INSERT ON score
      REFERENCING NEW TABLE AS changed_score FOR EACH STATEMENT EXECUTE FUNCTION score_submitted_marks();
    CREATE TRIGGER score_submitted_marks_update AFTER UPDATE ON score
      REFERENCING NEW TABLE AS changed_score FOR EACH STATEMENT EXECUTE FUNCTION score_submitted_marks();
    CREATE TRIGGER score_submitted_marks_delete AFTER DELETE ON score
      REFERENCING OLD TABLE AS changed_score FOR EACH STATEMENT EXECUTE FUNCTION score_submitted_marks();
    UPDATE evaluator_assignment a SET submitted_marks = m.marks
      FROM (SELECT review_id, nomination_id, evaluator_account_id, jsonb_object_agg(criterion_id, value) AS marks
              FROM score WHERE submitted_at IS NOT NULL GROUP BY review_id, nomination_id, evaluator_account_id) m
     WHERE a.review_id = m.review_id AND a.nomination_id = m.nomination_id AND a.evaluator_account_id = m.evaluator_account_id;
    `,
    `DROP TRIGGER score_submitted_marks_insert ON score; DROP TRIGGER score_submitted_marks_update ON score;
    DROP TRIGGER score_submitted_marks_delete ON score; DROP FUNCTION score_submitted_marks();
    ALTER TABLE evaluator_assignment DROP COLUMN submitted_marks;`,
  ),
];
