import { recordAct, type Caller, DomainError, groupByKey, idKeys, newId, requireIdentity, requirePermission } from '@ronghe/kit';
import type { Clock } from '@ronghe/kit/clock';
import { can, ErrorCode, ResultOutcome, ReviewStatus } from '@ronghe/types';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import type { CalendarService } from '../calendar/calendar.service.js';
import { beijingDate, isIsoDate } from '../calendar/working-days.js';
import { NominationResult } from '../result/result.entity.js';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import { Review } from '../review/review.entity.js';
import type { ReviewService } from '../review/review.service.js';
import type { Upstream } from '../upstream/upstream.client.js';
import { Approval, ApprovalDecision, Objection, ObjectionStatus, ShortlistChange } from './approval.entities.js';
import { maskName } from './mask.js';

/**
 * From ranking to commendation: the shortlist (with recorded manual changes), the joint approval by
 * every commending agency of one version of it, the publicity period counted in working days, and
 * objections, an upheld one moving the next-ranked nomination up and sending the list back for approval.
 */
export class ApprovalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewService,
    private readonly calendar: CalendarService,
    private readonly upstream: Upstream,
    private readonly clock: Clock,
  ) {}

  async setCommendingAgencies(caller: Caller, reviewId: string, agencyIds: string[]): Promise<Review> {
    requirePermission(caller.identity, 'review.manage');
    if (agencyIds.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, '至少需要一个表彰单位');
    const agencies = [...new Set(agencyIds)];
    const name = async (tx: EntityManager) => {
      await tx.getRepository(Review).update({ id: reviewId }, { commendingAgencyIds: agencies });
      await recordAct(tx, caller.identity, {
        action: 'review.agencies',
        subjectType: 'Review',
        subjectId: reviewId,
        detail: { agencyIds: agencies },
      });
    };
    // Before ranking there is no list to approve yet: the agencies are named with the review's setup.
    const named = await this.dataSource.transaction(async (tx) => {
      const review = await this.reviews.lock(reviewId, tx);
      if (review.status !== ReviewStatus.DRAFT && review.status !== ReviewStatus.SCORING) return null;
      await name(tx);
      return tx.getRepository(Review).findOneByOrFail({ id: reviewId });
    });
    if (named) return named;
    return this.changeList(reviewId, name);
  }

  /** A manual change of the shortlist by the office, with its reason; voids earlier approvals. */
  async changeShortlist(caller: Caller, reviewId: string, nominationId: string, include: boolean, reason: string): Promise<Review> {
    const admin = requirePermission(caller.identity, 'commendation.manage');
    if (!reason.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, '调整名单须填写理由', { field: 'reason' });
    return this.changeList(reviewId, async (tx) => {
      const result = await tx.getRepository(NominationResult).findOneBy({ reviewId, nominationId });
      if (!result) throw new DomainError(ErrorCode.NOT_FOUND, '该推荐没有评审结果');
      await tx
        .getRepository(NominationResult)
        .update({ id: result.id }, { outcome: include ? ResultOutcome.SHORTLISTED : ResultOutcome.NOT_SHORTLISTED });
      await tx.getRepository(ShortlistChange).insert({
        id: newId(),
        reviewId,
        nominationId,
        included: include,
        reason: reason.trim(),
        changedBy: admin.accountId,
        changedAt: this.clock(),
      });
      await recordAct(tx, admin, {
        action: 'shortlist.change',
        subjectType: 'Nomination',
        subjectId: nominationId,
        detail: { reviewId, include, reason },
      });
    });
  }

  /** An APPROVER of a commending agency approves the current version of the list. */
  approve(caller: Caller, reviewId: string, shortlistVersion: number): Promise<Review> {
    return this.decide(caller, { reviewId, shortlistVersion, decision: ApprovalDecision.APPROVED, reason: null });
  }

  /** An APPROVER declines the current version, with a reason the office reads; the list stays ranked. */
  decline(caller: Caller, options: { reviewId: string; shortlistVersion: number; reason: string }): Promise<Review> {
    if (!options.reason.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, '不同意须填写理由', { field: 'reason' });
    return this.decide(caller, { ...options, decision: ApprovalDecision.DECLINED, reason: options.reason.trim() });
  }

  /**
   * Records an agency's decision on one version of the list. Its latest decision on that version counts
   * (an agency that declined may approve the same version later); the list is approved when every
   * commending agency's latest decision is approval.
   */
  private async decide(
    caller: Caller,
    options: { reviewId: string; shortlistVersion: number; decision: ApprovalDecision; reason: string | null },
  ): Promise<Review> {
    const approver = requirePermission(caller.identity, 'commendation.approve');
    const { reviewId, shortlistVersion, decision } = options;
    return this.dataSource.transaction(async (tx) => {
      const review = await this.reviews.lock(reviewId, tx);
      if (review.status !== ReviewStatus.RANKED) {
        const approved = [ReviewStatus.APPROVED, ReviewStatus.PUBLICITY, ReviewStatus.FINAL].includes(review.status);
        throw new DomainError(approved ? ErrorCode.LIST_ALREADY_APPROVED : ErrorCode.LIST_NOT_RANKED, '名单尚未排定,或已审批');
      }
      if (!review.commendingAgencyIds.includes(approver.organizationId)) {
        throw new DomainError(ErrorCode.FORBIDDEN, '您所在单位不是本次联合表彰单位');
      }
      if (review.shortlistVersion !== shortlistVersion) {
        throw new DomainError(ErrorCode.STALE_VERSION, '名单已有变动,请查看最新名单后再审批');
      }
      const approvals = tx.getRepository(Approval);
      const current = await approvals.findBy({ reviewId, shortlistVersion, voidedAt: IsNull() });
      const previous = current.find((a) => a.agencyOrganizationId === approver.organizationId);
      if (previous?.decision === decision) {
        throw new DomainError(
          ErrorCode.DUPLICATE,
          decision === ApprovalDecision.APPROVED ? '本单位已审批过该版本名单' : '本单位已对该版本名单提出不同意见',
        );
      }
      // The agency's earlier decision on this version stays in the record, superseded.
      if (previous) await approvals.update({ id: previous.id }, { voidedAt: this.clock() });
      const row = {
        id: newId(),
        reviewId,
        agencyOrganizationId: approver.organizationId,
        approverAccountId: approver.accountId,
        approverUsername: approver.username,
        shortlistVersion,
        decision,
        reason: options.reason,
        approvedAt: this.clock(),
        voidedAt: null,
      };
      await approvals.insert(row);
      await recordAct(tx, approver, {
        action: decision === ApprovalDecision.APPROVED ? 'shortlist.approve' : 'shortlist.decline',
        subjectType: 'Review',
        subjectId: reviewId,
        detail: { shortlistVersion, ...(options.reason ? { reason: options.reason } : {}) },
      });
      const decisions = new Map(current.map((a) => [a.agencyOrganizationId, a.decision]));
      decisions.set(approver.organizationId, decision);
      if (review.commendingAgencyIds.every((id) => decisions.get(id) === ApprovalDecision.APPROVED)) {
        await tx.getRepository(Review).update({ id: reviewId }, { status: ReviewStatus.APPROVED });
      }
      return tx.getRepository(Review).findOneByOrFail({ id: reviewId });
    });
  }

  /** A review's approvals, the reviews of one request in one query. */
  approvalsOf(caller: Caller, reviewId: string): Promise<Approval[]> {
    return caller.loaders
      .get<string, Approval[]>('approval.byReview', async (ids) => {
        const found = await this.dataSource
          .getRepository(Approval)
          .find({ where: { reviewId: In(idKeys(ids)) }, order: { approvedAt: 'ASC' } });
        return groupByKey(ids, found, (a) => a.reviewId);
      })
      .load(reviewId);
  }

  /**
   * Publishes the approved list from `startDate` (today by default) for the review's number of working
   * days. A start before today is a 公示 already posted on paper: it needs `paperReason`, kept on the
   * review with who recorded it and when.
   */
  async startPublicity(
    caller: Caller,
    options: { reviewId: string; startDate?: string | null; paperReason?: string | null },
  ): Promise<Review> {
    const admin = requirePermission(caller.identity, 'commendation.manage');
    const now = this.clock();
    const today = beijingDate(now);
    const start = options.startDate ?? today;
    if (!isIsoDate(start))
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `公示开始日期应为 YYYY-MM-DD 格式的有效日期: ${start}`, { field: 'startDate' });
    const paperReason = options.paperReason?.trim() || null;
    if (start < today && !paperReason)
      throw new DomainError(ErrorCode.PUBLICITY_START_IN_PAST, `公示开始日期 ${start} 早于今天;只有已在线下张贴的公示才能补录,须填写理由`, {
        field: 'paperReason',
      });
    return this.dataSource.transaction(async (tx) => {
      const review = await this.reviews.lock(options.reviewId, tx);
      if (review.status !== ReviewStatus.APPROVED) throw new DomainError(ErrorCode.LIST_NOT_APPROVED, '名单须经全部表彰单位审批后才能公示');
      const ends = await this.calendar.endOfPeriod(start, review.publicityWorkingDays, tx);
      await tx.getRepository(Review).update(
        { id: review.id },
        {
          status: ReviewStatus.PUBLICITY,
          publicityStarts: start,
          publicityEnds: ends,
          publicityPaperReason: start < today ? paperReason : null,
          publicityStartedBy: admin.username,
          publicityStartedAt: now,
        },
      );
      await recordAct(tx, caller.identity, {
        action: 'publicity.start',
        subjectType: 'Review',
        subjectId: review.id,
        detail: { start, ends, ...(paperReason && start < today ? { paperReason } : {}) },
      });
      return tx.getRepository(Review).findOneByOrFail({ id: review.id });
    });
  }

  /** Anyone may object during publicity, under their real name and with a way to reach them. */
  async object(
    caller: Caller,
    input: { reviewId: string; nominationId: string; objectorName: string; objectorContact: string; content: string },
  ): Promise<Objection> {
    requirePermission(caller.identity, 'objections.raise');
    const review = await this.reviews.require(input.reviewId);
    if (review.status !== ReviewStatus.PUBLICITY) throw new DomainError(ErrorCode.NOT_IN_PUBLICITY, '当前不在公示期');
    if (!input.objectorName.trim() || !input.objectorContact.trim())
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '异议须实名并留下联系方式');
    if (!input.content.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写异议内容', { field: 'content' });
    const onList = await this.dataSource
      .getRepository(NominationResult)
      .existsBy({ reviewId: input.reviewId, nominationId: input.nominationId, outcome: ResultOutcome.SHORTLISTED });
    if (!onList) throw new DomainError(ErrorCode.NOT_ON_PUBLIC_LIST, '该推荐不在公示名单中');
    const objection = {
      id: newId(),
      ...input,
      objectorName: input.objectorName.trim(),
      objectorContact: input.objectorContact.trim(),
      content: input.content.trim(),
      status: ObjectionStatus.OPEN,
      answer: null,
      answeredBy: null,
      answeredAt: null,
      receivedAt: this.clock(),
    };
    await this.dataSource.getRepository(Objection).insert(objection);
    return Object.assign(new Objection(), objection);
  }

  /**
   * Answers an objection. Upheld: the nominee leaves the list, the best-ranked nomination not on it
   * moves up, and the changed list needs approval and publication again. Dismissed: a reason is kept.
   */
  async answerObjection(caller: Caller, objectionId: string, upheld: boolean, answer: string): Promise<Objection> {
    const admin = requirePermission(caller.identity, 'commendation.manage');
    if (!answer.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写答复', { field: 'answer' });
    const objection = await this.dataSource.getRepository(Objection).findOneBy({ id: objectionId });
    if (!objection) throw new DomainError(ErrorCode.NOT_FOUND, '异议不存在');
    if (objection.status !== ObjectionStatus.OPEN) throw new DomainError(ErrorCode.OBJECTION_ALREADY_ANSWERED, '该异议已答复');
    await this.changeList(objection.reviewId, async (tx, review) => {
      // Answered once: of two answers racing, the second finds it no longer open.
      const answered = await tx.getRepository(Objection).update(
        { id: objectionId, status: ObjectionStatus.OPEN },
        {
          status: upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED,
          answer: answer.trim(),
          answeredBy: admin.accountId,
          answeredAt: this.clock(),
        },
      );
      if (answered.affected !== 1) throw new DomainError(ErrorCode.OBJECTION_ALREADY_ANSWERED, '该异议已答复');
      await recordAct(tx, admin, {
        action: upheld ? 'objection.uphold' : 'objection.dismiss',
        subjectType: 'Nomination',
        subjectId: objection.nominationId,
        detail: { reviewId: objection.reviewId, objectionId, answer: answer.trim() },
      });
      if (!upheld) return false;
      const results = tx.getRepository(NominationResult);
      const nominee = await results.findOneBy({ reviewId: objection.reviewId, nominationId: objection.nominationId });
      if (!nominee) throw new DomainError(ErrorCode.NOT_FOUND, '该推荐没有评审结果');
      // Marked even when already off the list, so no later replacement brings it back.
      await results.update(
        { id: nominee.id },
        {
          outcome: nominee.outcome === ResultOutcome.SHORTLISTED ? ResultOutcome.NOT_SHORTLISTED : nominee.outcome,
          removedReason: nominee.removedReason ?? answer.trim(),
        },
      );
      // Another upheld objection or a manual change took it off already: the list is unchanged.
      if (nominee.outcome !== ResultOutcome.SHORTLISTED) return false;
      const next = await this.replacement(tx, review);
      if (next) await results.update({ id: next.id }, { outcome: ResultOutcome.SHORTLISTED });
      return true;
    });
    return this.dataSource.getRepository(Objection).findOneByOrFail({ id: objectionId });
  }

  /**
   * The best-ranked nomination off the list that may move up: not removed on an objection, not taken
   * off by the office (putting it back is the office's decision), and within its category's cap.
   * Each recorded change flips a nomination on or off, so more exclusions than inclusions means the
   * ranking put it on and the office took it off; an inclusion the office undid leaves an ordinary candidate.
   */
  private async replacement(tx: EntityManager, review: Review): Promise<NominationResult | null> {
    const results = tx.getRepository(NominationResult);
    const onList = await results.findBy({ reviewId: review.id, outcome: ResultOutcome.SHORTLISTED });
    const perCategory = new Map<string, number>();
    for (const r of onList) perCategory.set(r.category ?? '', (perCategory.get(r.category ?? '') ?? 0) + 1);
    const candidates = await results
      .createQueryBuilder('r')
      .where('r.review_id = :reviewId AND r.outcome = :out AND r.removed_reason IS NULL AND r.rank IS NOT NULL', {
        reviewId: review.id,
        out: ResultOutcome.NOT_SHORTLISTED,
      })
      .andWhere(
        `(SELECT count(*) FILTER (WHERE NOT c.included) - count(*) FILTER (WHERE c.included)
            FROM shortlist_change c WHERE c.review_id = r.review_id AND c.nomination_id = r.nomination_id) <= 0`,
      )
      .orderBy('r.rank', 'ASC')
      .addOrderBy('r.nomination_id', 'ASC')
      .getMany();
    const caps = review.categoryCaps ?? {};
    return (
      candidates.find((r) => caps[r.category ?? ''] === undefined || (perCategory.get(r.category ?? '') ?? 0) < caps[r.category ?? '']!) ??
      null
    );
  }

  /**
   * A review's objections, the reviews of one request in one query. Objectors give their names and
   * contacts to the office: others see the objection with the name masked and no contact.
   */
  async objectionsOf(caller: Caller, reviewId: string): Promise<Objection[]> {
    const identity = requireIdentity(caller.identity);
    const rows = await caller.loaders
      .get<string, Objection[]>('objection.byReview', async (ids) => {
        const found = await this.dataSource
          .getRepository(Objection)
          .find({ where: { reviewId: In(idKeys(ids)) }, order: { receivedAt: 'ASC' } });
        return groupByKey(ids, found, (o) => o.reviewId);
      })
      .load(reviewId);
    if (can(identity, 'commendation.manage')) return rows;
    return rows.map((o) => Object.assign(new Objection(), o, { objectorName: maskName(o.objectorName), objectorContact: '' }));
  }

  /**
   * After the publicity period has ended on the working-day calendar, with no objection open, the
   * shortlist becomes the commended list; the decision is dated today and carries its 文号.
   */
  async finalize(caller: Caller, options: { reviewId: string; decisionNumber?: string | null }): Promise<Review> {
    const admin = requirePermission(caller.identity, 'commendation.manage');
    const { reviewId } = options;
    const today = beijingDate(this.clock());
    return this.dataSource.transaction(async (tx) => {
      const review = await this.reviews.lock(reviewId, tx);
      if (review.status !== ReviewStatus.PUBLICITY || !review.publicityEnds)
        throw new DomainError(ErrorCode.NOT_IN_PUBLICITY, '名单尚未公示');
      if (today <= review.publicityEnds)
        throw new DomainError(ErrorCode.PUBLICITY_NOT_OVER, `公示期至 ${review.publicityEnds} 结束,之后才能确定表彰名单`);
      if (await tx.getRepository(Objection).existsBy({ reviewId, status: ObjectionStatus.OPEN })) {
        throw new DomainError(ErrorCode.OBJECTIONS_OPEN, '还有未答复的异议');
      }
      const commended = await tx.getRepository(NominationResult).findBy({ reviewId, outcome: ResultOutcome.SHORTLISTED });
      const nominees = await tx
        .getRepository(ReviewNomination)
        .findBy({ reviewId, nominationId: In(commended.map((r) => r.nominationId)) });
      // The honour history lives with the nominations; if it cannot be written, nothing here changes.
      await this.upstream.recordHonours(
        nominees.map((n) => ({
          year: review.year,
          category: n.category,
          nomineeOrganizationId: n.nomineeOrganizationId,
          nomineePersonId: n.nomineePersonId,
          title: `${review.year}年度流动人口社会融合十类典型`,
        })),
        admin,
      );
      await tx
        .getRepository(NominationResult)
        .update({ reviewId, outcome: ResultOutcome.SHORTLISTED }, { outcome: ResultOutcome.COMMENDED });
      await tx
        .getRepository(Review)
        .update({ id: reviewId }, { status: ReviewStatus.FINAL, decidedOn: today, decisionNumber: options.decisionNumber?.trim() || null });
      await recordAct(tx, admin, {
        action: 'review.finalize',
        subjectType: 'Review',
        subjectId: reviewId,
        detail: { commended: commended.length },
      });
      return tx.getRepository(Review).findOneByOrFail({ id: reviewId });
    });
  }

  /**
   * Any change to the list raises its version and voids approvals given so far; a list that had been
   * approved or published goes back to RANKED, to be approved and published again.
   */
  private async changeList(reviewId: string, change: (tx: EntityManager, review: Review) => Promise<unknown>): Promise<Review> {
    return this.dataSource.transaction(async (tx) => {
      const review = await this.reviews.lock(reviewId, tx);
      if (![ReviewStatus.RANKED, ReviewStatus.APPROVED, ReviewStatus.PUBLICITY].includes(review.status)) {
        throw new DomainError(ErrorCode.LIST_NOT_CHANGEABLE, '当前阶段不能调整名单');
      }
      const changed = await change(tx, review);
      if (changed === false) return tx.getRepository(Review).findOneByOrFail({ id: reviewId });
      await tx.getRepository(Approval).update({ reviewId, voidedAt: IsNull() }, { voidedAt: this.clock() });
      await tx.getRepository(Review).update(
        { id: reviewId },
        {
          shortlistVersion: () => 'shortlist_version + 1',
          status: ReviewStatus.RANKED,
          publicityStarts: null,
          publicityEnds: null,
          publicityPaperReason: null,
        },
      );
      return tx.getRepository(Review).findOneByOrFail({ id: reviewId });
    });
  }
}
