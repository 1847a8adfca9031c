import { type Logger, stableId } from '@ronghe/kit';
import {
  DEMO_CYCLE_YEAR,
  DEMO_SCORING_YEAR,
  demoAccounts,
  demoLineage,
  demoNominationKey,
  demoNominations,
  demoScoringNominations,
} from '@ronghe/demo';
import { DEFAULT_COMMENDING_AGENCIES, ResultOutcome, ReviewStatus, TaskArea } from '@ronghe/types';
import type { DataSource, EntityManager } from 'typeorm';
import { Criterion } from '../criterion/criterion.entity.js';
import { EvaluatorAssignment } from '../panel/panel.entity.js';
import { NominationResult } from '../result/result.entity.js';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import { Review } from '../review/review.entity.js';
import { defaultRules } from '../setup/setup.service.js';

/** The demo year's panel size; its rules are the defaults for it. */
const DEMO_PANEL = 3;

/** The rubric the demo year was scored by, so 评审设置 shows what the ranking rests on. */
const DEMO_RUBRIC: [name: string, weight: number, maxScore: number, taskArea: TaskArea | null][] = [
  ['工作成效', 50, 10, null],
  ['促进就业和权益保障', 20, 10, TaskArea.EMPLOYMENT],
  ['社区融入和公共服务', 20, 10, TaskArea.COMMUNITY],
  ['示范带动', 10, 10, null],
];

/**
 * Loads this year's review with a ranked result for each demo nomination, once. It names the two
 * commending agencies (by the registry's stable ids), so both demo approvers can approve the list.
 * An earlier year's review is still being scored: each of its nominations is the demo evaluator's
 * to score, so the evaluator has work too.
 */
export async function seedDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  if ((await dataSource.getRepository(Review).count()) > 0) return;
  const reviewId = stableId('review', String(DEMO_CYCLE_YEAR));
  await dataSource.transaction(async (tx) => {
    await tx.getRepository(Review).insert({
      id: reviewId,
      cycleId: stableId('cycle', String(DEMO_CYCLE_YEAR)),
      year: DEMO_CYCLE_YEAR,
      title: `${DEMO_CYCLE_YEAR}年度十类典型考核评审`,
      status: ReviewStatus.RANKED,
      shortlistSize: 30,
      evaluatorsPerNomination: DEMO_PANEL,
      rules: defaultRules(DEMO_PANEL),
      rulesFrozenAt: new Date(`${DEMO_CYCLE_YEAR}-09-01T00:00:00+08:00`),
      commendingAgencyIds: DEFAULT_COMMENDING_AGENCIES.map((name) => stableId('organization', name)),
    });
    await insertRubric(tx, DEMO_CYCLE_YEAR, reviewId);
    await tx.getRepository(NominationResult).insert(
      demoNominations.map((n, index) => ({
        id: stableId('result', `${DEMO_CYCLE_YEAR}:${n.category}:${n.nominee}`),
        reviewId,
        nominationId: stableId('nomination', `${DEMO_CYCLE_YEAR}:${n.category}:${n.nominee}`),
        aggregateScore: 95 - index * 3.5,
        rank: index + 1,
        outcome: ResultOutcome.SHORTLISTED,
      })),
    );
    await seedScoringReview(tx);
  });
  logger.info({ results: demoNominations.length, toScore: demoScoringNominations.length }, 'demo data loaded');
}

function insertRubric(tx: EntityManager, year: number, reviewId: string) {
  return tx.getRepository(Criterion).insert(
    DEMO_RUBRIC.map(([name, weight, maxScore, taskArea], i) => ({
      id: stableId('criterion', `${year}:${name}`),
      reviewId,
      name,
      weight,
      maxScore,
      taskArea,
      categories: [],
      sortOrder: i + 1,
    })),
  );
}

/** The earlier year's review in scoring, its frozen nominations each assigned to the demo evaluator. */
async function seedScoringReview(tx: EntityManager): Promise<void> {
  const year = DEMO_SCORING_YEAR;
  const reviewId = stableId('review', String(year));
  const evaluator = demoAccounts.find((a) => a.username === 'evaluator')!;
  const unitId = (name: string) => stableId('organization', name);
  await tx.getRepository(Review).insert({
    id: reviewId,
    cycleId: stableId('cycle', String(year)),
    year,
    title: `${year}年度十类典型考核评审`,
    status: ReviewStatus.SCORING,
    shortlistSize: 30,
    // One demo evaluator scores the demo: a panel of one, and the rules that fit it.
    evaluatorsPerNomination: 1,
    rules: defaultRules(1),
    rulesFrozenAt: new Date(`${year}-09-01T00:00:00+08:00`),
    commendingAgencyIds: DEFAULT_COMMENDING_AGENCIES.map((name) => unitId(name)),
  });
  await insertRubric(tx, year, reviewId);
  const nominationIds = demoScoringNominations.map((n) => stableId('nomination', demoNominationKey(year, n)));
  await tx.getRepository(ReviewNomination).insert(
    demoScoringNominations.map((n, i) => ({
      reviewId,
      nominationId: nominationIds[i]!,
      category: n.category,
      position: 1,
      nomineeOrganizationId: unitId(n.nominee),
      nomineePersonId: null,
      nominatorOrganizationId: unitId(n.nominator),
      nomineeLineage: demoLineage(n.nominee).map(unitId),
      nominatorLineage: demoLineage(n.nominator).map(unitId),
    })),
  );
  await tx.getRepository(EvaluatorAssignment).insert(
    nominationIds.map((nominationId) => ({
      reviewId,
      nominationId,
      evaluatorAccountId: stableId('account', evaluator.username),
      evaluatorUsername: evaluator.username,
      evaluatorOrganizationId: unitId(evaluator.unit),
    })),
  );
}
