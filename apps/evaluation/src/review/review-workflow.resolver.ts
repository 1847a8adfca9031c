import { ExportFile, MaxCount, MaxLength, type RequestContext, requireRole } from '@ronghe/kit';
import { ListLimit, Role, TextLimit, TypicalCategory } from '@ronghe/types';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { EvaluatorAssignment } from '../assignment/assignment.entity.js';
import { Nomination } from '../nomination/nomination.stub.js';
import { Criterion, CriterionInput } from '../criterion/criterion.entity.js';
import { NominationResult } from '../result/result.entity.js';
import { Score, ScoreInput } from '../score/score.entity.js';
import type { Services } from '../services.js';
import { ReviewRules } from './review-rules.js';
import { Review } from './review.entity.js';

type Context = RequestContext<Services>;

@InputType({ description: '新建考核评审' })
class CreateReviewInput {
  @Field(() => ID, { description: '已截止的评选年度' })
  cycleId: string;

  @Field(() => Int)
  year: number;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(TextLimit.TITLE)
  title: string;

  @Field(() => Int, { defaultValue: 30, description: '联合表彰名额' })
  shortlistSize: number;

  @Field(() => Int, { defaultValue: 3, description: '每个推荐的评审专家人数' })
  evaluatorsPerNomination: number;

  @Field(() => [ID], { defaultValue: [], description: '联合表彰单位' })
  @MaxCount(ListLimit.ITEMS)
  commendingAgencyIds: string[];

  @Field(() => Int, { defaultValue: 5, description: '公示期(工作日,不少于 5)' })
  publicityWorkingDays: number;
}

@ObjectType({ description: '评审专家进度' })
class EvaluatorProgress {
  @Field(() => ID)
  evaluatorAccountId: string;

  @Field(() => String)
  username: string;

  @Field(() => Int)
  assigned: number;

  @Field(() => Int)
  recused: number;

  @Field(() => Int)
  submitted: number;
}

@ObjectType({ description: '分配看板的一行' })
class BoardRow {
  @Field(() => ID)
  nominationId: string;

  @Field(() => TypicalCategory)
  category: TypicalCategory;

  @Field(() => [EvaluatorAssignment], { description: '已分配的专家' })
  assigned: EvaluatorAssignment[];

  @Field(() => [String], { description: '须回避的专家登录名' })
  conflicted: string[];

  @Field(() => Nomination, { description: '推荐' })
  nomination: Nomination;
}

@Resolver(() => Review)
export class ReviewWorkflowResolver {
  @Authorized()
  @Query(() => [BoardRow], { description: '评审分配看板:各推荐的专家和须回避的专家' })
  assignmentBoard(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.assignments.board(ctx, reviewId);
  }

  @Authorized()
  @Mutation(() => EvaluatorAssignment, { description: '手工分配一名专家(有利害关系的拒绝)' })
  assignEvaluator(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('evaluatorAccountId', () => ID) evaluatorAccountId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.assignments.assignOne(ctx, reviewId, nominationId, evaluatorAccountId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '取消一名专家的分配(尚未评分时)' })
  unassignEvaluator(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('evaluatorAccountId', () => ID) evaluatorAccountId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.assignments.unassign(ctx, reviewId, nominationId, evaluatorAccountId);
  }

  @Authorized()
  @Mutation(() => Review, { description: '为已截止的评选年度建立考核评审(复制冻结的推荐名单)' })
  createReview(@Arg('input', () => CreateReviewInput) input: CreateReviewInput, @Ctx() ctx: Context) {
    return ctx.services.setup.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => Review, { description: '设置计分规则(开始评分前)' })
  setReviewRules(@Arg('reviewId', () => ID) reviewId: string, @Arg('rules', () => ReviewRules) rules: ReviewRules, @Ctx() ctx: Context) {
    return ctx.services.setup.setRules(ctx, reviewId, rules);
  }

  @Authorized()
  @Mutation(() => Review, { description: '设置各类别入围上限(开始评分前)' })
  setCategoryCaps(@Arg('reviewId', () => ID) reviewId: string, @Arg('caps', () => GraphQLJSONObject) caps: Record<string, number>, @Ctx() ctx: Context) {
    return ctx.services.setup.setCategoryCaps(ctx, reviewId, caps);
  }

  @Authorized()
  @Mutation(() => [Criterion], { description: '设置评分细则(开始评分前)' })
  setReviewCriteria(@Arg('reviewId', () => ID) reviewId: string, @Arg('criteria', () => [CriterionInput]) @MaxCount(ListLimit.ITEMS) criteria: CriterionInput[], @Ctx() ctx: Context) {
    return ctx.services.setup.setCriteria(ctx, reviewId, criteria);
  }

  @Authorized()
  @Mutation(() => Review, { description: '开始评分:冻结评分细则和规则' })
  startReviewScoring(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.setup.startScoring(ctx, reviewId);
  }

  @Authorized()
  @Mutation(() => [EvaluatorAssignment], { description: '自动分配评审专家(回避本单位及辖区,工作量均衡)' })
  assignEvaluators(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.assignments.autoAssign(ctx, reviewId);
  }

  @Authorized(Role.EVALUATOR)
  @Mutation(() => EvaluatorAssignment, { description: '声明回避' })
  recuseFromNomination(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('reason', () => String) @MaxLength(TextLimit.REASON) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.assignments.recuse(ctx, reviewId, nominationId, reason);
  }

  @Authorized(Role.EVALUATOR)
  @Mutation(() => [Score], { description: '保存评分;submit 为 true 时提交并锁定' })
  saveScores(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('scores', () => [ScoreInput]) @MaxCount(ListLimit.ITEMS) scores: ScoreInput[],
    @Arg('submit', () => Boolean, { defaultValue: false }) submit: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.scores.save(ctx, reviewId, nominationId, scores, submit);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '重新开放已提交的评分(留档)' })
  reopenScores(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('evaluatorAccountId', () => ID) evaluatorAccountId: string,
    @Arg('reason', () => String) @MaxLength(TextLimit.REASON) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.scores.reopen(ctx, reviewId, nominationId, evaluatorAccountId, reason);
  }

  @Authorized()
  @Mutation(() => [NominationResult], { description: '按冻结的规则计算综合得分和排名' })
  computeRanking(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.ranking.compute(ctx, reviewId);
  }

  @Authorized()
  @Query(() => ExportFile, { description: '导出评审名单(.xlsx)' })
  exportReviewList(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.listExport.export(ctx, reviewId);
  }

  @Authorized()
  @Query(() => ExportFile, { description: '联合表彰决定(PDF)' })
  commendationDecision(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.documents.decision(ctx, reviewId);
  }

  @Authorized()
  @Query(() => [ExportFile], { description: '荣誉证书(每个受表彰单位或个人一份 PDF)' })
  commendationCertificates(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.documents.certificates(ctx, reviewId);
  }

  @Authorized()
  @Query(() => [EvaluatorProgress], { description: '各评审专家的评分进度' })
  reviewProgress(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.scores.progress(ctx, reviewId);
  }

  @Authorized(Role.EVALUATOR)
  @Query(() => [EvaluatorAssignment], { description: '分配给我的评审任务' })
  myAssignments(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context) {
    return ctx.services.assignments.forEvaluator(reviewId, ctx.identity!.accountId);
  }

  @FieldResolver(() => [Criterion], { description: '评分细则' })
  criteria(@Root() review: Review, @Ctx() ctx: Context) {
    return ctx.services.setup.criteriaOf(review.id);
  }
}

@Resolver(() => NominationResult)
export class ScoreSheetResolver {
  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: '评分说明:各专家得分、去掉的分、权重、综合分和名次(仅活动办公室可见)' })
  scoreSheet(@Root() result: NominationResult, @Ctx() ctx: Context) {
    requireRole(ctx.identity, Role.PROGRAM_ADMIN);
    return result.sheet;
  }
}
