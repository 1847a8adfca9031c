import {
  type Caller,
  type Connection,
  DomainError,
  LoaderRegistry,
  readPageArgs,
  requireIdentity,
  toConnection,
  writeXlsx,
  xlsxFile,
} from '@ronghe/kit';
import {
  AssignmentStatus,
  assignmentRoleLabels,
  beijingDate,
  daysBetween,
  assignmentStatusLabels,
  DocumentValidity,
  ErrorCode,
  encodeCursor,
  OrganizationKind,
  readsWholeDistrict,
  periodEnd,
  periodOf,
  previousPeriod,
  ReportStatus,
  reportStatusLabels,
  taskAreaLabels,
  type TaskArea,
} from '@ronghe/types';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { Assignment } from '../assignment/assignment.entity.js';
import type { AssignmentService } from '../assignment/assignment.service.js';
import type { Clock } from '@ronghe/kit/clock';
import type { Indicator } from '../indicator/indicator.entity.js';
import type { IndicatorService } from '../indicator/indicator.service.js';
import type { Registry } from '../registry/registry.client.js';
import { Task } from '../task/task.entity.js';
import type { TaskService } from '../task/task.service.js';
import {
  assignmentStatus,
  evaluateIndicator,
  type IndicatorEvaluation,
  type IndicatorReading,
  storedStatusIsCurrent,
  trafficLight,
} from './status.js';

/** Stores again the status of assignments a write may have changed (SupervisionService.refreshStatuses). */
export type StatusRefresh = (scope: { assignmentIds?: string[]; taskIds?: string[] }) => Promise<unknown>;

export interface SupervisionSettings {
  /** Days before a deadline from which unmet indicators put an assignment at risk. */
  riskWindowDays: number;
  /** Days before a deadline (or a period's end) from which a unit is reminded. */
  reminderDays: number;
}

/** Where one assignment stands, computed from its task, indicators and reports. */
export interface AssignmentState {
  assignment: Assignment;
  task: Task;
  status: AssignmentStatus;
  indicators: { indicator: Indicator; reading: IndicatorReading | null; evaluation: IndicatorEvaluation }[];
  latestReport: { id: string; status: ReportStatus; period: string; declaresComplete: boolean; returnReason: string | null } | null;
  /** The latest period reported and not returned. */
  reportedThrough: string | null;
}

export interface StatusCounts {
  total: number;
  onTrack: number;
  atRisk: number;
  overdue: number;
  done: number;
}

export interface Rollup extends StatusCounts {
  key: string;
  label: string;
  light: string;
  organizationId?: string;
  taskId?: string;
  area?: TaskArea;
}

export interface UnitScore {
  organizationId: string;
  rank: number;
  score: number;
  indicatorAttainment: number;
  timeliness: number;
  assignments: number;
  done: number;
  overdue: number;
}

export enum NoticeKind {
  DEADLINE_NEAR = 'DEADLINE_NEAR',
  OVERDUE = 'OVERDUE',
  REPORT_DUE = 'REPORT_DUE',
  REPORT_RETURNED = 'REPORT_RETURNED',
}

export interface Notice {
  id: string;
  kind: NoticeKind;
  message: string;
  assignmentId: string;
  dueOn: string | null;
}

const SEVERITY: Record<AssignmentStatus, number> = { OVERDUE: 0, AT_RISK: 1, ON_TRACK: 2, DONE: 3 };

/** Supervision: statuses, roll-ups with traffic lights, warnings, reminders and unit scores. */
export class SupervisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tasks: TaskService,
    private readonly indicators: IndicatorService,
    private readonly assignments: AssignmentService,
    private readonly registry: Registry,
    private readonly clock: Clock,
    private readonly settings: SupervisionSettings,
  ) {}

  /** The Beijing date the last deadline refresh of this process ran for: stored statuses are current through it. */
  private refreshedOn: string | null = null;

  /** The unit scores last computed, with the supervision_version and date they are for. */
  private scores: { key: string; scores: Promise<UnitScore[]> } | null = null;

  today(): string {
    return beijingDate(this.clock());
  }

  /**
   * An assignment's status: the stored column when it is current (storedStatusIsCurrent), else
   * computed now. `storedAsRead` is false when the row may predate a write of this request (a
   * mutation's result), whose refresh stored a newer status than the one in hand.
   */
  async status(loaders: LoaderRegistry, assignment: Assignment, storedAsRead: boolean): Promise<AssignmentStatus> {
    if (storedAsRead && assignment.status && storedStatusIsCurrent(assignment.status, this.refreshedOn, this.today())) {
      return assignment.status;
    }
    return (await this.stateLoader(loaders).load(assignment.id)).status;
  }

  /** Each assignment's state; many assignments of one request share one batch of queries. */
  stateLoader(loaders: LoaderRegistry) {
    return loaders.get<string, AssignmentState>('assignment.state', async (ids) => {
      const rows = (await this.assignments.loaderById(loaders).loadMany(ids)) as (Assignment | null)[];
      const present = rows.filter((a): a is Assignment => !!a && !(a instanceof Error));
      const states = await this.compute(loaders, present);
      return ids.map((id) => states.get(id) ?? new Error(`assignment ${id} not found`));
    });
  }

  /** Computes the states of the given assignments: tasks, indicators, readings and latest reports, one query each. */
  async compute(loaders: LoaderRegistry, assignments: Assignment[], today = this.today()): Promise<Map<string, AssignmentState>> {
    if (assignments.length === 0) return new Map();
    const ids = assignments.map((a) => a.id);
    const tasks = (await this.tasks.loaderById(loaders).loadMany([...new Set(assignments.map((a) => a.taskId))])) as Task[];
    const taskOf = new Map(tasks.filter((t) => t && !(t instanceof Error)).map((t) => [t.id, t]));
    const indicatorsOf = new Map<string, Indicator[]>();
    const lists = await this.indicators.byTaskLoader(loaders).loadMany([...taskOf.keys()]);
    for (const [i, taskId] of [...taskOf.keys()].entries()) indicatorsOf.set(taskId, lists[i] as Indicator[]);

    const readings: {
      assignment_id: string;
      indicator_id: string;
      value: string | null;
      checked_items: string[];
      previous_value: string | null;
    }[] = await this.dataSource.query(
      `SELECT assignment_id, indicator_id, value, checked_items, previous_value FROM (
           SELECT v.assignment_id, v.indicator_id, v.value, v.checked_items,
                  LEAD(v.value) OVER w AS previous_value, ROW_NUMBER() OVER w AS rn
             FROM indicator_value v JOIN progress_report r ON r.id = v.report_id
            WHERE v.assignment_id = ANY($1::uuid[]) AND r.status <> 'RETURNED'
           WINDOW w AS (PARTITION BY v.assignment_id, v.indicator_id ORDER BY r.period DESC, r.submitted_at DESC)
         ) ranked WHERE rn = 1`,
      [ids],
    );
    const readingOf = new Map(
      readings.map((r) => [
        `${r.assignment_id}:${r.indicator_id}`,
        {
          value: r.value === null ? null : Number(r.value),
          checkedItems: r.checked_items ?? [],
          previousValue: r.previous_value === null ? null : Number(r.previous_value),
        },
      ]),
    );
    const latest: {
      id: string;
      assignment_id: string;
      status: ReportStatus;
      period: string;
      declares_complete: boolean;
      return_reason: string | null;
      reported_through: string | null;
    }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (assignment_id) id, assignment_id, status, period, declares_complete, return_reason,
              MAX(period) FILTER (WHERE status <> 'RETURNED') OVER (PARTITION BY assignment_id) AS reported_through
         FROM progress_report WHERE assignment_id = ANY($1::uuid[])
        ORDER BY assignment_id, period DESC, submitted_at DESC`,
      [ids],
    );
    const latestOf = new Map(latest.map((r) => [r.assignment_id, r]));

    const states = new Map<string, AssignmentState>();
    for (const assignment of assignments) {
      const task = taskOf.get(assignment.taskId)!;
      const evaluated = (indicatorsOf.get(task.id) ?? []).map((indicator) => {
        const reading = readingOf.get(`${assignment.id}:${indicator.id}`) ?? null;
        return { indicator, reading, evaluation: evaluateIndicator(indicator, reading) };
      });
      const report = latestOf.get(assignment.id);
      const latestReport = report
        ? {
            id: report.id,
            status: report.status,
            period: report.period,
            declaresComplete: report.declares_complete,
            returnReason: report.return_reason,
          }
        : null;
      states.set(assignment.id, {
        assignment,
        task,
        indicators: evaluated,
        latestReport,
        reportedThrough: report?.reported_through ?? null,
        status: assignmentStatus({
          today,
          deadline: task.deadline,
          riskWindowDays: this.settings.riskWindowDays,
          indicators: evaluated.map((e) => ({ target: e.indicator, evaluation: e.evaluation })),
          latestReport,
        }),
      });
    }
    return states;
  }

  /**
   * Recomputes and stores the status of the given assignments, or of every assignment of the given
   * tasks, after a write that may change it (a report, an indicator, a deadline, a new assignee).
   * The rows are locked first, so of two refreshes the later one reads what both writes committed.
   */
  async refreshStatuses(scope: { assignmentIds?: string[]; taskIds?: string[] }): Promise<number> {
    const assignmentIds = scope.assignmentIds ?? [];
    const taskIds = scope.taskIds ?? [];
    if (assignmentIds.length === 0 && taskIds.length === 0) return 0;
    return this.dataSource.transaction(async (tx) => {
      const rows = await tx
        .getRepository(Assignment)
        .createQueryBuilder('a')
        .where('a.id = ANY(:assignmentIds::uuid[]) OR a.task_id = ANY(:taskIds::uuid[])', { assignmentIds, taskIds })
        .orderBy('a.id')
        .setLock('pessimistic_write')
        .getMany();
      return this.storeStatuses(tx, rows, this.today());
    });
  }

  /**
   * The deadline refresh: a status also changes with the date alone (a deadline passes, or comes
   * within the risk window), so every assignment not done is recomputed as of `now`, in batches.
   * Run by the job queue daily and at start-up (status-refresh.ts).
   */
  async refreshOverdueStatuses(now: Date): Promise<number> {
    const today = beijingDate(now);
    let changed = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.dataSource.transaction(async (tx) => {
        const rows = await tx
          .getRepository(Assignment)
          .createQueryBuilder('a')
          .where('a.id > :after AND a.status <> :done', { after, done: AssignmentStatus.DONE })
          .orderBy('a.id')
          .limit(REFRESH_BATCH)
          .setLock('pessimistic_write')
          .getMany();
        changed += await this.storeStatuses(tx, rows, today);
        return rows;
      });
      if (batch.length < REFRESH_BATCH) {
        this.refreshedOn = today;
        return changed;
      }
      after = batch.at(-1)!.id;
    }
  }

  /** Computes by status.ts (the one place the rule lives) and writes the statuses that changed. */
  private async storeStatuses(tx: EntityManager, assignments: Assignment[], today: string): Promise<number> {
    if (assignments.length === 0) return 0;
    // Fresh loaders: a request's loaders may hold what the write just changed.
    const states = await this.compute(new LoaderRegistry(), assignments, today);
    const changed = assignments.filter((a) => states.has(a.id) && states.get(a.id)!.status !== a.status);
    if (changed.length > 0) {
      await tx.query(`UPDATE assignment a SET status = u.status FROM unnest($1::uuid[], $2::text[]) AS u(id, status) WHERE a.id = u.id`, [
        changed.map((a) => a.id),
        changed.map((a) => states.get(a.id)!.status),
      ]);
    }
    return changed.length;
  }

  /**
   * Stored statuses counted per task or per unit over one document or the plans in force, read from
   * the tallies the assignment trigger keeps: a row per task or unit, whatever the assignments.
   */
  private async statusCounts(documentId: string | null | undefined, by: 'task' | 'organization') {
    const documents = documentId
      ? 's.document_id = $1'
      : `s.document_id IN (SELECT d.id FROM policy_document d WHERE d.validity = 'VALID')`;
    const rows: { key: string; on_track: number; at_risk: number; overdue: number; done: number }[] =
      by === 'task'
        ? await this.dataSource.query(
            `SELECT t.task_id AS key, t.on_track, t.at_risk, t.overdue, t.done
               FROM task_status_tally t JOIN task s ON s.id = t.task_id WHERE ${documents}`,
            documentId ? [documentId] : [],
          )
        : await this.dataSource.query(
            `SELECT s.organization_id AS key, sum(s.on_track)::int AS on_track, sum(s.at_risk)::int AS at_risk,
                    sum(s.overdue)::int AS overdue, sum(s.done)::int AS done
               FROM unit_status_tally s WHERE ${documents} GROUP BY s.organization_id`,
            documentId ? [documentId] : [],
          );
    const counts = new Map<string, Record<AssignmentStatus, number>>();
    for (const r of rows) {
      if (r.on_track + r.at_risk + r.overdue + r.done === 0) continue;
      counts.set(r.key, { ON_TRACK: r.on_track, AT_RISK: r.at_risk, OVERDUE: r.overdue, DONE: r.done });
    }
    return counts;
  }

  /** Every assignment of a document (or of the plans in force) with its state: what roll-ups and scores read. */
  async district(loaders: LoaderRegistry, documentId?: string | null): Promise<AssignmentState[]> {
    return loaders
      .get<string, AssignmentState[]>('supervision.district', async (keys) => {
        return Promise.all(
          keys.map(async (key) => {
            const query = this.dataSource.getRepository(Assignment).createQueryBuilder('a').innerJoin('task', 't', 't.id = a.task_id');
            if (key) query.where('t.document_id = :documentId', { documentId: key });
            else
              query.where('t.document_id IN (SELECT d.id FROM policy_document d WHERE d.validity = :valid)', {
                valid: DocumentValidity.VALID,
              });
            const assignments = await query.getMany();
            const primed = this.assignments.loaderById(loaders);
            for (const a of assignments) primed.prime(a.id, a);
            // Tasks of the document in one query, so the state computation finds them loaded.
            const taskIds = [...new Set(assignments.map((a) => a.taskId))];
            const tasks = await this.dataSource.getRepository(Task).findBy({ id: In(taskIds) });
            for (const t of tasks) this.tasks.loaderById(loaders).prime(t.id, t);
            return [...(await this.compute(loaders, assignments)).values()];
          }),
        );
      })
      .load(documentId ?? '');
  }

  /** Roll-ups with a traffic light by area and by main task (sub-tasks count towards their main task), from stored statuses. */
  async overview(caller: Caller, documentId?: string | null) {
    this.requireDistrictReader(caller);
    const perTask = await this.statusCounts(documentId, 'task');
    const tasks = ((await this.tasks.loaderById(caller.loaders).loadMany([...perTask.keys()])) as Task[]).filter(
      (t) => t && !(t instanceof Error),
    );
    const mainTaskOf = await this.mainTaskResolver(caller.loaders, tasks);
    const entries = tasks.map((task) => ({ task, counts: perTask.get(task.id)! }));
    const byArea = groupCounts(entries, (e) => e.task.area)
      .map(([area, counts]) => ({ ...rollup(counts), key: area, label: taskAreaLabels[area], area }))
      .sort((a, b) => AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area));
    const mains = new Map(entries.map((e) => [mainTaskOf(e.task).id, mainTaskOf(e.task)]));
    const byTask = groupCounts(entries, (e) => mainTaskOf(e.task).id)
      .map(([taskId, counts]) => {
        const main = mains.get(taskId)!;
        return { ...rollup(counts), key: taskId, label: `(${main.code})${main.title}`, taskId, sortOrder: main.sortOrder };
      })
      .sort((a, b) => a.sortOrder - b.sortOrder);
    const totals = sumCounts(entries.map((e) => e.counts));
    return { documentId: documentId ?? null, totals: { ...rollup(totals), key: 'all', label: '全部' }, byArea, byTask };
  }

  /** Roll-up by township or sub-district: its own assignments and those of every unit under it. */
  async byTownship(caller: Caller, documentId?: string | null): Promise<Rollup[]> {
    const identity = this.requireDistrictReader(caller);
    const perUnit = await this.statusCounts(documentId, 'organization');
    const units = await this.registry.units([...perUnit.keys()], identity);
    const candidates = [...new Set(units.map((u) => u.lineage[1]).filter((id): id is string => !!id))];
    const townships = new Map(
      (await this.registry.units(candidates, identity))
        .filter((u) => u.kind === OrganizationKind.TOWNSHIP || u.kind === OrganizationKind.SUBDISTRICT)
        .map((u) => [u.id, u]),
    );
    const within = units
      .map((u) => ({ township: townships.get(u.lineage[1] ?? ''), counts: perUnit.get(u.id) }))
      .filter(
        (e): e is { township: NonNullable<typeof e.township>; counts: Record<AssignmentStatus, number> } => !!e.township && !!e.counts,
      );
    return groupCounts(within, (e) => e.township.id)
      .map(([id, counts]) => ({ ...rollup(counts), key: id, label: townships.get(id)!.name, organizationId: id }))
      .sort((a, b) => worstFirst(a, b) || a.label.localeCompare(b.label, 'zh-CN'));
  }

  /**
   * Roll-up by responsible unit, worst first (most overdue, then most at risk, then by id), sorted
   * and paged in SQL. Over one document the page walks unit_status_tally_worst_idx and stops; over
   * several plans in force the units' tallies are summed first. The cursor holds the last row's
   * counts and id (a keyset).
   */
  async byUnit(
    caller: Caller,
    documentId: string | null | undefined,
    page: { first?: number; after?: string | null },
  ): Promise<Connection<Rollup>> {
    this.requireDistrictReader(caller);
    const { first, after } = readPageArgs(page);
    let keyset = '';
    const params: unknown[] = [];
    if (after) {
      const [overdue, atRisk] = after[0]!.split(':').map(Number);
      if (!Number.isInteger(overdue) || !Number.isInteger(atRisk) || !UUID.test(after[1]!)) {
        throw new DomainError(ErrorCode.INVALID_CURSOR, '分页游标无效');
      }
      // `overdue <= $2` bounds the index scan; the rest picks up after the cursor's row.
      keyset = `AND s.overdue <= $2 AND (s.overdue < $2 OR s.at_risk < $3 OR (s.at_risk = $3 AND s.organization_id > $4::uuid))`;
      params.push(overdue, atRisk, after[1]);
    }
    const documents = documentId ? [documentId] : await this.documentsInForce();
    const tallies =
      documents.length === 1
        ? `SELECT organization_id, on_track, at_risk, overdue, done FROM unit_status_tally WHERE document_id = $1`
        : `SELECT organization_id, sum(on_track)::int AS on_track, sum(at_risk)::int AS at_risk, sum(overdue)::int AS overdue,
                  sum(done)::int AS done
             FROM unit_status_tally WHERE document_id = ANY($1::uuid[]) GROUP BY organization_id`;
    const scope = documents.length === 1 ? documents[0] : documents;
    const rows: { organization_id: string; on_track: number; at_risk: number; overdue: number; done: number }[] =
      await this.dataSource.query(
        `SELECT s.* FROM (${tallies}) s WHERE s.on_track + s.at_risk + s.overdue + s.done > 0 ${keyset}
          ORDER BY s.overdue DESC, s.at_risk DESC, s.organization_id LIMIT ${first + 1}`,
        [scope, ...params],
      );
    const rollups: Rollup[] = rows.map((r) => ({
      ...rollup({ ON_TRACK: r.on_track, AT_RISK: r.at_risk, OVERDUE: r.overdue, DONE: r.done }),
      key: r.organization_id,
      label: '',
      organizationId: r.organization_id,
    }));
    const count = async () => {
      const [{ total }] = await this.dataSource.query(
        `SELECT count(*)::int AS total FROM (${tallies}) s WHERE s.on_track + s.at_risk + s.overdue + s.done > 0`,
        [scope],
      );
      return total as number;
    };
    return toConnection(rollups, first, count, (r) => [`${r.overdue}:${r.atRisk}`, r.key]);
  }

  /** The documents in force (usually one plan). */
  private async documentsInForce(): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM policy_document WHERE validity = $1 ORDER BY id`, [
      DocumentValidity.VALID,
    ]);
    return rows.map((r) => r.id);
  }

  /** 预警: assignments at risk or overdue by their stored status, overdue first, then by deadline; paged in SQL. */
  async warnings(
    caller: Caller,
    documentId: string | null | undefined,
    page: { first?: number; after?: string | null },
  ): Promise<Connection<Assignment>> {
    const identity = requireIdentity(caller.identity);
    const { first, after } = readPageArgs(page);
    let index = -1;
    if (after) {
      index = Number(after[0]);
      if (!Number.isInteger(index) || index < 0) throw new DomainError(ErrorCode.INVALID_CURSOR, '分页游标无效');
    }
    const whole = readsWholeDistrict(identity);
    const documents = documentId
      ? 't.document_id = $3'
      : `t.document_id IN (SELECT d.id FROM policy_document d WHERE d.validity = 'VALID')`;
    const scope = [whole, identity.organizationId ?? null, ...(documentId ? [documentId] : [])];
    // The plans' tasks (a few dozen), and a unit's own, as arrays the rows are checked against, never
    // a join or a per-row subplan: the planner estimated a subplan's matches at a handful of rows and
    // took every warning (25,000 in a province) to sort them; now it walks assignment_warning_idx in
    // order and stops after the page (0.2 ms; a unit's own warnings 22 ms, was 102).
    const inDocuments = documentId
      ? 'a.task_id = ANY(ARRAY(SELECT t.id FROM task t WHERE t.document_id = $3))'
      : `a.task_id = ANY(ARRAY(SELECT t.id FROM task t JOIN policy_document d ON d.id = t.document_id WHERE d.validity = 'VALID'))`;
    const ownTasks = 'a.task_id = ANY(ARRAY(SELECT t.id FROM task t WHERE t.owner_organization_id = $2))';
    const warning = `a.status IN ('OVERDUE', 'AT_RISK') AND ($1 OR a.organization_id = $2 OR ${ownTasks}) AND ${inDocuments}`;
    // The expressions of assignment_warning_idx, so the page walks that index in order and stops.
    const order = `(a.status = 'AT_RISK'), coalesce(a.task_deadline, 'infinity'::date), a.id`;
    // Keyset paging: the cursor holds the position and the row's id; the page starts after that row
    // as it sorts now, so the page reads the index from there rather than every warning before it.
    const [from] =
      after && UUID.test(after[1]!)
        ? await this.dataSource.query(
            `SELECT a.status = 'AT_RISK' AS at_risk, coalesce(a.task_deadline, 'infinity'::date)::text AS deadline, a.id
             FROM assignment a WHERE a.id = $1::uuid`,
            [after[1]],
          )
        : [];
    const keyset = from ? `AND (${order}) > ($${scope.length + 1}::boolean, $${scope.length + 2}::date, $${scope.length + 3}::uuid)` : '';
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT a.id FROM assignment a WHERE ${warning} ${keyset}
        ORDER BY ${order} LIMIT ${first + 1} OFFSET ${from || !after ? 0 : index + 1}`,
      from ? [...scope, from.at_risk, from.deadline, from.id] : scope,
    );
    const hasNextPage = rows.length > first;
    rows.length = Math.min(rows.length, first);
    // The whole district's count comes from the tallies; a unit's own warnings are few enough to count.
    const [{ total }] = whole
      ? await this.dataSource.query(
          `SELECT coalesce(sum(s.at_risk + s.overdue), 0)::int AS total FROM task_status_tally s JOIN task t ON t.id = s.task_id
            WHERE ${documents.replace('$3', '$1')}`,
          documentId ? [documentId] : [],
        )
      : await this.dataSource.query(`SELECT count(*)::int AS total FROM assignment a WHERE ${warning}`, scope);
    const nodes = (await this.assignments.loaderById(caller.loaders).loadMany(rows.map((r) => r.id))) as Assignment[];
    const edges = nodes.map((node, i) => ({ node, cursor: encodeCursor([String(index + 1 + i), node.id]) }));
    return { edges, nodes, totalCount: total, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /**
   * Unit performance over the plans in force: indicator attainment (60%) and timeliness (40%,
   * not overdue and reported through the last period), ranked with ties sharing a rank.
   */
  async performance(loaders: LoaderRegistry): Promise<UnitScore[]> {
    return loaders
      .get<string, UnitScore[]>('supervision.performance', async (keys) => {
        // Computed once per change of what the scores read (supervision_version, bumped at the
        // commit of any such write) and per day, and shared by the requests in between: on a
        // province's 40,000 assignments the computation takes about a second.
        const [{ version }] = await this.dataSource.query('SELECT version FROM supervision_version');
        const key = `${version}:${this.today()}`;
        if (this.scores?.key !== key) {
          const scores = this.computeScores(new LoaderRegistry());
          this.scores = { key, scores };
          scores.catch(() => {
            if (this.scores?.scores === scores) this.scores = null;
          });
        }
        const scores = await this.scores!.scores;
        return keys.map(() => scores);
      })
      .load('all');
  }

  private async computeScores(loaders: LoaderRegistry): Promise<UnitScore[]> {
    const states = await this.district(loaders, null);
    const today = this.today();
    const scores = group(states, (s) => s.assignment.organizationId).map(([organizationId, list]) => {
      const attainment = mean(
        list.map((s) =>
          s.status === AssignmentStatus.DONE ? 1 : s.indicators.length > 0 ? mean(s.indicators.map((i) => i.evaluation.progress)) : 0,
        ),
      );
      const timely = mean(
        list.map((s) => {
          if (s.status === AssignmentStatus.DONE) return 1;
          if (s.status === AssignmentStatus.OVERDUE) return 0;
          const due = previousPeriod(today, s.task.reportPeriod);
          const assignedOn = beijingDate(s.assignment.createdAt);
          const expected = assignedOn <= periodEnd(due);
          return !expected || (s.reportedThrough !== null && s.reportedThrough >= due) ? 1 : 0;
        }),
      );
      return {
        organizationId,
        score: Math.round(1000 * (0.6 * attainment + 0.4 * timely)) / 10,
        indicatorAttainment: Math.round(1000 * attainment) / 10,
        timeliness: Math.round(1000 * timely) / 10,
        assignments: list.length,
        done: list.filter((s) => s.status === AssignmentStatus.DONE).length,
        overdue: list.filter((s) => s.status === AssignmentStatus.OVERDUE).length,
        rank: 0,
      };
    });
    scores.sort((a, b) => b.score - a.score || a.organizationId.localeCompare(b.organizationId));
    scores.forEach((s, i) => {
      s.rank = i > 0 && scores[i - 1]!.score === s.score ? scores[i - 1]!.rank : i + 1;
    });
    return scores;
  }

  /** In-app notices for the caller's unit: deadlines near, overdue, reports due and reports returned. */
  async notices(caller: Caller): Promise<Notice[]> {
    const identity = requireIdentity(caller.identity);
    const own = await this.dataSource
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .innerJoin('task', 't', 't.id = a.task_id')
      .innerJoin('policy_document', 'd', "d.id = t.document_id AND d.validity = 'VALID'")
      .where('a.organization_id = :me', { me: identity.organizationId })
      .getMany();
    for (const a of own) this.assignments.loaderById(caller.loaders).prime(a.id, a);
    const states = [...(await this.compute(caller.loaders, own)).values()];
    const today = this.today();
    const notices: Notice[] = [];
    for (const s of states) {
      const title = `「${s.task.title}」`;
      const id = s.assignment.id;
      if (s.latestReport?.status === ReportStatus.RETURNED) {
        notices.push({
          id: `returned:${s.latestReport.id}`,
          kind: NoticeKind.REPORT_RETURNED,
          assignmentId: id,
          dueOn: null,
          message: `${title}${s.latestReport.period} 的进展报告被退回:${s.latestReport.returnReason ?? ''}。请修改后重新提交。`,
        });
      }
      if (s.status === AssignmentStatus.DONE) continue;
      const deadline = s.task.deadline;
      if (s.status === AssignmentStatus.OVERDUE && deadline) {
        notices.push({
          id: `overdue:${id}`,
          kind: NoticeKind.OVERDUE,
          assignmentId: id,
          dueOn: deadline,
          message: `${title}已逾期(期限 ${deadline})。`,
        });
        continue;
      }
      if (deadline && daysBetween(today, deadline) <= this.settings.reminderDays) {
        notices.push({
          id: `deadline:${id}`,
          kind: NoticeKind.DEADLINE_NEAR,
          assignmentId: id,
          dueOn: deadline,
          message: `${title}将于 ${deadline} 到期,还剩 ${daysBetween(today, deadline)} 天。`,
        });
      }
      const period = periodOf(today, s.task.reportPeriod);
      const end = periodEnd(period);
      if ((s.reportedThrough ?? '') < period && daysBetween(today, end) <= this.settings.reminderDays) {
        notices.push({
          id: `due:${id}:${period}`,
          kind: NoticeKind.REPORT_DUE,
          assignmentId: id,
          dueOn: end,
          message: `${title}${period} 的进展尚未报告,请于 ${end} 前报告。`,
        });
      }
    }
    const order: Record<NoticeKind, number> = { REPORT_RETURNED: 0, OVERDUE: 1, DEADLINE_NEAR: 2, REPORT_DUE: 3 };
    return notices.sort(
      (a, b) => order[a.kind] - order[b.kind] || (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || a.id.localeCompare(b.id),
    );
  }

  /** 督导报告: every assignment of a plan with its status and indicators, as .xlsx. */
  async exportReport(caller: Caller, documentId?: string | null) {
    const identity = this.requireDistrictReader(caller);
    const states = await this.district(caller.loaders, documentId);
    const names = new Map(
      (
        await this.registry.units(
          states.map((s) => s.assignment.organizationId),
          identity,
        )
      ).map((u) => [u.id, u.name]),
    );
    const rows = [...states].sort(
      (a, b) =>
        a.task.sortOrder - b.task.sortOrder ||
        a.task.code.localeCompare(b.task.code) ||
        SEVERITY[a.status] - SEVERITY[b.status] ||
        (names.get(a.assignment.organizationId) ?? '').localeCompare(names.get(b.assignment.organizationId) ?? '', 'zh-CN'),
    );
    const content = await writeXlsx(
      '督导报告',
      [
        { header: '任务序号', width: 10, value: (s: AssignmentState) => s.task.code },
        { header: '任务', width: 40, value: (s) => s.task.title },
        { header: '任务领域', width: 16, value: (s) => taskAreaLabels[s.task.area] },
        { header: '责任单位', width: 28, value: (s) => names.get(s.assignment.organizationId) ?? s.assignment.organizationId },
        { header: '角色', width: 10, value: (s) => assignmentRoleLabels[s.assignment.role] },
        { header: '完成期限', width: 12, value: (s) => s.task.deadline ?? '' },
        { header: '状态', width: 10, value: (s) => assignmentStatusLabels[s.status] },
        {
          header: '指标完成情况',
          width: 50,
          value: (s) =>
            s.indicators
              .map((i) => `${i.indicator.name}:${describeReading(i.indicator, i.reading)}${i.evaluation.met ? '(达标)' : ''}`)
              .join(';'),
        },
        { header: '最近报告期', width: 12, value: (s) => s.latestReport?.period ?? '' },
        { header: '最近报告状态', width: 12, value: (s) => (s.latestReport ? reportStatusLabels[s.latestReport.status] : '未报告') },
      ],
      rows,
    );
    return xlsxFile('督导报告', content, rows.length);
  }

  private requireDistrictReader(caller: Caller) {
    const identity = requireIdentity(caller.identity);
    if (!readsWholeDistrict(identity)) throw new DomainError(ErrorCode.FORBIDDEN, '全区督导汇总仅供活动办公室和合作部门查阅');
    return identity;
  }

  /** Maps any task to its main task (一 to 八), loading ancestors level by level. */
  private async mainTaskResolver(loaders: LoaderRegistry, tasks: Task[]) {
    const known = new Map(tasks.map((t) => [t.id, t]));
    let missing = [...new Set(tasks.map((t) => t.parentId).filter((id): id is string => !!id && !known.has(id)))];
    while (missing.length > 0) {
      const parents = (await this.tasks.loaderById(loaders).loadMany(missing)) as Task[];
      for (const p of parents) if (p && !(p instanceof Error)) known.set(p.id, p);
      missing = [...new Set(parents.map((p) => p?.parentId).filter((id): id is string => !!id && !known.has(id)))];
    }
    return (task: Task): Task => {
      let current = task;
      while (current.parentId && known.has(current.parentId)) current = known.get(current.parentId)!;
      return current;
    };
  }
}

function describeReading(indicator: Indicator, reading: IndicatorReading | null): string {
  if (!reading) return '未填报';
  if (indicator.kind === 'CHECKLIST') return `${reading.checkedItems.length}/${indicator.checklistItems.length} 项`;
  return `${reading.value ?? '-'}/${indicator.target}${indicator.unitOfMeasure}`;
}

function rollup(counts: Record<AssignmentStatus, number>): StatusCounts & { light: string } {
  return {
    total: counts.ON_TRACK + counts.AT_RISK + counts.OVERDUE + counts.DONE,
    onTrack: counts.ON_TRACK,
    atRisk: counts.AT_RISK,
    overdue: counts.OVERDUE,
    done: counts.DONE,
    light: trafficLight(counts),
  };
}

function sumCounts(list: Record<AssignmentStatus, number>[]): Record<AssignmentStatus, number> {
  const sum: Record<AssignmentStatus, number> = { ON_TRACK: 0, AT_RISK: 0, OVERDUE: 0, DONE: 0 };
  for (const c of list) for (const status of Object.keys(sum) as AssignmentStatus[]) sum[status] += c[status];
  return sum;
}

/** Adds up status counts per key. */
function groupCounts<T extends { counts: Record<AssignmentStatus, number> }, K>(
  entries: T[],
  keyOf: (e: T) => K,
): [K, Record<AssignmentStatus, number>][] {
  const groups = new Map<K, Record<AssignmentStatus, number>[]>();
  for (const e of entries) {
    const key = keyOf(e);
    const list = groups.get(key);
    if (list) list.push(e.counts);
    else groups.set(key, [e.counts]);
  }
  return [...groups].map(([key, list]) => [key, sumCounts(list)]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const AREA_ORDER = Object.keys(taskAreaLabels) as TaskArea[];

/** Assignments touched per refresh transaction by the deadline refresh. */
const REFRESH_BATCH = 1000;

function group<K>(states: AssignmentState[], keyOf: (s: AssignmentState) => K): [K, AssignmentState[]][] {
  const groups = new Map<K, AssignmentState[]>();
  for (const s of states) {
    const key = keyOf(s);
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.entries()];
}

const worstFirst = (a: StatusCounts, b: StatusCounts) => b.overdue - a.overdue || b.atRisk - a.atRisk;

const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length);

/** A page of an already ordered, computed list; the cursor holds the position and the row's key. */
export function slicePage<T>(rows: T[], page: { first?: number; after?: string | null }, keyOf: (row: T) => string): Connection<T> {
  const { first, after } = readPageArgs(page);
  let start = 0;
  if (after) {
    const index = Number(after[0]);
    if (!Number.isInteger(index) || index < 0) throw new DomainError(ErrorCode.INVALID_CURSOR, '分页游标无效');
    // The list is recomputed on every request; find the row again by key when it moved.
    const moved = rows.findIndex((r) => keyOf(r) === after[1]);
    start = (moved >= 0 ? moved : index) + 1;
  }
  const nodes = rows.slice(start, start + first);
  const edges = nodes.map((node, i) => ({ node, cursor: encodeCursor([String(start + i), keyOf(node)]) }));
  return {
    edges,
    nodes,
    totalCount: rows.length,
    pageInfo: { hasNextPage: start + first < rows.length, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
