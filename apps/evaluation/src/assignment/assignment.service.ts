import { type Caller, DomainError, requireIdentity, requireRole } from '@ronghe/kit';
import { ErrorCode, Role } from '@ronghe/types';
import type { DataSource } from 'typeorm';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import type { ReviewSetupService } from '../review/review-setup.service.js';
import type { Evaluator, Upstream } from '../upstream/upstream.client.js';
import { EvaluatorAssignment } from './assignment.entity.js';

/** 回避: an evaluator never scores a nominee or nominating unit that is their own unit or lies in its jurisdiction. */
export function hasConflict(evaluatorOrganizationId: string, n: Pick<ReviewNomination, 'nomineeLineage' | 'nominatorLineage'>): boolean {
  return n.nomineeLineage.includes(evaluatorOrganizationId) || n.nominatorLineage.includes(evaluatorOrganizationId);
}

/** Who scores what: at least K evaluators a nomination, loads within one of each other, no conflicts. */
export class AssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewSetupService,
    private readonly upstream: Upstream,
  ) {}

  async autoAssign(caller: Caller, reviewId: string): Promise<EvaluatorAssignment[]> {
    const admin = requireRole(caller.identity, Role.PROGRAM_ADMIN);
    const review = await this.reviews.require(reviewId);
    const nominations = await this.dataSource.getRepository(ReviewNomination).find({ where: { reviewId }, order: { nominationId: 'ASC' } });
    const panel = await this.upstream.evaluators(admin);
    const k = review.evaluatorsPerNomination;
    if (panel.length < k) throw new DomainError(ErrorCode.CONFLICT, `评审专家只有 ${panel.length} 名,少于每个推荐需要的 ${k} 名`);
    const load = new Map(panel.map((e) => [e.accountId, 0]));
    const rows: EvaluatorAssignment[] = [];
    // Most constrained nominations first, so those with few eligible evaluators still get K.
    const eligible = new Map(nominations.map((n) => [n.nominationId, panel.filter((e) => !hasConflict(e.organizationId, n))]));
    const order = [...nominations].sort((a, b) => eligible.get(a.nominationId)!.length - eligible.get(b.nominationId)!.length);
    for (const n of order) {
      const candidates = eligible.get(n.nominationId)!;
      if (candidates.length < k) {
        throw new DomainError(ErrorCode.CONFLICT, `推荐 ${n.nominationId} 只有 ${candidates.length} 名无需回避的专家,少于 ${k} 名`);
      }
      // The least loaded evaluators take it: loads stay within one of each other.
      const chosen = [...candidates].sort((a, b) => load.get(a.accountId)! - load.get(b.accountId)! || a.username.localeCompare(b.username)).slice(0, k);
      for (const e of chosen) {
        load.set(e.accountId, load.get(e.accountId)! + 1);
        rows.push(this.row(reviewId, n.nominationId, e));
      }
    }
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(EvaluatorAssignment).delete({ reviewId });
      for (let i = 0; i < rows.length; i += 500) await tx.getRepository(EvaluatorAssignment).insert(rows.slice(i, i + 500));
    });
    return rows;
  }

  /** An evaluator declares a conflict the registry cannot see, with a reason. */
  async recuse(caller: Caller, reviewId: string, nominationId: string, reason: string): Promise<EvaluatorAssignment> {
    const evaluator = requireIdentity(caller.identity);
    const repo = this.dataSource.getRepository(EvaluatorAssignment);
    const assignment = await repo.findOneBy({ reviewId, nominationId, evaluatorAccountId: evaluator.accountId });
    if (!assignment) throw new DomainError(ErrorCode.NOT_FOUND, '您没有被分配该推荐');
    if (!reason.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写回避理由', { field: 'reason' });
    await repo.update({ reviewId, nominationId, evaluatorAccountId: evaluator.accountId }, { recusedAt: new Date(), recusalReason: reason.trim() });
    return repo.findOneByOrFail({ reviewId, nominationId, evaluatorAccountId: evaluator.accountId });
  }

  /** The office assigns an evaluator by hand; a conflict of interest is refused, not silently ignored. */
  async assignOne(caller: Caller, reviewId: string, nominationId: string, evaluatorAccountId: string): Promise<EvaluatorAssignment> {
    const admin = requireRole(caller.identity, Role.PROGRAM_ADMIN);
    const nomination = await this.dataSource.getRepository(ReviewNomination).findOneBy({ reviewId, nominationId });
    if (!nomination) throw new DomainError(ErrorCode.NOT_FOUND, '该推荐不在本次评审中');
    const evaluator = (await this.upstream.evaluators(admin)).find((e) => e.accountId === evaluatorAccountId);
    if (!evaluator) throw new DomainError(ErrorCode.BAD_USER_INPUT, '该账号不是启用中的评审专家');
    if (hasConflict(evaluator.organizationId, nomination)) {
      throw new DomainError(ErrorCode.CONFLICT, `「${evaluator.displayName}」所在单位与该推荐存在利害关系,须回避`);
    }
    const row = this.row(reviewId, nominationId, evaluator);
    await this.dataSource.getRepository(EvaluatorAssignment).upsert(row, ['reviewId', 'nominationId', 'evaluatorAccountId']);
    return row;
  }

  async unassign(caller: Caller, reviewId: string, nominationId: string, evaluatorAccountId: string): Promise<boolean> {
    requireRole(caller.identity, Role.PROGRAM_ADMIN);
    const scored = await this.dataSource.query('SELECT 1 FROM score WHERE review_id = $1 AND nomination_id = $2 AND evaluator_account_id = $3 LIMIT 1', [reviewId, nominationId, evaluatorAccountId]);
    if (scored.length) throw new DomainError(ErrorCode.CONFLICT, '该专家已开始评分,不能取消分配');
    await this.dataSource.getRepository(EvaluatorAssignment).delete({ reviewId, nominationId, evaluatorAccountId });
    return true;
  }

  /** Every nomination with its evaluators and the panel members it conflicts with. */
  async board(caller: Caller, reviewId: string) {
    const admin = requireRole(caller.identity, Role.PROGRAM_ADMIN);
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
    return this.dataSource.getRepository(EvaluatorAssignment).find({ where: { reviewId, evaluatorAccountId }, order: { nominationId: 'ASC' } });
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
