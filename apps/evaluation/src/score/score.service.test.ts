import { newId } from '@ronghe/kit';
import { ErrorCode, type Identity, Role, TypicalCategory } from '@ronghe/types';
import { IsNull } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalTestbed, seedScoringReview, waitForLockWaiter, rankReview } from '../testing.js';
import { Score } from './score.entity.js';

const admin: Identity = { accountId: newId(), username: 'admin', organizationId: newId(), roles: [Role.PROGRAM_ADMIN] };
const { EMPLOYER } = TypicalCategory;

let bed: Awaited<ReturnType<typeof openLocalTestbed>>;
beforeAll(async () => {
  bed = await openLocalTestbed();
});
afterAll(() => bed?.close());

const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const SAVE = `mutation ($r: ID!, $n: ID!, $s: [ScoreInput!]!, $submit: Boolean!) { saveScores(reviewId: $r, nominationId: $n, scores: $s, submit: $submit) { value submittedAt } }`;
const REOPEN = `mutation ($r: ID!, $n: ID!, $e: ID!) { reopenScores(reviewId: $r, nominationId: $n, evaluatorAccountId: $e, reason: "专家申请更正笔误") }`;

describe('saving scores', () => {
  it('does not let an autosave overwrite marks a submit in flight is locking', async () => {
    const f = await seedScoringReview(bed.db.dataSource, { categories: [EMPLOYER], marks: [[null]], shortlistSize: 1 });
    const [evaluator] = f.evaluators;
    const ids = { r: f.reviewId, n: f.nominationIds[0] };
    expect(
      (await bed.execute(SAVE, { ...ids, s: [{ criterionId: f.criterionId, value: 50 }], submit: false }, evaluator!)).errors,
    ).toBeUndefined();
    // The evaluator's submit, not yet committed: it holds the assignment and has locked 70.
    const submit = bed.db.dataSource.createQueryRunner();
    await submit.connect();
    await submit.startTransaction();
    try {
      await submit.query(
        'SELECT 1 FROM evaluator_assignment WHERE review_id = $1 AND nomination_id = $2 AND evaluator_account_id = $3 FOR UPDATE',
        [f.reviewId, f.nominationIds[0], evaluator!.accountId],
      );
      await submit.query(
        'UPDATE score SET value = 70, submitted_at = now() WHERE review_id = $1 AND nomination_id = $2 AND evaluator_account_id = $3',
        [f.reviewId, f.nominationIds[0], evaluator!.accountId],
      );
      // The autosave of a second browser tab, a moment later.
      const autosave = bed.execute(SAVE, { ...ids, s: [{ criterionId: f.criterionId, value: 40 }], submit: false }, evaluator!);
      await waitForLockWaiter(bed.db.dataSource, submit);
      await submit.commitTransaction();
      expect(code(await autosave)).toBe(ErrorCode.SCORE_ALREADY_SUBMITTED);
    } finally {
      await submit.release();
    }
    const [score] = await bed.db.dataSource.getRepository(Score).findBy({ reviewId: f.reviewId });
    expect(score).toMatchObject({ value: 70, submittedAt: expect.any(Date) });
  });

  it('refuses two marks for the same criterion as bad input', async () => {
    const f = await seedScoringReview(bed.db.dataSource, { categories: [EMPLOYER], marks: [[null]], shortlistSize: 1 });
    const twice = await bed.execute(
      SAVE,
      {
        r: f.reviewId,
        n: f.nominationIds[0],
        s: [
          { criterionId: f.criterionId, value: 50 },
          { criterionId: f.criterionId, value: 60 },
        ],
        submit: false,
      },
      f.evaluators[0]!,
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, criterionId: f.criterionId });
    expect(await bed.db.dataSource.getRepository(Score).countBy({ reviewId: f.reviewId })).toBe(0);
  });
});

describe('reopening submitted scores', () => {
  it('is possible while scoring, not once the review is ranked', async () => {
    const f = await seedScoringReview(bed.db.dataSource, { categories: [EMPLOYER, EMPLOYER], marks: [[90], [80]], shortlistSize: 1 });
    const [evaluator] = f.evaluators;
    expect((await bed.execute(REOPEN, { r: f.reviewId, n: f.nominationIds[0], e: evaluator!.accountId }, admin)).data).toEqual({
      reopenScores: true,
    });
    await bed.execute(
      SAVE,
      { r: f.reviewId, n: f.nominationIds[0], s: [{ criterionId: f.criterionId, value: 90 }], submit: true },
      evaluator!,
    );
    expect((await rankReview(bed.execute, f.reviewId, admin)).errors).toBeUndefined();
    const late = await bed.execute(REOPEN, { r: f.reviewId, n: f.nominationIds[1], e: evaluator!.accountId }, admin);
    expect(code(late)).toBe(ErrorCode.REVIEW_NOT_SCORING);
    // The ranked marks stay submitted.
    expect(await bed.db.dataSource.getRepository(Score).countBy({ reviewId: f.reviewId, submittedAt: IsNull() })).toBe(0);
  });
});
