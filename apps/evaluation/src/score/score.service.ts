import { recordAct, type Caller, DomainError, groupByKey, type LoaderRegistry, newId, requirePermission } from '@ronghe/kit';
import type { Clock } from '@ronghe/kit/clock';
import { ErrorCode, ReviewStatus } from '@ronghe/types';
import { type DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import type { CriterionService } from '../criterion/criterion.service.js';
import { EvaluatorAssignment } from '../panel/panel.entity.js';
import { hasConflict } from '../panel/panel.service.js';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import type { ReviewService } from '../review/review.service.js';
import { Score, ScoreReopening } from './score.entity.js';
import type { ScoreInput } from './score.inputs.js';

/** Scoring: drafts an evaluator may change, submissions that lock, and reopenings the office records. */
export class ScoreService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewService,
    private readonly criteria: CriterionService,
    private readonly clock: Clock,
  ) {}

  /** Saves (or, with `submit`, submits and locks) an evaluator's marks for one nomination. */
  async save(caller: Caller, reviewId: string, nominationId: string, inputs: ScoreInput[], submit: boolean): Promise<Score[]> {
    const evaluator = requirePermission(caller.identity, 'review.score');
    const seen = new Set<string>();
    for (const input of inputs) {
      if (seen.has(input.criterionId))
        throw new DomainError(ErrorCode.BAD_USER_INPUT, '同一项评分细则只能打一个分', { field: 'scores', criterionId: input.criterionId });
      seen.add(input.criterionId);
    }
    return this.dataSource.transaction(async (tx) => {
      // A shared lock on the review: ranking (which locks it for update) waits for saves in flight.
      const review = await this.reviews.lock(reviewId, tx, 'pessimistic_read');
      if (review.status !== ReviewStatus.SCORING) throw new DomainError(ErrorCode.REVIEW_NOT_SCORING, '评审不在评分阶段');
      // The assignment row serialises this evaluator's saves, submits and the office's reopenings,
      // so an autosave cannot land on marks a concurrent submit has just locked.
      const assignment = await tx
        .getRepository(EvaluatorAssignment)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.review_id = :reviewId AND a.nomination_id = :nominationId AND a.evaluator_account_id = :evaluator', {
          reviewId,
          nominationId,
          evaluator: evaluator.accountId,
        })
        .getOne();
      if (!assignment) throw new DomainError(ErrorCode.FORBIDDEN, '您没有被分配该推荐');
      if (assignment.recusedAt) throw new DomainError(ErrorCode.EVALUATOR_RECUSED, '您已声明回避该推荐');
      // Checked again at every save: the registry may have moved a unit since assignment.
      const nomination = await tx.getRepository(ReviewNomination).findOneByOrFail({ reviewId, nominationId });
      if (hasConflict(evaluator.organizationId, nomination)) {
        throw new DomainError(ErrorCode.CONFLICT_OF_INTEREST, '该推荐与您所在单位存在利害关系,须回避');
      }
      const locked = await tx
        .getRepository(Score)
        .countBy({ reviewId, nominationId, evaluatorAccountId: evaluator.accountId, submittedAt: Not(IsNull()) });
      if (locked > 0) throw new DomainError(ErrorCode.SCORE_ALREADY_SUBMITTED, '评分已提交并锁定;如需修改请联系活动办公室');
      // Only the criteria of the nomination's category are scored.
      const criteria = new Map(
        (await this.criteria.ofReview(reviewId, tx))
          .filter((c) => c.categories.length === 0 || c.categories.includes(nomination.category))
          .map((c) => [c.id, c]),
      );
      for (const input of inputs) {
        const criterion = criteria.get(input.criterionId);
        if (!criterion)
          throw new DomainError(ErrorCode.CRITERION_NOT_APPLICABLE, '该评分细则不适用于此推荐的类别', { criterionId: input.criterionId });
        if (!(input.value >= 0 && input.value <= criterion.maxScore)) {
          throw new DomainError(ErrorCode.BAD_USER_INPUT, `「${criterion.name}」的分数应在 0 至 ${criterion.maxScore} 之间`, {
            criterionId: criterion.id,
          });
        }
      }
      const now = this.clock();
      await tx.getRepository(Score).upsert(
        inputs.map((i) => ({
          reviewId,
          nominationId,
          evaluatorAccountId: evaluator.accountId,
          criterionId: i.criterionId,
          value: i.value,
          comment: i.comment?.trim() || null,
        })),
        ['reviewId', 'nominationId', 'evaluatorAccountId', 'criterionId'],
      );
      const mine = await this.scoresOf(tx, reviewId, nominationId, evaluator.accountId);
      if (submit) {
        if (mine.length < criteria.size)
          throw new DomainError(ErrorCode.SCORES_INCOMPLETE, `还有 ${criteria.size - mine.length} 项评分细则未打分`);
        await tx.getRepository(Score).update({ reviewId, nominationId, evaluatorAccountId: evaluator.accountId }, { submittedAt: now });
        await recordAct(tx, evaluator, {
          action: 'score.submit',
          subjectType: 'Nomination',
          subjectId: nominationId,
          detail: { reviewId },
        });
        return this.scoresOf(tx, reviewId, nominationId, evaluator.accountId);
      }
      return mine;
    });
  }

  /** The office lets an evaluator change a submitted score; recorded with its reason. */
  async reopen(caller: Caller, reviewId: string, nominationId: string, evaluatorAccountId: string, reason: string): Promise<boolean> {
    const admin = requirePermission(caller.identity, 'review.manage');
    if (!reason.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写重新开放的理由', { field: 'reason' });
    await this.dataSource.transaction(async (tx) => {
      // Marks change only while scoring; after ranking a reopened score would never be counted.
      const review = await this.reviews.lock(reviewId, tx, 'pessimistic_read');
      if (review.status !== ReviewStatus.SCORING)
        throw new DomainError(ErrorCode.REVIEW_NOT_SCORING, '评审已结束评分阶段,不能重新开放评分');
      // Waits for the evaluator's save in flight, as `save` does.
      await tx.query(
        'SELECT 1 FROM evaluator_assignment WHERE review_id = $1 AND nomination_id = $2 AND evaluator_account_id = $3 FOR UPDATE',
        [reviewId, nominationId, evaluatorAccountId],
      );
      await tx.getRepository(Score).update({ reviewId, nominationId, evaluatorAccountId }, { submittedAt: null });
      await tx.getRepository(ScoreReopening).insert({
        id: newId(),
        reviewId,
        nominationId,
        evaluatorAccountId,
        reason: reason.trim(),
        reopenedBy: admin.accountId,
        reopenedAt: this.clock(),
      });
      await recordAct(tx, admin, {
        action: 'score.reopen',
        subjectType: 'Nomination',
        subjectId: nominationId,
        detail: { reviewId, evaluatorAccountId, reason },
      });
    });
    return true;
  }

  /** Per evaluator: assigned, submitted, and what is still open. */
  async progress(caller: Caller, reviewId: string) {
    requirePermission(caller.identity, 'review.manage');
    const rows: { evaluator: string; username: string; assigned: string; recused: string; submitted: string }[] =
      await this.dataSource.query(
        `SELECT a.evaluator_account_id AS evaluator, a.evaluator_username AS username,
              COUNT(*) AS assigned, COUNT(a.recused_at) AS recused,
              COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM score s WHERE s.review_id = a.review_id AND s.nomination_id = a.nomination_id
                                              AND s.evaluator_account_id = a.evaluator_account_id AND s.submitted_at IS NOT NULL)) AS submitted
         FROM evaluator_assignment a WHERE a.review_id = $1
        GROUP BY a.evaluator_account_id, a.evaluator_username ORDER BY a.evaluator_username`,
        [reviewId],
      );
    return rows.map((r) => ({
      evaluatorAccountId: r.evaluator,
      username: r.username,
      assigned: Number(r.assigned),
      recused: Number(r.recused),
      submitted: Number(r.submitted),
    }));
  }

  /** The marks behind each assignment of a request, in one query. */
  ofAssignment(
    loaders: LoaderRegistry,
    a: Pick<EvaluatorAssignment, 'reviewId' | 'nominationId' | 'evaluatorAccountId'>,
  ): Promise<Score[]> {
    const key = `${a.reviewId}|${a.nominationId}|${a.evaluatorAccountId}`;
    return loaders
      .get<string, Score[]>('score.byAssignment', async (keys) => {
        const triples = keys.map((k) => k.split('|'));
        const rows = await this.dataSource
          .getRepository(Score)
          .createQueryBuilder('s')
          .where(
            '(s.review_id, s.nomination_id, s.evaluator_account_id) IN (SELECT * FROM unnest(CAST(:r AS uuid[]), CAST(:n AS uuid[]), CAST(:e AS uuid[])))',
            {
              r: triples.map((t) => t[0]),
              n: triples.map((t) => t[1]),
              e: triples.map((t) => t[2]),
            },
          )
          .getMany();
        return groupByKey(keys, rows, (s) => `${s.reviewId}|${s.nominationId}|${s.evaluatorAccountId}`);
      })
      .load(key);
  }

  private scoresOf(tx: EntityManager, reviewId: string, nominationId: string, evaluatorAccountId: string) {
    return tx.getRepository(Score).find({ where: { reviewId, nominationId, evaluatorAccountId }, order: { criterionId: 'ASC' } });
  }
}
