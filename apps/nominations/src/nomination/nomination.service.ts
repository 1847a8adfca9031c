import {
  byKey,
  type Caller,
  type Connection,
  DomainError,
  firstPagesByParent,
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
  actsForDistrict,
  categoryNomineeKind,
  ErrorCode,
  type Identity,
  isValidPhone,
  NominationStatus as S,
  nominatorStaysInJurisdiction,
  organizationKindLabels,
  OrganizationStatus,
  readsWholeDistrict,
  TypicalCategory,
  typicalCategoryLabels,
  ListLimit,
  TextLimit,
} from '@ronghe/types';
import { type DataSource, type EntityManager, In, type Repository } from 'typeorm';
import type { Clock } from '@ronghe/kit/clock';
import type { NominationCycle } from '../cycle/cycle.entity.js';
import type { CycleService } from '../cycle/cycle.service.js';
import type { Registry } from '../registry/registry.client.js';
import { Honour, Nomination, NominationAttachment, NominationEvent } from './nomination.entity.js';
import type { CreateNominationInput, HonourInput, HonoursArgs, NominationsArgs, UpdateNominationInput } from './nomination.inputs.js';

export const DEEDS_MIN = 20;
export const DEEDS_MAX = TextLimit.FREE_TEXT;
const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
const ATTACHMENTS_MAX = ListLimit.FILES;

// Nominations that count against a quota and block a second nomination of the same nominee.
const LIVE: S[] = [S.DRAFT, S.SUBMITTED, S.RETURNED, S.ACCEPTED];
const EDITABLE: S[] = [S.DRAFT, S.RETURNED];

const byCreation = {
  column: 'n.created_at',
  id: 'n.id',
  key: (n: Nomination): [string, string] => [n.createdAt.toISOString(), n.id],
};

export type NominationParent = 'nomineeOrganizationId' | 'nominatorOrganizationId' | 'nomineePersonId';

/** The nomination workflow and its rules: who may nominate whom, quotas, order, window and status. */
export class NominationService {
  private readonly repo: Repository<Nomination>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
    private readonly registry: Registry,
    private readonly clock: Clock,
  ) {
    this.repo = dataSource.getRepository(Nomination);
  }

  loaderById(loaders: LoaderRegistry) {
    return loaders.get<string, Nomination | null>('nomination.byId', async (ids) => {
      const rows = await this.repo.findBy({ id: In(idKeys(ids)) });
      return byKey(ids, rows, (n) => n.id, null);
    });
  }

  /** A nomination the caller may see: the office, evaluators, approvers and partners all; a unit its own. */
  async get(caller: Caller, id: string): Promise<Nomination | null> {
    const nomination = await this.loaderById(caller.loaders).load(id);
    if (nomination && !this.maySee(caller.identity, nomination)) {
      throw new DomainError(ErrorCode.OUT_OF_JURISDICTION, '只能查看本单位上报的推荐');
    }
    return nomination;
  }

  list(caller: Caller, args: Partial<NominationsArgs>): Promise<Connection<Nomination>> {
    const identity = requireIdentity(caller.identity);
    const query = this.repo.createQueryBuilder('n');
    if (!readsWholeDistrict(identity)) query.andWhere('n.nominator_organization_id = :own', { own: identity.organizationId });
    if (args.cycleId) query.andWhere('n.cycle_id = :cycleId', { cycleId: args.cycleId });
    if (args.category) query.andWhere('n.category = :category', { category: args.category });
    if (args.status) query.andWhere('n.status = :status', { status: args.status });
    if (args.nominatorId) query.andWhere('n.nominator_organization_id = :nominator', { nominator: args.nominatorId });
    return paginate(query, args, byCreation);
  }

  /** A unit's or person's nominations; first pages of many share one batch. A unit operator sees only its own unit's. */
  pageOf(caller: Caller, parent: NominationParent, parentId: string, page: Partial<PageArgs>) {
    const identity = requireIdentity(caller.identity);
    const own = readsWholeDistrict(identity) ? null : identity.organizationId;
    if (page.after) {
      const query = this.repo.createQueryBuilder('n').where(`n.${parent} = :parentId`, { parentId });
      if (own) query.andWhere('n.nominator_organization_id = :own', { own });
      return paginate(query, page, byCreation);
    }
    const first = page.first ?? 20;
    return caller.loaders
      .get<string, Connection<Nomination>>(`nomination.by.${parent}.${first}.${own}`, (parentIds) =>
        firstPagesByParent(this.repo, {
          parentIds,
          parentProperty: parent,
          orderBy: ['createdAt', 'id'],
          key: byCreation.key,
          first,
          ...(own ? { where: 'nominator_organization_id = :own', params: { own } } : {}),
        }),
      )
      .load(parentId);
  }

  async create(caller: Caller, input: CreateNominationInput): Promise<Nomination> {
    const actor = this.assertActsFor(caller.identity, input.nominatorOrganizationId);
    const cycle = await this.cycles.require(input.cycleId);
    await this.cycles.assertWindowOpen(cycle, input.nominatorOrganizationId);
    if (!cycle.openCategories.includes(input.category)) {
      throw new DomainError(ErrorCode.CATEGORY_NOT_OPEN, `${cycle.year} 年度未开放「${typicalCategoryLabels[input.category]}」类推荐`, {
        field: 'category',
      });
    }
    await this.assertNomineeFits(actor, cycle, input);
    const deeds = checkDeeds(input.deeds);
    const contactPhone = checkPhone(input.contactPhone);
    const flags = await this.prescreen(cycle, input);
    const id = newId();
    return this.dataSource.transaction(async (tx) => {
      const used = await this.lockAndCountGroup(tx, cycle.id, input.nominatorOrganizationId, input.category);
      const quota = await this.cycles.quotaOf(cycle, input.nominatorOrganizationId, input.category, tx);
      if (used >= quota) {
        throw new DomainError(ErrorCode.QUOTA_EXCEEDED, `本单位「${typicalCategoryLabels[input.category]}」类名额为 ${quota} 个,已用完`, {
          quota,
        });
      }
      await this.save(() =>
        tx.getRepository(Nomination).insert({
          id,
          cycleId: cycle.id,
          category: input.category,
          nomineeOrganizationId: input.nomineeOrganizationId ?? null,
          nomineePersonId: input.nomineePersonId ?? null,
          nominatorOrganizationId: input.nominatorOrganizationId,
          deeds,
          contactName: input.contactName?.trim() || null,
          contactPhone,
          status: S.DRAFT,
          position: used + 1,
          flags,
          createdBy: actor.accountId,
        }),
      );
      await this.recordEvent(tx, id, null, S.DRAFT, actor);
      return tx.getRepository(Nomination).findOneByOrFail({ id });
    });
  }

  async update(caller: Caller, input: UpdateNominationInput): Promise<Nomination> {
    const current = await this.requireOwn(caller, input.id);
    if (!EDITABLE.includes(current.status)) {
      throw new DomainError(ErrorCode.INVALID_TRANSITION, '已上报的推荐不能修改;如需修改请先撤回或等待退回');
    }
    await this.cycles.assertWindowOpen(await this.cycles.require(current.cycleId), current.nominatorOrganizationId);
    const changes: Partial<Nomination> = {};
    if (input.deeds != null) changes.deeds = checkDeeds(input.deeds);
    if (input.contactName !== undefined) changes.contactName = input.contactName?.trim() || null;
    if (input.contactPhone !== undefined) changes.contactPhone = checkPhone(input.contactPhone);
    return this.dataSource.transaction((tx) => this.applyVersioned(tx, current, input.version, changes));
  }

  submit(caller: Caller, id: string, version: number): Promise<Nomination> {
    return this.transition(caller, id, version, {
      from: EDITABLE,
      to: S.SUBMITTED,
      by: 'unit',
      check: async (n, cycle) => {
        await this.cycles.assertWindowOpen(cycle, n.nominatorOrganizationId);
        return { submittedAt: this.clock(), statusReason: null, flags: await this.prescreen(cycle, n) };
      },
    });
  }

  withdraw(caller: Caller, id: string, version: number): Promise<Nomination> {
    return this.transition(caller, id, version, { from: [S.DRAFT, S.SUBMITTED, S.RETURNED], to: S.WITHDRAWN, by: 'unit' });
  }

  accept(caller: Caller, id: string, version: number): Promise<Nomination> {
    return this.transition(caller, id, version, { from: [S.SUBMITTED], to: S.ACCEPTED, by: 'office' });
  }

  return(caller: Caller, id: string, version: number, reason: string): Promise<Nomination> {
    return this.transition(caller, id, version, { from: [S.SUBMITTED], to: S.RETURNED, by: 'office', reason });
  }

  disqualify(caller: Caller, id: string, version: number, reason: string): Promise<Nomination> {
    return this.transition(caller, id, version, { from: [S.SUBMITTED, S.ACCEPTED], to: S.DISQUALIFIED, by: 'office', reason });
  }

  /** 推荐顺序: the unit lists its live nominations of one category in the order it wants them read. */
  async reorder(
    caller: Caller,
    cycleId: string,
    nominatorId: string,
    category: TypicalCategory,
    orderedIds: string[],
  ): Promise<Nomination[]> {
    this.assertActsFor(caller.identity, nominatorId);
    const cycle = await this.cycles.require(cycleId);
    if (cycle.frozenAt) throw new DomainError(ErrorCode.CYCLE_FROZEN, '本年度申报已截止,顺序不能再调');
    await this.cycles.assertWindowOpen(cycle, nominatorId);
    return this.dataSource.transaction(async (tx) => {
      await this.lockGroup(tx, cycleId, nominatorId, category);
      const group = await tx.getRepository(Nomination).find({
        where: { cycleId, nominatorOrganizationId: nominatorId, category, status: In(LIVE) },
      });
      const ids = new Set(group.map((n) => n.id));
      if (orderedIds.length !== ids.size || !orderedIds.every((id) => ids.has(id)) || new Set(orderedIds).size !== ids.size) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, '请按顺序列出本单位该类别的全部推荐,不多不少');
      }
      for (const [index, id] of orderedIds.entries()) {
        await tx.getRepository(Nomination).update({ id }, { position: index + 1 });
      }
      return tx.getRepository(Nomination).find({ where: { id: In(orderedIds) }, order: { position: 'ASC' } });
    });
  }

  /** The steps of every nomination of a request in one query. */
  history(loaders: LoaderRegistry, nominationId: string): Promise<NominationEvent[]> {
    return loaders
      .get<string, NominationEvent[]>('event.byNomination', async (ids) => {
        const rows = await this.dataSource
          .getRepository(NominationEvent)
          .find({ where: { nominationId: In([...ids]) }, order: { seq: 'ASC' } });
        return groupByKey(ids, rows, (r) => r.nominationId);
      })
      .load(nominationId);
  }

  /** Used and allowed places per nominating unit and category in a cycle. */
  async quotaOverview(caller: Caller, cycleId: string) {
    const identity = requireIdentity(caller.identity);
    const cycle = await this.cycles.require(cycleId);
    // One statement: each unit's live nominations per category beside its quota (its own, else the cycle's default).
    const rows: { nominator: string; category: TypicalCategory; used: string; quota: number | null }[] = await this.repo
      .createQueryBuilder('n')
      .select('n.nominator_organization_id', 'nominator')
      .addSelect('n.category', 'category')
      .addSelect('COUNT(*)', 'used')
      .addSelect('MAX(q.quota)', 'quota')
      .leftJoin(
        'nomination_quota',
        'q',
        'q.cycle_id = n.cycle_id AND q.organization_id = n.nominator_organization_id AND q.category = n.category',
      )
      .where('n.cycle_id = :cycleId AND n.status IN (:...live)', { cycleId, live: LIVE })
      .andWhere(readsWholeDistrict(identity) ? 'TRUE' : 'n.nominator_organization_id = :own', { own: identity.organizationId })
      .groupBy('n.nominator_organization_id')
      .addGroupBy('n.category')
      .orderBy('n.nominator_organization_id')
      .addOrderBy('n.category')
      .getRawMany();
    return rows.map((r) => ({
      nominatorOrganizationId: r.nominator,
      category: r.category,
      used: Number(r.used),
      quota: r.quota ?? cycle.defaultQuota,
    }));
  }

  async addAttachment(caller: Caller, nominationId: string, fileName: string, mimeType: string, contentBase64: string) {
    const refusal = '已上报的推荐不能再添加附件';
    await this.requireEditableMaterial(caller, nominationId, refusal);
    const content = Buffer.from(contentBase64, 'base64');
    const name = fileName.trim();
    if (!name || content.length === 0) throw new DomainError(ErrorCode.INVALID_FILE, '附件为空');
    if (content.length > ATTACHMENT_MAX_BYTES) throw new DomainError(ErrorCode.INVALID_FILE, '单个附件不能超过 5 MB');
    const attachment = {
      id: newId(),
      nominationId,
      fileName: name,
      mimeType: mimeType || 'application/octet-stream',
      size: content.length,
      content,
      uploadedAt: this.clock(),
    };
    await this.dataSource.transaction(async (tx) => {
      await this.lockEditable(tx, nominationId, refusal);
      if ((await tx.getRepository(NominationAttachment).countBy({ nominationId })) >= ATTACHMENTS_MAX) {
        throw new DomainError(ErrorCode.INVALID_FILE, `每个推荐最多 ${ATTACHMENTS_MAX} 个附件`);
      }
      await tx.getRepository(NominationAttachment).insert(attachment);
      await recordAct(tx, caller.identity, {
        action: 'nomination.attachment-add',
        subjectType: 'Nomination',
        subjectId: nominationId,
        detail: { attachmentId: attachment.id, fileName: name, size: content.length },
      });
    });
    const { content: _content, ...metadata } = attachment;
    return Object.assign(new NominationAttachment(), metadata);
  }

  /** Removes an attachment while its nomination is still the unit's to edit (a draft or returned, window open). */
  async removeAttachment(caller: Caller, id: string): Promise<NominationAttachment> {
    const attachment = await this.dataSource.getRepository(NominationAttachment).findOneBy({ id });
    if (!attachment) throw notFound('附件', id);
    const refusal = '已上报的推荐不能删除附件';
    await this.requireEditableMaterial(caller, attachment.nominationId, refusal);
    await this.dataSource.transaction(async (tx) => {
      await this.lockEditable(tx, attachment.nominationId, refusal);
      await tx.getRepository(NominationAttachment).delete({ id });
      // The file is gone: the act keeps what it was, so the office can answer for the material.
      await recordAct(tx, caller.identity, {
        action: 'nomination.attachment-remove',
        subjectType: 'Nomination',
        subjectId: attachment.nominationId,
        detail: { attachmentId: id, fileName: attachment.fileName, size: attachment.size },
      });
    });
    return attachment;
  }

  /** An attachment with its content, for whoever may read its nomination (its unit, the office, evaluators, approvers). */
  async attachmentFile(caller: Caller, id: string): Promise<{ attachment: NominationAttachment; content: Buffer }> {
    const attachment = await this.dataSource
      .getRepository(NominationAttachment)
      .createQueryBuilder('a')
      .addSelect('a.content')
      .where('a.id = :id', { id })
      .getOne();
    if (!attachment) throw notFound('附件', id);
    await this.get(caller, attachment.nominationId);
    return { attachment, content: attachment.content };
  }

  attachmentsOf(loaders: LoaderRegistry, nominationId: string): Promise<NominationAttachment[]> {
    return loaders
      .get<string, NominationAttachment[]>('attachment.byNomination', async (ids) => {
        const rows = await this.dataSource
          .getRepository(NominationAttachment)
          .find({ where: { nominationId: In([...ids]) }, order: { uploadedAt: 'ASC' } });
        return groupByKey(ids, rows, (r) => r.nominationId);
      })
      .load(nominationId);
  }

  async recordHonour(caller: Caller, input: HonourInput): Promise<Honour> {
    const [honour] = await this.recordHonours(caller, [input]);
    return honour!;
  }

  /** Records commendations (the review does at its end); recording the same one twice keeps one. */
  async recordHonours(caller: Caller, inputs: HonourInput[]): Promise<Honour[]> {
    requirePermission(caller.identity, 'commendation.manage');
    const rows = inputs.map((input) => {
      if ((input.nomineeOrganizationId == null) === (input.nomineePersonId == null)) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, '请指定一个受表彰的单位或个人');
      }
      return {
        id: newId(),
        ...input,
        nomineeOrganizationId: input.nomineeOrganizationId ?? null,
        nomineePersonId: input.nomineePersonId ?? null,
        title: input.title.trim(),
      };
    });
    await this.dataSource.transaction(async (tx) => {
      for (const row of rows) {
        await tx.query(
          `INSERT INTO honour (id, year, category, nominee_organization_id, nominee_person_id, title) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
          [row.id, row.year, row.category, row.nomineeOrganizationId, row.nomineePersonId, row.title],
        );
      }
    });
    return rows.map((row) => Object.assign(new Honour(), row));
  }

  /** Recorded commendations (those from before the system included), the latest recorded first. */
  honours(caller: Caller, args: Partial<HonoursArgs>): Promise<Connection<Honour>> {
    requireIdentity(caller.identity);
    const query = this.dataSource.getRepository(Honour).createQueryBuilder('h');
    if (args.year) query.andWhere('h.year = :year', { year: args.year });
    return paginate(query, args, {
      column: 'h.recorded_at',
      id: 'h.id',
      key: (h: Honour): [string, string] => [h.recordedAt.toISOString(), h.id],
      descending: true,
    });
  }

  /** The frozen hand-over to the review: the nominations accepted when the cycle closed. */
  async frozenSet(caller: Caller, cycleId: string): Promise<Nomination[]> {
    requireIdentity(caller.identity);
    const cycle = await this.cycles.require(cycleId);
    if (!cycle.frozenAt) throw new DomainError(ErrorCode.CONFLICT, `${cycle.year} 年度申报尚未截止,推荐名单还未冻结`);
    return this.repo.find({
      where: { cycleId, status: S.ACCEPTED },
      order: { nominatorOrganizationId: 'ASC', category: 'ASC', position: 'ASC' },
    });
  }

  private async transition(
    caller: Caller,
    id: string,
    version: number,
    rule: {
      from: S[];
      to: S;
      by: 'unit' | 'office';
      reason?: string;
      check?: (n: Nomination, cycle: NominationCycle) => Promise<Partial<Nomination>>;
    },
  ): Promise<Nomination> {
    const current = rule.by === 'unit' ? await this.requireOwn(caller, id) : await this.requireForOffice(caller, id);
    const actor = requireIdentity(caller.identity);
    const cycle = await this.cycles.require(current.cycleId);
    if (cycle.frozenAt) throw frozen(cycle.year);
    if (!rule.from.includes(current.status)) {
      throw new DomainError(ErrorCode.INVALID_TRANSITION, `当前状态下不能执行此操作`, { status: current.status });
    }
    const reason = rule.reason?.trim();
    if (rule.reason !== undefined && !reason) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写理由', { field: 'reason' });
    const extra = rule.check ? await rule.check(current, cycle) : {};
    return this.dataSource.transaction(async (tx) => {
      // Closing the cycle takes its row lock: a step racing the close either lands before it or sees the freeze.
      const [held] = await tx.query('SELECT frozen_at FROM nomination_cycle WHERE id = $1 FOR SHARE', [cycle.id]);
      if (held?.frozen_at) throw frozen(cycle.year);
      const updated = await this.applyVersioned(tx, current, version, {
        ...extra,
        status: rule.to,
        ...(reason ? { statusReason: reason } : {}),
      });
      if (rule.to === S.SUBMITTED) await this.assertRoomToSubmit(tx, cycle, current);
      if (rule.to === S.WITHDRAWN || rule.to === S.DISQUALIFIED) {
        // Under the group's lock, as creating and reordering are: positions stay 1…n without gaps or repeats.
        await this.lockGroup(tx, current.cycleId, current.nominatorOrganizationId, current.category);
        await this.compactPositions(tx, current);
      }
      await this.recordEvent(tx, id, current.status, rule.to, actor, reason ?? null);
      return tx.getRepository(Nomination).findOneByOrFail({ id: updated.id });
    });
  }

  /**
   * A quota lowered after drafts were written: the drafts stay, but only as many as the quota allows
   * go up to the office. Counted under the group's lock, as creating is.
   */
  private async assertRoomToSubmit(tx: EntityManager, cycle: NominationCycle, n: Nomination) {
    const count = await this.lockAndCountGroup(tx, cycle.id, n.nominatorOrganizationId, n.category, [S.SUBMITTED, S.ACCEPTED], n.id);
    const quota = await this.cycles.quotaOf(cycle, n.nominatorOrganizationId, n.category, tx);
    if (count >= quota) {
      throw new DomainError(ErrorCode.QUOTA_EXCEEDED, `该类别名额为 ${quota} 个,已上报 ${count} 个,请先撤回其他推荐`, {
        quota,
        submitted: count,
      });
    }
  }

  private async compactPositions(tx: EntityManager, n: Nomination) {
    await tx.query(
      `UPDATE nomination SET position = ranked.rn
         FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY position, created_at, id) AS rn FROM nomination
                WHERE cycle_id = $1 AND nominator_organization_id = $2 AND category = $3 AND status = ANY($4)) ranked
        WHERE nomination.id = ranked.id`,
      [n.cycleId, n.nominatorOrganizationId, n.category, LIVE],
    );
  }

  /** Serialises quota checks, numbering and reordering of one unit's nominations in one category. */
  private async lockGroup(tx: EntityManager, cycleId: string, nominatorId: string, category: string): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`nomination:${cycleId}:${nominatorId}:${category}`]);
  }

  /** Locks the group, then counts its nominations in these statuses (by default the live ones). */
  private async lockAndCountGroup(
    tx: EntityManager,
    cycleId: string,
    nominatorId: string,
    category: string,
    statuses: S[] = LIVE,
    except: string | null = null,
  ): Promise<number> {
    await this.lockGroup(tx, cycleId, nominatorId, category);
    const [{ count }] = await tx.query(
      'SELECT COUNT(*)::int AS count FROM nomination WHERE cycle_id = $1 AND nominator_organization_id = $2 AND category = $3 AND status = ANY($4) AND id IS DISTINCT FROM $5',
      [cycleId, nominatorId, category, statuses, except],
    );
    return count;
  }

  private async assertNomineeFits(actor: Identity, cycle: NominationCycle, input: CreateNominationInput) {
    const wantsPerson = input.category === TypicalCategory.MIGRANT_WORKER;
    if (wantsPerson ? !input.nomineePersonId || input.nomineeOrganizationId : !input.nomineeOrganizationId || input.nomineePersonId) {
      throw new DomainError(
        ErrorCode.NOMINEE_KIND_MISMATCH,
        wantsPerson
          ? '「优秀外来务工人员」类应推荐一名登记在册的外来务工人员'
          : `「${typicalCategoryLabels[input.category]}」类应推荐一个单位`,
        { field: wantsPerson ? 'nomineePersonId' : 'nomineeOrganizationId' },
      );
    }
    const facts = await this.registry.facts(
      [input.nominatorOrganizationId, ...(input.nomineeOrganizationId ? [input.nomineeOrganizationId] : [])],
      input.nomineePersonId ? [input.nomineePersonId] : [],
      actor,
    );
    const nominator = facts.units.find((u) => u.id === input.nominatorOrganizationId);
    if (!nominator) throw new DomainError(ErrorCode.BAD_USER_INPUT, '推荐单位不存在', { field: 'nominatorOrganizationId' });
    if (nominator.status !== OrganizationStatus.ACTIVE) {
      throw new DomainError(ErrorCode.NOT_A_NOMINATING_UNIT, `「${nominator.name}」已撤销,不能再推荐`, {
        field: 'nominatorOrganizationId',
      });
    }
    if (!cycle.nominatorKinds.includes(nominator.kind)) {
      throw new DomainError(
        ErrorCode.NOT_A_NOMINATING_UNIT,
        `「${nominator.name}」(${organizationKindLabels[nominator.kind]})不是本年度的推荐单位`,
        { field: 'nominatorOrganizationId' },
      );
    }
    let lineage: string[];
    if (wantsPerson) {
      const person = facts.persons.find((p) => p.id === input.nomineePersonId);
      if (!person) throw new DomainError(ErrorCode.NOMINEE_KIND_MISMATCH, '被推荐人不在外来务工人员名录中', { field: 'nomineePersonId' });
      lineage = person.lineage;
    } else {
      const unit = facts.units.find((u) => u.id === input.nomineeOrganizationId);
      if (!unit) throw new DomainError(ErrorCode.BAD_USER_INPUT, '被推荐单位不存在', { field: 'nomineeOrganizationId' });
      const wanted = categoryNomineeKind[input.category];
      if (unit.kind !== wanted) {
        throw new DomainError(
          ErrorCode.NOMINEE_KIND_MISMATCH,
          `「${unit.name}」是${organizationKindLabels[unit.kind]},不能作为「${typicalCategoryLabels[input.category]}」类典型推荐`,
          { field: 'nomineeOrganizationId' },
        );
      }
      if (unit.status !== OrganizationStatus.ACTIVE) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `「${unit.name}」已撤销,不能推荐`, { field: 'nomineeOrganizationId' });
      }
      lineage = unit.lineage;
    }
    if (nominatorStaysInJurisdiction(nominator.kind) && !lineage.includes(nominator.id)) {
      throw new DomainError(ErrorCode.OUT_OF_JURISDICTION, `「${nominator.name}」只能推荐本辖区内的对象`, {
        field: wantsPerson ? 'nomineePersonId' : 'nomineeOrganizationId',
      });
    }
  }

  /** 预审: nominees commended in the same category within the cycle's look-back are flagged for the office. */
  private async prescreen(
    cycle: NominationCycle,
    n: Pick<Nomination, 'category'> & Partial<Pick<Nomination, 'nomineeOrganizationId' | 'nomineePersonId'>>,
  ): Promise<string[]> {
    if (cycle.honourLookbackYears <= 0) return [];
    const honours = await this.dataSource
      .getRepository(Honour)
      .createQueryBuilder('h')
      .where('h.category = :category AND h.year >= :since AND h.year < :year', {
        category: n.category,
        since: cycle.year - cycle.honourLookbackYears,
        year: cycle.year,
      })
      .andWhere(n.nomineePersonId ? 'h.nominee_person_id = :who' : 'h.nominee_organization_id = :who', {
        who: n.nomineePersonId ?? n.nomineeOrganizationId,
      })
      .orderBy('h.year', 'DESC')
      .getMany();
    return honours.map((h) => `${h.year} 年已获同类表彰(${h.title}),近 ${cycle.honourLookbackYears} 年内再次推荐`);
  }

  private applyVersioned(tx: EntityManager, current: Nomination, version: number, changes: Partial<Nomination>) {
    return this.save(() =>
      updateVersioned(tx, { entity: Nomination, current, version, changes, stale: '该推荐已被他人修改,请刷新后重试' }),
    );
  }

  private recordEvent(tx: EntityManager, nominationId: string, from: S | null, to: S, actor: Identity, reason: string | null = null) {
    return tx.getRepository(NominationEvent).insert({
      id: newId(),
      nominationId,
      fromStatus: from,
      toStatus: to,
      actorAccountId: actor.accountId,
      actorUsername: actor.username,
      reason,
      occurredAt: this.clock(),
    });
  }

  private save<T>(write: () => Promise<T>): Promise<T> {
    const duplicate = () => new DomainError(ErrorCode.DUPLICATE, '该对象本年度已在此类别被推荐过');
    return onUniqueViolation(write, { nomination_unit_once_key: duplicate, nomination_person_once_key: duplicate });
  }

  /** The office, or an operator of the nominating unit itself. */
  private assertActsFor(identity: Identity | null, nominatorId: string): Identity {
    const caller = requirePermission(identity, 'nominations.submit');
    if (actsForDistrict(caller, 'nominations.submit') || caller.organizationId === nominatorId) return caller;
    throw new DomainError(ErrorCode.OUT_OF_JURISDICTION, '只能以本单位名义推荐');
  }

  private async requireOwn(caller: Caller, id: string): Promise<Nomination> {
    const nomination = await this.loaderById(caller.loaders).load(id);
    if (!nomination) throw notFound('推荐', id);
    this.assertActsFor(caller.identity, nomination.nominatorOrganizationId);
    return nomination;
  }

  /** The unit's own nomination while it may still change its material: a draft or returned, inside its window. */
  private async requireEditableMaterial(caller: Caller, nominationId: string, refusal: string): Promise<Nomination> {
    const nomination = await this.requireOwn(caller, nominationId);
    if (!EDITABLE.includes(nomination.status)) throw new DomainError(ErrorCode.INVALID_TRANSITION, refusal, { status: nomination.status });
    await this.cycles.assertWindowOpen(await this.cycles.require(nomination.cycleId), nomination.nominatorOrganizationId);
    return nomination;
  }

  /** The nomination's row lock serialises material changes (the limit holds) and waits for a submit in flight. */
  private async lockEditable(tx: EntityManager, nominationId: string, refusal: string): Promise<void> {
    const [locked] = await tx.query('SELECT status FROM nomination WHERE id = $1 FOR UPDATE', [nominationId]);
    if (!EDITABLE.includes(locked.status)) throw new DomainError(ErrorCode.INVALID_TRANSITION, refusal, { status: locked.status });
  }

  private async requireForOffice(caller: Caller, id: string): Promise<Nomination> {
    requirePermission(caller.identity, 'nominations.manage');
    const nomination = await this.loaderById(caller.loaders).load(id);
    if (!nomination) throw notFound('推荐', id);
    return nomination;
  }

  private maySee(identity: Identity | null, nomination: Nomination): boolean {
    const caller = requireIdentity(identity);
    return readsWholeDistrict(caller) || nomination.nominatorOrganizationId === caller.organizationId;
  }
}

function checkDeeds(text: string): string {
  const deeds = text?.trim() ?? '';
  if (deeds.length < DEEDS_MIN || deeds.length > DEEDS_MAX) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `事迹材料应为 ${DEEDS_MIN} 至 ${DEEDS_MAX} 字,现为 ${deeds.length} 字`, {
      field: 'deeds',
    });
  }
  return deeds;
}

function checkPhone(phone: string | null | undefined): string | null {
  const value = phone?.trim() || null;
  if (value && !isValidPhone(value)) throw new DomainError(ErrorCode.INVALID_PHONE, '联系电话格式不正确', { field: 'contactPhone' });
  return value;
}

const frozen = (year: number) => new DomainError(ErrorCode.CYCLE_FROZEN, `${year} 年度申报已截止,推荐名单已冻结`);
