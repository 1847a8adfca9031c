import { type Caller, requireIdentity } from '@ronghe/kit';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { type DataSource, In } from 'typeorm';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import type { TaskPerformance, Upstream } from '../upstream/upstream.client.js';

@ObjectType({ description: '被推荐单位的任务落实绩效(来自任务督导),供评审参考' })
export class TaskPerformanceEvidence {
  @Field(() => ID)
  organizationId: string;

  @Field(() => Int, { description: '全区名次' })
  rank: number;

  @Field(() => Int, { description: '参与排名的单位数' })
  rankedUnits: number;

  @Field(() => Float, { description: '得分(满分 100)' })
  score: number;

  @Field(() => Float, { description: '指标完成度(%)' })
  indicatorAttainment: number;

  @Field(() => Float, { description: '按时率(%)' })
  timeliness: number;

  @Field(() => Int, { description: '承担的任务分工数' })
  assignments: number;
}

/**
 * Evidence about nominated units from the tasks subgraph: one call per request for every
 * nomination on the page, keyed by review and nomination.
 */
export class TaskEvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly upstream: Upstream,
  ) {}

  forNomination(caller: Caller, reviewId: string, nominationId: string): Promise<TaskPerformance | null> {
    const identity = requireIdentity(caller.identity);
    return caller.loaders
      .get<string, TaskPerformance | null>('taskEvidence', async (keys) => {
        const pairs = keys.map((k) => k.split(':') as [string, string]);
        const rows = await this.dataSource.getRepository(ReviewNomination).findBy({
          reviewId: In([...new Set(pairs.map(([r]) => r))]),
          nominationId: In([...new Set(pairs.map(([, n]) => n))]),
        });
        const nominee = new Map(rows.map((r) => [`${r.reviewId}:${r.nominationId}`, r.nomineeOrganizationId]));
        const unitIds = [...new Set([...nominee.values()].filter((id): id is string => !!id))];
        const scores = await this.upstream.taskPerformance(unitIds, identity);
        return keys.map((k) => scores.get(nominee.get(k) ?? '') ?? null);
      })
      .load(`${reviewId}:${nominationId}`);
  }
}

