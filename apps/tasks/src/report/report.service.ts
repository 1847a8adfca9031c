import { createHash } from 'node:crypto';
import {
  byKey,
  type Caller,
  type Connection,
  DomainError,
  firstPagesByParent,
  groupByKey,
  type Logger,
  idKeys,
  type LoaderRegistry,
  newId,
  notFound,
  type PageArgs,
  paginate,
  requireIdentity,
  onUniqueViolation,
  requirePermission,
  updateVersioned,
} from '@ronghe/kit';
import {
  actsForDistrict,
  ErrorCode,
  type Identity,
  IndicatorKind,
  readsWholeDistrict,
  ReportStatus,
  beijingDate,
  ListLimit,
  TextLimit,
} from '@ronghe/types';
import { type DataSource, type EntityManager, In, IsNull, type Repository } from 'typeorm';
import type { Assignment } from '../assignment/assignment.entity.js';
import type { AssignmentService } from '../assignment/assignment.service.js';
import { audit, historyLoader } from '../audit/audit.js';
import type { Clock } from '@ronghe/kit/clock';
import type { DocumentService } from '../document/document.service.js';
import type { Indicator } from '../indicator/indicator.entity.js';
import type { IndicatorService } from '../indicator/indicator.service.js';
import type { StatusRefresh } from '../supervision/supervision.service.js';
import type { ObjectStore } from '../storage/object-store.js';
import { isReportablePeriod } from '../supervision/status.js';
import type { TaskService } from '../task/task.service.js';
import { EvidenceFile, IndicatorValue, ProgressReport } from './report.entity.js';
import type {
  EvidenceUploadInput,
  IndicatorValueInput,
  ProgressReportsArgs,
  ResubmitReportInput,
  SubmitReportInput,
} from './report.inputs.js';

export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
const EVIDENCE_PER_REPORT = ListLimit.FILES;
/** An upload no report took within a day was abandoned with its form. */
export const ABANDONED_UPLOAD_MS = 24 * 60 * 60 * 1000;
const PURGE_BATCH = 100;
const SUMMARY_MAX = TextLimit.FREE_TEXT;
const STALE_REPORT = '该报告已被他人处理,请刷新后重试';

const chronological = {
  column: 'r.submitted_at',
  id: 'r.id',
  key: (r: ProgressReport): [string, string] => [r.submittedAt.toISOString(), r.id],
};

const newestFirst = {
  column: 'r.submitted_at',
  id: 'r.id',
  descending: true,
  key: (r: ProgressReport): [string, string] => [r.submittedAt.toISOString(), r.id],
};

/** Progress reports: a unit reports per period, the assigning unit accepts or returns. */
export class ReportService {
  private readonly repo: Repository<ProgressReport>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: DocumentService,
    private readonly tasks: TaskService,
    private readonly assignments: AssignmentService,
    private readonly indicators: IndicatorService,
    private readonly store: ObjectStore,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly statuses: StatusRefresh,
  ) {
    this.repo = dataSource.getRepository(ProgressReport);
  }

  /** Keeps an evidence file's bytes in the object store until a report attaches it. */
  async uploadEvidence(caller: Caller, input: EvidenceUploadInput): Promise<EvidenceFile> {
    const actor = requirePermission(caller.identity, 'reports.submit');
    const fileName = input.fileName.trim().split(/[\\/]/).pop() ?? '';
    if (!fileName) throw new DomainError(ErrorCode.INVALID_FILE, '文件名不能为空', { field: 'fileName' });
    const content = Buffer.from(input.contentBase64, 'base64');
    if (content.length === 0) throw new DomainError(ErrorCode.INVALID_FILE, '文件是空的', { field: 'contentBase64' });
    if (content.length > EVIDENCE_MAX_BYTES)
      throw new DomainError(ErrorCode.INVALID_FILE, '佐证材料不能超过 5 MB', { field: 'contentBase64' });
    const id = newId();
    const storageKey = `evidence/${id}`;
    // Bytes first: a row never points at a missing object; an orphan object is harmless.
    await this.store.put(storageKey, content, input.mimeType);
    const file = {
      id,
      reportId: null,
      organizationId: actor.organizationId,
      uploadedBy: actor.username,
      fileName,
      mimeType: input.mimeType || 'application/octet-stream',
      size: content.length,
      storageKey,
      sha256: createHash('sha256').update(content).digest('hex'),
      uploadedAt: this.clock(),
    };
    await this.dataSource.getRepository(EvidenceFile).insert(file);
    // Housekeeping: its failure must not fail (and so duplicate, on retry) the upload just stored.
    await this.purgeAbandoned().catch((error: unknown) => this.logger.warn({ err: error }, 'purging abandoned evidence uploads failed'));
    return Object.assign(new EvidenceFile(), file);
  }

  /**
   * Uploads never attached to a report (the form was closed) are removed a day later, a batch at a
   * time as new uploads arrive, so abandoned files do not pile up in the store. The row goes first:
   * a report attaching the file at the same moment then finds it gone and asks for a new upload.
   */
  private async purgeAbandoned(): Promise<void> {
    const cutoff = new Date(this.clock().getTime() - ABANDONED_UPLOAD_MS);
    const [rows] = (await this.dataSource.query(
      `DELETE FROM evidence_file WHERE report_id IS NULL AND id IN
         (SELECT id FROM evidence_file WHERE report_id IS NULL AND uploaded_at < $1 ORDER BY uploaded_at LIMIT ${PURGE_BATCH})
       RETURNING storage_key`,
      [cutoff],
    )) as [{ storage_key: string }[], number];
    // A leftover object is harmless (nothing points at it); a failed delete is not the uploader's problem.
    await Promise.allSettled(rows.map((r) => this.store.delete(r.storage_key)));
  }

  /** An evidence file's bytes, for anyone who may see its report. */
  async downloadEvidence(caller: Caller, id: string): Promise<{ file: EvidenceFile; content: Buffer }> {
    const identity = requireIdentity(caller.identity);
    const file = await this.dataSource.getRepository(EvidenceFile).findOneBy({ id });
    if (!file) throw notFound('佐证材料', id);
    if (file.reportId) await this.require(caller, file.reportId);
    else if (file.organizationId !== identity.organizationId) throw notFound('佐证材料', id);
    return { file, content: await this.store.get(file.storageKey) };
  }

  /** A unit reports one period of its own assignment: text, indicator values, evidence. */
  async submit(caller: Caller, input: SubmitReportInput): Promise<ProgressReport> {
    const actor = requirePermission(caller.identity, 'reports.submit');
    const assignment = await this.assignments.require(caller, input.assignmentId);
    if (assignment.organizationId !== actor.organizationId) {
      throw new DomainError(ErrorCode.FORBIDDEN, '只能报告本单位承担的任务');
    }
    const task = await this.tasks.require(caller.loaders, assignment.taskId);
    await this.documents.requireInForce(caller.loaders, task.documentId);
    const period = input.period.trim();
    if (!isReportablePeriod(period, task.reportPeriod, beijingDate(this.clock()))) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `报告期格式应为 ${task.reportPeriod === 'MONTHLY' ? '2026-11' : '2026-Q4'},且不能晚于本期`,
        {
          field: 'period',
        },
      );
    }
    const summary = checkSummary(input.summary);
    const indicators = await this.indicators.byTaskLoader(caller.loaders).load(task.id);
    const values = checkValues(indicators, input.values);
    const report = {
      id: newId(),
      assignmentId: assignment.id,
      period,
      status: ReportStatus.SUBMITTED,
      summary,
      declaresComplete: input.declaresComplete,
      submittedAt: this.clock(),
      submittedBy: actor.username,
    };
    const write = () =>
      this.documents.transaction(task.documentId, async (tx) => {
        await tx.getRepository(ProgressReport).insert(report);
        await this.writeValues(tx, report.id, assignment, values);
        await this.attachEvidence(tx, actor, report.id, input.evidenceIds, 0);
        await audit(tx, report.submittedAt, actor, 'report', report.id, 'submit', { assignmentId: assignment.id, period });
        return tx.getRepository(ProgressReport).findOneByOrFail({ id: report.id });
      });
    const submitted = await onUniqueViolation(write, {
      progress_report_period_key: () =>
        new DomainError(ErrorCode.REPORT_EXISTS, `${period} 的进展已报告;被退回的报告请修改后重新提交`, { field: 'period' }),
    });
    await this.statuses({ assignmentIds: [assignment.id] });
    return submitted;
  }

  /** A returned report, corrected and submitted again; its earlier evidence stays. */
  async resubmit(caller: Caller, input: ResubmitReportInput): Promise<ProgressReport> {
    const actor = requirePermission(caller.identity, 'reports.submit');
    const report = await this.require(caller, input.id);
    const assignment = await this.assignments.require(caller, report.assignmentId);
    if (assignment.organizationId !== actor.organizationId) throw new DomainError(ErrorCode.FORBIDDEN, '只能修改本单位的报告');
    const task = await this.tasks.require(caller.loaders, assignment.taskId);
    await this.documents.requireInForce(caller.loaders, task.documentId);
    if (report.status !== ReportStatus.RETURNED) {
      throw new DomainError(ErrorCode.INVALID_TRANSITION, '只有被退回的报告才能修改后重新提交', { status: report.status });
    }
    const summary = checkSummary(input.summary);
    const values = checkValues(await this.indicators.byTaskLoader(caller.loaders).load(task.id), input.values);
    const resubmitted = await this.documents.transaction(task.documentId, async (tx) => {
      const changes = {
        status: ReportStatus.SUBMITTED,
        summary,
        declaresComplete: input.declaresComplete,
        submittedAt: this.clock(),
        submittedBy: actor.username,
        reviewedAt: null,
        reviewedBy: null,
      };
      await updateVersioned(tx, { entity: ProgressReport, current: report, version: input.version, changes, stale: STALE_REPORT });
      await tx.getRepository(IndicatorValue).delete({ reportId: report.id });
      await this.writeValues(tx, report.id, assignment, values);
      const [{ count }] = await tx.query('SELECT COUNT(*)::int AS count FROM evidence_file WHERE report_id = $1', [report.id]);
      await this.attachEvidence(tx, actor, report.id, input.evidenceIds, count);
      await audit(tx, this.clock(), actor, 'report', report.id, 'resubmit', { period: report.period });
      return tx.getRepository(ProgressReport).findOneByOrFail({ id: report.id });
    });
    await this.statuses({ assignmentIds: [assignment.id] });
    return resubmitted;
  }

  accept(caller: Caller, id: string, version: number): Promise<ProgressReport> {
    return this.review(caller, id, version, ReportStatus.ACCEPTED, null);
  }

  return(caller: Caller, id: string, version: number, reason: string): Promise<ProgressReport> {
    const trimmed = reason.trim();
    if (!trimmed) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写退回理由', { field: 'reason' });
    return this.review(caller, id, version, ReportStatus.RETURNED, trimmed);
  }

  loaderById(loaders: LoaderRegistry) {
    return loaders.get<string, ProgressReport | null>('report.byId', async (ids) => {
      const rows = await this.repo.findBy({ id: In(idKeys(ids)) });
      return byKey(ids, rows, (r) => r.id, null);
    });
  }

  /** A report the caller may see: through its assignment's visibility. */
  /** A report the caller may see (its assignment's visibility), else null. */
  async get(caller: Caller, id: string): Promise<ProgressReport | null> {
    const report = await this.loaderById(caller.loaders).load(id);
    return report && (await this.assignments.get(caller, report.assignmentId)) ? report : null;
  }

  async require(caller: Caller, id: string): Promise<ProgressReport> {
    const report = await this.get(caller, id);
    if (!report) throw notFound('进展报告', id);
    return report;
  }

  /**
   * Reports waiting for (or past) review by the caller: the office sees district tasks' reports
   * and its own sub-tasks', a unit those on its own plan's sub-tasks.
   */
  reviewQueue(caller: Caller, args: Partial<ProgressReportsArgs>): Promise<Connection<ProgressReport>> {
    const identity = requireIdentity(caller.identity);
    const query = this.repo
      .createQueryBuilder('r')
      .innerJoin('assignment', 'a', 'a.id = r.assignment_id')
      .innerJoin('task', 't', 't.id = a.task_id')
      .innerJoin('policy_document', 'd', "d.id = t.document_id AND d.validity = 'VALID'");
    // The office reviews district tasks and the sub-tasks of its own plan; a unit, its own plan's.
    if (actsForDistrict(identity, 'reports.review'))
      query.where('(t.owner_organization_id IS NULL OR t.owner_organization_id = :me)', { me: identity.organizationId });
    else if (readsWholeDistrict(identity)) query.where('t.owner_organization_id IS NULL');
    else query.where('t.owner_organization_id = :me', { me: identity.organizationId });
    if (args.status) query.andWhere('r.status = :status', { status: args.status });
    return paginate(query, args, newestFirst);
  }

  /** An assignment's reports in the order they were submitted; first pages of many assignments in one batch. */
  async pageOf(caller: Caller, assignmentId: string, page: Partial<PageArgs>): Promise<Connection<ProgressReport>> {
    // Only those who see the assignment see its reports.
    if (!(await this.assignments.get(caller, assignmentId))) throw notFound('任务分工', assignmentId);
    const { loaders } = caller;
    if (page.after) {
      return paginate(this.repo.createQueryBuilder('r').where('r.assignment_id = :assignmentId', { assignmentId }), page, chronological);
    }
    const first = page.first ?? 20;
    return loaders
      .get<string, Connection<ProgressReport>>(`report.byAssignment.${first}`, (ids) =>
        firstPagesByParent(this.repo, {
          parentIds: ids,
          parentProperty: 'assignmentId',
          orderBy: ['submittedAt', 'id'],
          key: chronological.key,
          first,
        }),
      )
      .load(assignmentId);
  }

  /** Who submitted, returned, corrected and accepted the report, and when. */
  history(loaders: LoaderRegistry, reportId: string) {
    return historyLoader(this.dataSource, loaders).load(reportId);
  }

  valuesLoader(loaders: LoaderRegistry) {
    return loaders.get<string, IndicatorValue[]>('report.values', async (reportIds) => {
      const rows = await this.dataSource.getRepository(IndicatorValue).findBy({ reportId: In([...reportIds]) });
      return groupByKey(reportIds, rows, (v) => v.reportId);
    });
  }

  evidenceLoader(loaders: LoaderRegistry) {
    return loaders.get<string, EvidenceFile[]>('report.evidence', async (reportIds) => {
      const rows = await this.dataSource
        .getRepository(EvidenceFile)
        .find({ where: { reportId: In([...reportIds]) }, order: { uploadedAt: 'ASC', id: 'ASC' } });
      return groupByKey(reportIds, rows, (f) => f.reportId!);
    });
  }

  private async review(caller: Caller, id: string, version: number, to: ReportStatus, reason: string | null) {
    const actor = requirePermission(caller.identity, 'reports.review');
    const report = await this.require(caller, id);
    const assignment = await this.assignments.require(caller, report.assignmentId);
    await this.assignments.assertReviews(caller, actor, assignment);
    const task = await this.tasks.require(caller.loaders, assignment.taskId);
    await this.documents.requireInForce(caller.loaders, task.documentId);
    if (report.status !== ReportStatus.SUBMITTED) {
      throw new DomainError(ErrorCode.INVALID_TRANSITION, '只有待审核的报告才能采纳或退回', { status: report.status });
    }
    const reviewed = await this.documents.transaction(task.documentId, async (tx) => {
      const changes = { status: to, reviewedAt: this.clock(), reviewedBy: actor.username, returnReason: reason };
      const reviewed = await updateVersioned(tx, { entity: ProgressReport, current: report, version, changes, stale: STALE_REPORT });
      await audit(
        tx,
        this.clock(),
        actor,
        'report',
        report.id,
        to === ReportStatus.ACCEPTED ? 'accept' : 'return',
        reason ? { reason } : {},
      );
      return reviewed;
    });
    await this.statuses({ assignmentIds: [assignment.id] });
    return reviewed;
  }

  private async writeValues(tx: EntityManager, reportId: string, assignment: Assignment, values: IndicatorValueInput[]) {
    if (values.length === 0) return;
    await tx.getRepository(IndicatorValue).insert(
      values.map((v) => ({
        id: newId(),
        reportId,
        assignmentId: assignment.id,
        indicatorId: v.indicatorId,
        value: v.value ?? null,
        checkedItems: v.checkedItems,
      })),
    );
  }

  /** Attaches the caller's own unattached uploads; anything else is refused, and nothing is kept. */
  private async attachEvidence(tx: EntityManager, actor: Identity, reportId: string, ids: string[], already: number) {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    if (already + unique.length > EVIDENCE_PER_REPORT) {
      throw new DomainError(ErrorCode.INVALID_FILE, `每份报告最多 ${EVIDENCE_PER_REPORT} 个佐证材料`, { field: 'evidenceIds' });
    }
    const result = await tx
      .createQueryBuilder()
      .update(EvidenceFile)
      .set({ reportId })
      .where({ id: In(unique), reportId: IsNull(), organizationId: actor.organizationId })
      .execute();
    if (result.affected !== unique.length) {
      throw new DomainError(ErrorCode.INVALID_FILE, '佐证材料不存在或已用于其他报告,请重新上传', { field: 'evidenceIds' });
    }
  }
}

function checkSummary(text: string): string {
  const summary = text.trim();
  if (!summary) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写工作进展', { field: 'summary' });
  if (summary.length > SUMMARY_MAX)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `工作进展不能超过 ${SUMMARY_MAX} 字`, { field: 'summary' });
  return summary;
}

/**
 * Values must belong to the task's indicators and fit their kind. A number left empty means the
 * indicator is not reported this period; the last reported value stands.
 */
function checkValues(indicators: Indicator[], values: IndicatorValueInput[]): IndicatorValueInput[] {
  const seen = new Set<string>();
  const kindOf = (id: string) => indicators.find((i) => i.id === id)?.kind;
  const unreportedNumber = (v: IndicatorValueInput) =>
    v.value == null && kindOf(v.indicatorId) !== undefined && kindOf(v.indicatorId) !== IndicatorKind.CHECKLIST;
  const reported = values.filter((v) => !unreportedNumber(v));
  return reported.map((v) => {
    const indicator = indicators.find((i) => i.id === v.indicatorId);
    if (!indicator)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '填报的指标不属于该任务', { field: 'values', indicatorId: v.indicatorId });
    if (seen.has(v.indicatorId)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `「${indicator.name}」重复填报`, { field: 'values' });
    seen.add(v.indicatorId);
    if (indicator.kind === IndicatorKind.CHECKLIST) {
      const unknown = v.checkedItems.filter((item) => !indicator.checklistItems.includes(item));
      if (unknown.length > 0) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `「${indicator.name}」没有清单项:${unknown.join('、')}`, {
          field: 'values',
          indicatorId: indicator.id,
        });
      }
      return { indicatorId: indicator.id, value: null, checkedItems: [...new Set(v.checkedItems)] };
    }
    const value = v.value;
    if (value == null || !Number.isFinite(value) || value < 0 || (indicator.kind !== IndicatorKind.COUNT && value > 100)) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        indicator.kind === IndicatorKind.COUNT ? `「${indicator.name}」应填不小于 0 的数` : `「${indicator.name}」应填 0 至 100 之间的数`,
        { field: 'values', indicatorId: indicator.id },
      );
    }
    if (indicator.kind === IndicatorKind.COUNT && !Number.isInteger(value)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `「${indicator.name}」应填整数`, { field: 'values', indicatorId: indicator.id });
    }
    return { indicatorId: indicator.id, value, checkedItems: [] };
  });
}
