import { recordAct, type Caller, DomainError, requireIdentity, requirePermission } from '@ronghe/kit';
import type { Clock } from '@ronghe/kit/clock';
import { ErrorCode, ReviewStatus } from '@ronghe/types';
import type { DataSource, EntityManager } from 'typeorm';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import type { Review } from '../review/review.entity.js';
import type { ReviewService } from '../review/review.service.js';
import type { Evaluator, Upstream } from '../upstream/upstream.client.js';
import { EvaluatorAssignment } from './panel.entity.js';

/** 回避: an evaluator never scores a nominee or nominating unit that is their own unit or lies in its jurisdiction. */
export function hasConflict(evaluatorOrganizationId: string, n: Pick<ReviewNomination, 'nomineeLineage' | 'nominatorLineage'>): boolean {
  return n.nomineeLineage.includes(evaluatorOrganizationId) || n.nominatorLineage.includes(evaluatorOrganizationId);
}

/** Who scores what: at least K evaluators a nomination, loads within one of each other, no conflicts. */
export class PanelService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewService,
    private readonly upstream: Upstream,
    private readonly clock: Clock,
  ) {}

  /**
   * (Re)assigns the panel. Allowed until ranking: the workflow assigns after scoring starts. Once
   * work exists it is kept: recusals stay on record (and that evaluator is not given the nomination
   * again), and assignments with marks stay, counting towards K; only untouched ones are redealt.
   */
  async autoAssign(caller: Caller, reviewId: string): Promise<EvaluatorAssignment[]> {
    const admin = requirePermission(caller.identity, 'review.manage');
    const panel = await this.upstream.evaluators(admin);
    // Locked for update: a whole redeal must not interleave with hand changes.
    return this.whileAssignable(
      reviewId,
      async (tx, review) => {
        const k = review.evaluatorsPerNomination;
        if (panel.length < k)
          throw new DomainError(ErrorCode.NOT_ENOUGH_EVALUATORS, `评审专家只有 ${panel.length} 名,少于每个推荐需要的 ${k} 名`);
        const nominations = await tx.getRepository(ReviewNomination).find({ where: { reviewId }, order: { nominationId: 'ASC' } });
        // Locked so a save in flight finishes first and its marks are seen (saves lock the same rows).
        const existing = await tx
          .getRepository(EvaluatorAssignment)
          .createQueryBuilder('a')
          .setLock('pessimistic_write')
          .where('a.review_id = :reviewId', { reviewId })
          .getMany();
        const scored = new Set(
          (await tx.query('SELECT DISTINCT nomination_id, evaluator_account_id FROM score WHERE review_id = $1', [reviewId])).map(
            (r: { nomination_id: string; evaluator_account_id: string }) => `${r.nomination_id}|${r.evaluator_account_id}`,
          ),
        );
        const kept = existing.filter((a) => a.recusedAt || scored.has(`${a.nominationId}|${a.evaluatorAccountId}`));
        const keptOf = new Map<string, EvaluatorAssignment[]>();
        for (const a of kept) keptOf.set(a.nominationId, [...(keptOf.get(a.nominationId) ?? []), a]);
        const load = new Map(panel.map((e) => [e.accountId, 0]));
        for (const a of kept)
          if (!a.recusedAt && load.has(a.evaluatorAccountId)) load.set(a.evaluatorAccountId, load.get(a.evaluatorAccountId)! + 1);
        const active = (nominationId: string) => (keptOf.get(nominationId) ?? []).filter((a) => !a.recusedAt).length;
        const rows: EvaluatorAssignment[] = [];
        // Never the same evaluator twice on one nomination, nor one who recused from it.
        const eligible = new Map(
          nominations.map((n) => {
            const taken = new Set((keptOf.get(n.nominationId) ?? []).map((a) => a.evaluatorAccountId));
            return [n.nominationId, panel.filter((e) => !hasConflict(e.organizationId, n) && !taken.has(e.accountId))];
          }),
        );
        // Most constrained nominations first, so those with few eligible evaluators still get K.
        const order = [...nominations].sort(
          (a, b) =>
            eligible.get(a.nominationId)!.length - active(a.nominationId) - (eligible.get(b.nominationId)!.length - active(b.nominationId)),
        );
        for (const n of order) {
          const needed = Math.max(0, k - active(n.nominationId));
          const candidates = eligible.get(n.nominationId)!;
          if (candidates.length < needed) {
            throw new DomainError(
              ErrorCode.NOT_ENOUGH_EVALUATORS,
              `推荐 ${n.nominationId} 只有 ${candidates.length + active(n.nominationId)} 名无需回避的专家,少于 ${k} 名`,
            );
          }
          // The least loaded evaluators take it: loads stay within one of each other.
          const chosen = [...candidates]
            .sort((a, b) => load.get(a.accountId)! - load.get(b.accountId)! || a.username.localeCompare(b.username))
            .slice(0, needed);
          for (const e of chosen) {
            load.set(e.accountId, load.get(e.accountId)! + 1);
            rows.push(this.row(reviewId, n.nominationId, e));
          }
        }
        // The same rows as `kept` leaves out: the assignment rows are locked, so no mark arrived since.
        await tx.query(
          `DELETE FROM evaluator_assignment a WHERE a.review_id = $1 AND a.recused_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM score s WHERE s.review_id = a.review_id AND s.nomination_id = a.nomination_id AND s.evaluator_account_id = a.evaluator_account_id)`,
          [reviewId],
        );
        for (let i = 0; i < rows.length; i += 500) await tx.getRepository(EvaluatorAssignment).insert(rows.slice(i, i + 500));
        await recordAct(tx, admin, {
          action: 'panel.auto-assign',
          subjectType: 'Review',
          subjectId: reviewId,
          detail: { assigned: rows.length },
        });
        return [...kept, ...rows];
      },
      'pessimistic_write',
    );
  }

  /** An evaluator declares a conflict the registry cannot see, with a reason, while scoring is open. */
  async recuse(caller: Caller, reviewId: string, nominationId: string, reason: string): Promise<EvaluatorAssignment> {
    const evaluator = requireIdentity(caller.identity);
    if (!reason.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写回避理由', { field: 'reason' });
    return this.whileAssignable(reviewId, async (tx) => {
      const repo = tx.getRepository(EvaluatorAssignment);
      const key = { reviewId, nominationId, evaluatorAccountId: evaluator.accountId };
      if (!(await repo.existsBy(key))) throw new DomainError(ErrorCode.NOT_FOUND, '您没有被分配该推荐');
      await repo.update(key, { recusedAt: this.clock(), recusalReason: reason.trim() });
      await recordAct(tx, evaluator, {
        action: 'panel.recuse',
        subjectType: 'Nomination',
        subjectId: nominationId,
        detail: { reviewId, reason },
      });
      return repo.findOneByOrFail(key);
    });
  }

  /** The office assigns an evaluator by hand; a conflict of interest is refused, not silently ignored. */
  async assignOne(caller: Caller, reviewId: string, nominationId: string, evaluatorAccountId: string): Promise<EvaluatorAssignment> {
    const admin = requirePermission(caller.identity, 'review.manage');
    const evaluator = (await this.upstream.evaluators(admin)).find((e) => e.accountId === evaluatorAccountId);
    if (!evaluator) throw new DomainError(ErrorCode.NOT_AN_EVALUATOR, '该账号不是启用中的评审专家');
    return this.whileAssignable(reviewId, async (tx) => {
      const nomination = await tx.getRepository(ReviewNomination).findOneBy({ reviewId, nominationId });
      if (!nomination) throw new DomainError(ErrorCode.NOT_FOUND, '该推荐不在本次评审中');
      if (hasConflict(evaluator.organizationId, nomination)) {
        throw new DomainError(ErrorCode.CONFLICT_OF_INTEREST, `「${evaluator.displayName}」所在单位与该推荐存在利害关系,须回避`);
      }
      const existing = await tx.getRepository(EvaluatorAssignment).findOneBy({ reviewId, nominationId, evaluatorAccountId });
      // Assigning again must not quietly undo a recusal the evaluator declared.
      if (existing?.recusedAt) throw new DomainError(ErrorCode.EVALUATOR_RECUSED, `「${evaluator.displayName}」已声明回避该推荐`);
      if (existing) return existing;
      const row = this.row(reviewId, nominationId, evaluator);
      await tx.getRepository(EvaluatorAssignment).insert(row);
      await recordAct(tx, admin, {
        action: 'panel.assign',
        subjectType: 'Nomination',
        subjectId: nominationId,
        detail: { reviewId, evaluatorAccountId },
      });
      return row;
    });
  }

  async unassign(caller: Caller, reviewId: string, nominationId: string, evaluatorAccountId: string): Promise<boolean> {
    requirePermission(caller.identity, 'review.manage');
    return this.whileAssignable(reviewId, async (tx) => {
      const scored = await tx.query(
        'SELECT 1 FROM score WHERE review_id = $1 AND nomination_id = $2 AND evaluator_account_id = $3 LIMIT 1',
        [reviewId, nominationId, evaluatorAccountId],
      );
      if (scored.length) throw new DomainError(ErrorCode.EVALUATOR_HAS_SCORED, '该专家已开始评分,不能取消分配');
      await tx.getRepository(EvaluatorAssignment).delete({ reviewId, nominationId, evaluatorAccountId });
      await recordAct(tx, caller.identity, {
        action: 'panel.unassign',
        subjectType: 'Nomination',
        subjectId: nominationId,
        detail: { reviewId, evaluatorAccountId },
      });
      return true;
    });
  }

  /**
   * A change to who scores what, while the review is being set up or scored: the review row is held
   * (shared) so a ranking waits for it, and once ranked nothing here changes the scores it counted.
   */
  private whileAssignable<T>(
    reviewId: string,
    work: (tx: EntityManager, review: Review) => Promise<T>,
    lock: 'pessimistic_read' | 'pessimistic_write' = 'pessimistic_read',
  ): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      const review = await this.reviews.lock(reviewId, tx, lock);
      if (review.status !== ReviewStatus.DRAFT && review.status !== ReviewStatus.SCORING) {
        throw new DomainError(ErrorCode.PANEL_CLOSED, '评分已结束,不能再调整评审分配或声明回避');
      }
      return work(tx, review);
    });
  }

  /** Every nomination with its evaluators and the panel members it conflicts with. */
  async board(caller: Caller, reviewId: string) {
    const admin = requirePermission(caller.identity, 'review.manage');
    const [nominations, assignments, panel] = await Promise.all([
      this.dataSource.getRepository(ReviewNomination).find({ where: { reviewId }, order: { category: 'ASC', nominationId: 'ASC' } }),
      this.dataSource.getRepository(EvaluatorAssignment).find({ where: { reviewId } }),
      this.upstream.evaluators(admin),
    ]);
    return nominations.map((n) => ({
      nominationId: n.nominationId,
      category: n.category,
      assigned: assignments.filter((a) => a.nominationId === n.nominationId),
      conflicted: panel.filter((e) => hasConflict(e.organizationId, n)).map((e) => e.username),
      nomination: { id: n.nominationId },
    }));
  }

  forEvaluator(reviewId: string, evaluatorAccountId: string): Promise<EvaluatorAssignment[]> {
    return this.dataSource
      .getRepository(EvaluatorAssignment)
      .find({ where: { reviewId, evaluatorAccountId }, order: { nominationId: 'ASC' } });
  }

  private row(reviewId: string, nominationId: string, e: Evaluator): EvaluatorAssignment {
    return Object.assign(new EvaluatorAssignment(), {
      reviewId,
      nominationId,
      evaluatorAccountId: e.accountId,
      evaluatorUsername: e.username,
      evaluatorOrganizationId: e.organizationId,
      recusedAt: null,
      recusalReason: null,
    });
  }
}
