import { type Logger, stableId } from '@ronghe/kit';
import { DEMO_CYCLE_YEAR, demoNominations } from '@ronghe/demo';
import { ResultOutcome, ReviewStatus } from '@ronghe/types';
import type { DataSource } from 'typeorm';
import { NominationResult } from '../result/result.entity.js';
import { Review } from '../review/review.entity.js';

/** Loads this year's review with a ranked result for each demo nomination, once. */
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
    });
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
