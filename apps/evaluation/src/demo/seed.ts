import { type Logger, stableId } from '@ronghe/kit';
import { DEMO_CYCLE_YEAR, demoNominations } from '@ronghe/demo';
import { DEFAULT_COMMENDING_AGENCIES, ResultOutcome, ReviewStatus, TaskArea } from '@ronghe/types';
import type { DataSource } from 'typeorm';
import { Criterion } from '../criterion/criterion.entity.js';
import { NominationResult } from '../result/result.entity.js';
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
    await tx.getRepository(Criterion).insert(
      DEMO_RUBRIC.map(([name, weight, maxScore, taskArea], i) => ({
        id: stableId('criterion', `${DEMO_CYCLE_YEAR}:${name}`),
        reviewId,
        name,
        weight,
        maxScore,
        taskArea,
        categories: [],
        sortOrder: i + 1,
      })),
    );
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
  });
  logger.info({ results: demoNominations.length }, 'demo data loaded');
}
