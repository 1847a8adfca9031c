import {
  byKey,
  type Caller,
  type Connection,
  DomainError,
  groupByKey,
  idKeys,
  type LoaderRegistry,
  newId,
  notFound,
  type PageArgs,
  paginate,
  recordAct,
  requireIdentity,
  onUniqueViolation,
  updateVersioned,
  requirePermission,
} from '@ronghe/kit';
import {
  ErrorCode,
  NominationCycleStatus,
  NominationStatus,
  type TypicalCategory,
  readsWholeDistrict,
  endOfBeijingDay,
  startOfBeijingDay,
} from '@ronghe/types';
import { type DataSource, type EntityManager, In, LessThan, MoreThan, type Repository } from 'typeorm';
import type { Clock } from '@ronghe/kit/clock';
import { NominationCycle, NominationExtension, NominationQuota } from './cycle.entity.js';
import type { CreateCycleInput, ExtensionInput, QuotaInput, UpdateCycleInput } from './cycle.inputs.js';

const NEXT: Partial<Record<NominationCycleStatus, NominationCycleStatus>> = {
  DRAFT: NominationCycleStatus.OPEN,
  OPEN: NominationCycleStatus.CLOSED,
  CLOSED: NominationCycleStatus.IN_REVIEW,
  IN_REVIEW: NominationCycleStatus.FINISHED,
};

/** The yearly call: its window, categories, nominating units, quotas and extensions. */
export class CycleService {
  private readonly repo: Repository<NominationCycle>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.repo = dataSource.getRepository(NominationCycle);
  }

  loaderById(loaders: LoaderRegistry) {
    return loaders.get<string, NominationCycle | null>('cycle.byId', async (ids) => {
      const rows = await this.repo.findBy({ id: In(idKeys(ids)) });
      return byKey(ids, rows, (c) => c.id, null);
    });
  }

  async require(id: string): Promise<NominationCycle> {
    const cycle = await this.repo.findOneBy({ id });
    if (!cycle) throw notFound('评选年度', id);
    return cycle;
  }

  /** The cycles, newest year first. */
  list(page: Partial<PageArgs>): Promise<Connection<NominationCycle>> {
    return paginate(this.repo.createQueryBuilder('c'), page, {
      column: "lpad(c.year::text, 4, '0')",
      id: 'c.id',
      key: (c) => [String(c.year).padStart(4, '0'), c.id],
      descending: true,
    });
  }

  async create(caller: Caller, input: CreateCycleInput): Promise<NominationCycle> {
    requirePermission(caller.identity, 'nominations.manage');
    if (!Number.isInteger(input.year) || input.year < 2014 || input.year > 2100) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '年度不正确', { field: 'year' });
    }
    if (await this.repo.existsBy({ year: input.year })) throw new DomainError(ErrorCode.DUPLICATE, `${input.year} 年度已存在`);
    const window = defaultWindow(input.year);
    const opensAt = input.opensAt ?? window.opensAt;
    const closesAt = input.closesAt ?? window.closesAt;
    assertWindow(opensAt, closesAt);
    // The settings of the latest year before this one (a year may be set up out of order).
    const previous = input.copyPreviousSettings
      ? await this.repo.findOne({ where: { year: LessThan(input.year) }, order: { year: 'DESC' } })
      : null;
    const id = newId();
    // Two offices creating the same year at once: the unique year lets one through.
    return onUniqueViolation(
      () =>
        this.dataSource.transaction(async (tx) => {
          await tx.getRepository(NominationCycle).insert({
            id,
            year: input.year,
            status: NominationCycleStatus.DRAFT,
            opensAt,
            closesAt,
            ...(previous
              ? {
                  openCategories: previous.openCategories,
                  nominatorKinds: previous.nominatorKinds,
                  defaultQuota: previous.defaultQuota,
                  honourLookbackYears: previous.honourLookbackYears,
                }
              : {}),
          });
          if (previous) {
            await tx.query(
              `INSERT INTO nomination_quota (cycle_id, organization_id, category, quota)
           SELECT $1, organization_id, category, quota FROM nomination_quota WHERE cycle_id = $2`,
              [id, previous.id],
            );
          }
          return tx.getRepository(NominationCycle).findOneByOrFail({ id });
        }),
      { nomination_cycle_year_key: () => new DomainError(ErrorCode.DUPLICATE, `${input.year} 年度已存在`) },
    );
  }

  async update(caller: Caller, input: UpdateCycleInput): Promise<NominationCycle> {
    requirePermission(caller.identity, 'nominations.manage');
    const cycle = await this.require(input.id);
    if (cycle.frozenAt) throw new DomainError(ErrorCode.CYCLE_FROZEN, '本年度申报已截止,设置不能再改');
    const changes: Partial<NominationCycle> = {};
    if (input.opensAt) changes.opensAt = input.opensAt;
    if (input.closesAt) changes.closesAt = input.closesAt;
    if (input.openCategories) changes.openCategories = [...new Set(input.openCategories)];
    if (input.nominatorKinds) changes.nominatorKinds = [...new Set(input.nominatorKinds)];
    if (input.defaultQuota != null) changes.defaultQuota = nonNegative(input.defaultQuota, 'defaultQuota');
    if (input.honourLookbackYears != null) changes.honourLookbackYears = nonNegative(input.honourLookbackYears, 'honourLookbackYears');
    assertWindow(changes.opensAt ?? cycle.opensAt, changes.closesAt ?? cycle.closesAt);
    return this.applyVersioned(cycle, input.version, changes, caller, 'cycle.update');
  }

  /**
   * DRAFT → OPEN → CLOSED → IN_REVIEW → FINISHED; closing freezes the accepted nominations. Closing
   * before the window ends cuts units short, so it needs a reason, kept with who did it.
   */
  async advance(caller: Caller, id: string, version: number, to: NominationCycleStatus, reason?: string | null): Promise<NominationCycle> {
    const admin = requirePermission(caller.identity, 'nominations.manage');
    const cycle = await this.require(id);
    if (NEXT[cycle.status] !== to) {
      throw new DomainError(ErrorCode.INVALID_TRANSITION, `评选年度不能从「${cycle.status}」变为「${to}」`);
    }
    if (to !== NominationCycleStatus.CLOSED)
      return this.applyVersioned(cycle, version, { status: to }, caller, `cycle.${to.toLowerCase()}`);
    const now = this.clock();
    const why = reason?.trim() || null;
    if (now < cycle.closesAt && !why) {
      const { submitted, returned } = await this.freezeImpact(caller, id);
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '申报时间尚未结束,提前截止须填写理由', { field: 'reason', submitted, returned });
    }
    return this.applyVersioned(
      cycle,
      version,
      {
        status: to,
        frozenAt: now,
        freezeReason: why,
        frozenBy: admin.accountId,
        frozenByUsername: admin.username,
      },
      caller,
      'cycle.freeze',
    );
  }

  /** What a freeze now would leave out of the review: nominations submitted but not accepted, and those returned for revision. */
  async freezeImpact(caller: Caller, id: string): Promise<{ submitted: number; returned: number; beforeWindowEnds: boolean }> {
    requirePermission(caller.identity, 'nominations.manage');
    const cycle = await this.require(id);
    const [counts] = await this.dataSource.query(
      `SELECT COUNT(*) FILTER (WHERE status = $2)::int AS submitted, COUNT(*) FILTER (WHERE status = $3)::int AS returned
         FROM nomination WHERE cycle_id = $1`,
      [id, NominationStatus.SUBMITTED, NominationStatus.RETURNED],
    );
    return { submitted: counts.submitted, returned: counts.returned, beforeWindowEnds: this.clock() < cycle.closesAt };
  }

  async setQuota(caller: Caller, input: QuotaInput): Promise<NominationQuota> {
    requirePermission(caller.identity, 'nominations.manage');
    const cycle = await this.require(input.cycleId);
    if (cycle.frozenAt) throw new DomainError(ErrorCode.CYCLE_FROZEN, '本年度申报已截止,名额不能再改');
    const quota = { ...input, quota: nonNegative(input.quota, 'quota') };
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(NominationQuota).upsert(quota, ['cycleId', 'organizationId', 'category']);
      await recordAct(tx, caller.identity, { action: 'cycle.quota', subjectType: 'NominationCycle', subjectId: cycle.id, detail: quota });
    });
    return Object.assign(new NominationQuota(), quota);
  }

  /** Pass the transaction's manager when inside one: the embedded database has a single connection. */
  async quotaOf(
    cycle: NominationCycle,
    organizationId: string,
    category: TypicalCategory,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const row = await manager.getRepository(NominationQuota).findOneBy({ cycleId: cycle.id, organizationId, category });
    return row?.quota ?? cycle.defaultQuota;
  }

  async grantExtension(caller: Caller, input: ExtensionInput): Promise<NominationExtension> {
    const admin = requirePermission(caller.identity, 'nominations.manage');
    const cycle = await this.require(input.cycleId);
    if (cycle.status !== NominationCycleStatus.OPEN) throw new DomainError(ErrorCode.CYCLE_FROZEN, '只有申报中的年度可以延期');
    const reason = input.reason?.trim();
    if (!reason) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写延期理由', { field: 'reason' });
    if (input.until <= cycle.closesAt) throw new DomainError(ErrorCode.BAD_USER_INPUT, '延期时间应晚于申报截止时间', { field: 'until' });
    const extension = {
      id: newId(),
      cycleId: cycle.id,
      organizationId: input.organizationId,
      until: input.until,
      reason,
      grantedBy: admin.accountId,
      grantedAt: this.clock(),
    };
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(NominationExtension).insert(extension);
      await recordAct(tx, admin, { action: 'cycle.extension', subjectType: 'NominationCycle', subjectId: cycle.id, detail: extension });
    });
    return Object.assign(new NominationExtension(), extension);
  }

  /**
   * Extensions granted in a cycle (a few, granted one by one), the cycles of one request in one
   * query. A unit sees only its own: the reasons given for others are theirs.
   */
  async extensionsOf(caller: Caller, cycleId: string): Promise<NominationExtension[]> {
    const identity = requireIdentity(caller.identity);
    const all = await caller.loaders
      .get<string, NominationExtension[]>('extension.byCycle', async (ids) => {
        const rows = await this.dataSource
          .getRepository(NominationExtension)
          .find({ where: { cycleId: In(idKeys(ids)) }, order: { grantedAt: 'ASC' } });
        return groupByKey(ids, rows, (e) => e.cycleId);
      })
      .load(cycleId);
    return readsWholeDistrict(identity) ? all : all.filter((e) => e.organizationId === identity.organizationId);
  }

  /** Throws NOMINATION_WINDOW_CLOSED unless the unit may submit to the cycle now (its window or its extension). */
  async assertWindowOpen(cycle: NominationCycle, organizationId: string): Promise<void> {
    const now = this.clock();
    if (cycle.status === NominationCycleStatus.OPEN && now >= cycle.opensAt) {
      if (now < cycle.closesAt) return;
      const extension = await this.dataSource
        .getRepository(NominationExtension)
        .findOneBy({ cycleId: cycle.id, organizationId, until: MoreThan(now) });
      if (extension) return;
    }
    const when = cycle.closesAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
    throw new DomainError(
      ErrorCode.NOMINATION_WINDOW_CLOSED,
      cycle.status === NominationCycleStatus.DRAFT || (cycle.status === NominationCycleStatus.OPEN && now < cycle.opensAt)
        ? `${cycle.year} 年度申报尚未开始`
        : `${cycle.year} 年度申报已于 ${when} 截止`,
    );
  }

  /** A change of the year's settings or stage, and its audit record, in one transaction. */
  private applyVersioned(cycle: NominationCycle, version: number, changes: Partial<NominationCycle>, caller: Caller, action: string) {
    return this.dataSource.transaction(async (tx) => {
      const updated = await updateVersioned(tx, {
        entity: NominationCycle,
        current: cycle,
        version,
        changes,
        stale: '评选年度设置已被他人修改,请刷新后重试',
      });
      await recordAct(tx, caller.identity, { action, subjectType: 'NominationCycle', subjectId: cycle.id, detail: changes });
      return updated;
    });
  }
}

/** The notice's call runs 1–31 July of the year, Beijing time. */
export function defaultWindow(year: number): { opensAt: Date; closesAt: Date } {
  return { opensAt: startOfBeijingDay(`${year}-07-01`), closesAt: endOfBeijingDay(`${year}-07-31`) };
}

function assertWindow(opensAt: Date, closesAt: Date) {
  if (closesAt <= opensAt) throw new DomainError(ErrorCode.BAD_USER_INPUT, '申报截止时间应晚于开始时间', { field: 'closesAt' });
}

function nonNegative(value: number, field: string) {
  if (!Number.isInteger(value) || value < 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, '应为不小于 0 的整数', { field });
  return value;
}
