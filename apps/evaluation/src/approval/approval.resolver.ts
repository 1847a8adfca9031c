import type { Permission } from '@ronghe/types';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { MaxCount, MaxLength, type RequestContext } from '@ronghe/kit';
import { ListLimit, TextLimit } from '@ronghe/types';
import { Review } from '../review/review.entity.js';
import type { Services } from '../services.js';
import { Approval, Objection } from './approval.entities.js';
import { ObjectionInput } from './approval.inputs.js';

type Context = RequestContext<Services>;

@Resolver(() => Review)
export class ApprovalResolver {
  @Authorized()
  @Mutation(() => Review, { description: '设置联合表彰单位' })
  setCommendingAgencies(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('agencyIds', () => [ID]) @MaxCount(ListLimit.ITEMS) agencyIds: string[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvals.setCommendingAgencies(ctx, reviewId, agencyIds);
  }

  @Authorized()
  @Mutation(() => Review, { description: '人工调整入围名单(须填理由;已有审批作废)' })
  changeShortlist(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('include', () => Boolean) include: boolean,
    @Arg('reason', () => String) @MaxLength(TextLimit.REASON) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvals.changeShortlist(ctx, reviewId, nominationId, include, reason);
  }

  @Authorized<Permission>('commendation.approve')
  @Mutation(() => Review, { description: '表彰单位审批当前版本的名单' })
  approveShortlist(@Arg('reviewId', () => ID) reviewId: string, @Arg('shortlistVersion', () => Int) version: number, @Ctx() ctx: Context) {
    return ctx.services.approvals.approve(ctx, reviewId, version);
  }

  @Authorized<Permission>('commendation.approve')
  @Mutation(() => Review, { description: '表彰单位不同意当前版本的名单(须填理由,活动办公室可见)' })
  declineShortlist(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('shortlistVersion', () => Int) shortlistVersion: number,
    @Arg('reason', () => String) @MaxLength(TextLimit.REASON) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvals.decline(ctx, { reviewId, shortlistVersion, reason });
  }

  @Authorized()
  @Mutation(() => Review, { description: '开始公示(默认今天起;早于今天须说明已在线下张贴的理由)' })
  startPublicity(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('startDate', () => String, { nullable: true }) @MaxLength(TextLimit.SHORT_CODE) startDate: string | null,
    @Arg('paperReason', () => String, { nullable: true, description: '公示已在线下张贴、补录开始日期的理由' })
    @MaxLength(TextLimit.REASON)
    paperReason: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvals.startPublicity(ctx, { reviewId, startDate, paperReason });
  }

  @Authorized()
  @Mutation(() => Objection, { description: '登记公示期异议' })
  raiseObjection(@Arg('input', () => ObjectionInput) input: ObjectionInput, @Ctx() ctx: Context) {
    return ctx.services.approvals.object(ctx, input);
  }

  @Authorized()
  @Mutation(() => Objection, { description: '答复异议:成立则移出名单、依次递补并重新审批公示' })
  answerObjection(
    @Arg('objectionId', () => ID) objectionId: string,
    @Arg('upheld', () => Boolean) upheld: boolean,
    @Arg('answer', () => String) @MaxLength(TextLimit.REASON) answer: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvals.answerObjection(ctx, objectionId, upheld, answer);
  }

  @Authorized()
  @Mutation(() => Review, { description: '公示期满且无未答复异议后,确定联合表彰名单' })
  finalizeCommendation(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('decisionNumber', () => String, { nullable: true, description: '表彰决定文号' })
    @MaxLength(TextLimit.SHORT_CODE)
    decisionNumber: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvals.finalize(ctx, { reviewId, decisionNumber });
  }

  @FieldResolver(() => [Approval], { description: '审批记录' })
  approvals(@Root() review: Review, @Ctx() ctx: Context) {
    return ctx.services.approvals.approvalsOf(ctx, review.id);
  }

  @FieldResolver(() => [Objection], { description: '公示期异议' })
  objections(@Root() review: Review, @Ctx() ctx: Context) {
    return ctx.services.approvals.objectionsOf(ctx, review.id);
  }
}
