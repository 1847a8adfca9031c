import type { RequestContext } from '@ronghe/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Nomination } from '../nomination/nomination.stub.js';
import { Score } from '../score/score.entity.js';
import type { Services } from '../services.js';
import { EvaluatorAssignment } from './assignment.entity.js';
import { TaskPerformanceEvidence } from './task-performance.js';

@Resolver(() => EvaluatorAssignment)
export class AssignmentResolver {
  @FieldResolver(() => Nomination, { description: '推荐' })
  nomination(@Root() assignment: EvaluatorAssignment): Nomination {
    return { id: assignment.nominationId };
  }

  @FieldResolver(() => [Score], { description: '该专家对此推荐的评分(草稿或已提交)' })
  scores(@Root() assignment: EvaluatorAssignment, @Ctx() ctx: RequestContext<Services>) {
    return ctx.services.scores.ofAssignment(ctx.loaders, assignment);
  }

  @FieldResolver(() => TaskPerformanceEvidence, { nullable: true, description: '被推荐单位的任务落实绩效(来自任务督导);个人或未承担任务时为空' })
  nomineeTaskPerformance(@Root() assignment: EvaluatorAssignment, @Ctx() ctx: RequestContext<Services>) {
    return ctx.services.taskEvidence.forNomination(ctx, assignment.reviewId, assignment.nominationId);
  }
}
