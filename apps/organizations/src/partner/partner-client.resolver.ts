import { MaxCount, MaxLength, type RequestContext } from '@ronghe/kit';
import { ListLimit, TextLimit } from '@ronghe/types';
import { Arg, Args, Authorized, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Organization } from '../organization/organization.entity.js';
import type { Services } from '../services.js';
import { PartnerClient, PartnerOperation, PartnerUsage } from './partner-client.entity.js';
import {
  IssuedPartnerKey,
  IssuePartnerClientInput,
  PageArgs,
  PartnerClientConnection,
  PartnerOperationConnection,
  PartnerUsageConnection,
  PartnerUsageInput,
  UpdatePartnerLimitsInput,
} from './partner-client.inputs.js';

type Context = RequestContext<Services>;

@Resolver(() => PartnerClient)
export class PartnerClientResolver {
  @Authorized()
  @Query(() => PartnerClientConnection, { description: '合作部门接入列表(仅活动办公室)' })
  partnerClients(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.partnerClients.list(ctx, page);
  }

  @Authorized()
  @Query(() => PartnerClient, { nullable: true, description: '一个合作部门接入(仅活动办公室)' })
  partnerClient(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.partnerClients.get(ctx, id);
  }

  @Authorized()
  @Query(() => PartnerUsageConnection, { description: '一个接入的调用统计,按日期倒序、按查询(仅活动办公室)' })
  partnerUsage(@Arg('clientId', () => ID) clientId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.partnerClients.usage(ctx, clientId, page);
  }

  @Authorized()
  @Mutation(() => IssuedPartnerKey, { description: '为合作部门的系统签发 API 密钥(只读)' })
  issuePartnerClient(@Arg('input', () => IssuePartnerClientInput) input: IssuePartnerClientInput, @Ctx() ctx: Context) {
    return ctx.services.partnerClients.issue(ctx, input);
  }

  @Authorized()
  @Mutation(() => IssuedPartnerKey, { description: '轮换密钥:旧密钥一分钟内失效' })
  rotatePartnerKey(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return ctx.services.partnerClients.rotate(ctx, id, version);
  }

  @Authorized()
  @Mutation(() => PartnerClient, { description: '停用接入:密钥一分钟内失效' })
  revokePartnerClient(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return ctx.services.partnerClients.revoke(ctx, id, version);
  }

  @Authorized()
  @Mutation(() => PartnerClient, { description: '修改每分钟请求上限和每日配额' })
  updatePartnerLimits(@Arg('input', () => UpdatePartnerLimitsInput) input: UpdatePartnerLimitsInput, @Ctx() ctx: Context) {
    return ctx.services.partnerClients.updateLimits(ctx, input);
  }

  @Authorized()
  @Mutation(() => PartnerOperation, { description: '按合作部门提供的 .graphql 文件登记一个可调用的查询' })
  registerPartnerOperation(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('document', () => String, { description: '.graphql 文件内容' }) @MaxLength(TextLimit.FREE_TEXT) document: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.partnerClients.registerOperation(ctx, clientId, document);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '撤销一个已登记的查询' })
  removePartnerOperation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.partnerClients.removeOperation(ctx, id);
  }

  /** For the gateway only (hidden by @inaccessible): the active client holding a key. */
  @Directive('@inaccessible')
  @Query(() => PartnerClient, { nullable: true, description: '持有此密钥哈希的启用中的接入' })
  partnerCredential(@Arg('keyHash', () => String) @MaxLength(TextLimit.SHORT_CODE * 2) keyHash: string, @Ctx() ctx: Context) {
    return ctx.services.partnerClients.credential(keyHash);
  }

  /** For the supergraph check only: what a new schema must keep answering. */
  @Directive('@inaccessible')
  @Query(() => PartnerOperationConnection, { description: '启用中的接入已登记的全部查询(发布模式检查用)' })
  registeredPartnerOperations(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.partnerClients.registeredOperations(page);
  }

  /** For the gateway only: its batched usage counts. */
  @Directive('@inaccessible')
  @Mutation(() => Boolean, { description: '记录网关汇总的调用次数' })
  recordPartnerUsage(
    @Arg('entries', () => [PartnerUsageInput]) @MaxCount(ListLimit.BATCH) entries: PartnerUsageInput[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.partnerClients.recordUsage(entries);
  }

  @FieldResolver(() => Organization, { nullable: true, description: '所属合作部门' })
  organization(@Root() client: PartnerClient, @Ctx() ctx: Context) {
    return ctx.services.organizations.loaderById(ctx.loaders).load(client.organizationId);
  }

  @FieldResolver(() => PartnerOperationConnection, { description: '已登记的查询' })
  operations(@Root() client: PartnerClient, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.partnerClients.operations(ctx.loaders, client.id, page);
  }

  /** The gateway's view: every registered document at once (at most MAX_OPERATIONS_PER_CLIENT). */
  @Directive('@inaccessible')
  @FieldResolver(() => [PartnerOperation], { description: '全部已登记的查询(网关用)' })
  registered(@Root() client: PartnerClient & { registered?: PartnerOperation[] }, @Ctx() ctx: Context) {
    return client.registered ?? ctx.services.partnerClients.operations(ctx.loaders, client.id, { first: 100 }).then((c) => c.nodes);
  }

  @FieldResolver(() => Int, { description: '今日(北京时间)调用次数' })
  async callsToday(@Root() client: PartnerClient, @Ctx() ctx: Context) {
    return (await ctx.services.partnerClients.todayLoader(ctx.loaders).load(client.id)).count;
  }
}

@Resolver(() => PartnerUsage)
export class PartnerUsageResolver {
  @FieldResolver(() => Int, { description: '平均耗时(毫秒)' })
  averageLatencyMs(@Root() usage: PartnerUsage) {
    return usage.count ? Math.round(usage.latencyMsSum / usage.count) : 0;
  }
}
