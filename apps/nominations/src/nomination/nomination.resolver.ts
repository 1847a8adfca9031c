import { ExportFile, MaxCount, MaxLength, PageArgs, type RequestContext, requireIdentity } from '@ronghe/kit';
import { ListLimit, TextLimit, TypicalCategory } from '@ronghe/types';
import {
  Arg,
  Args,
  Authorized,
  createUnionType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { NominationCycle } from '../cycle/cycle.entity.js';
import { Organization } from '../organization/organization.stub.js';
import { Person } from '../person/person.stub.js';
import type { Services } from '../services.js';
import { Honour, Nomination, NominationAttachment, NominationEvent } from './nomination.entity.js';
import {
  CreateNominationInput,
  HonourConnection,
  HonourInput,
  HonoursArgs,
  NominationConnection,
  NominationsArgs,
  UpdateNominationInput,
} from './nomination.inputs.js';

type Context = RequestContext<Services>;

export const Nominee = createUnionType({
  name: 'Nominee',
  description: '被推荐对象:单位或外来务工人员',
  types: () => [Organization, Person] as const,
  resolveType: (value) => (value instanceof Person ? Person : Organization),
});

/** The unit or person a nomination or an honour names, as a reference the owning subgraph resolves. */
function nomineeOf(row: { nomineePersonId: string | null; nomineeOrganizationId: string | null }): Organization | Person {
  return row.nomineePersonId
    ? Object.assign(new Person(), { id: row.nomineePersonId })
    : Object.assign(new Organization(), { id: row.nomineeOrganizationId! });
}

@ObjectType({ description: '名额使用情况' })
export class QuotaUse {
  @Field(() => ID)
  nominatorOrganizationId: string;

  @Field(() => TypicalCategory)
  category: TypicalCategory;

  @Field(() => Int, { description: '已用' })
  used: number;

  @Field(() => Int, { description: '名额' })
  quota: number;
}

@Resolver(() => QuotaUse)
export class QuotaUseResolver {
  @FieldResolver(() => Organization, { description: '推荐单位' })
  nominator(@Root() row: QuotaUse): Organization {
    return Object.assign(new Organization(), { id: row.nominatorOrganizationId });
  }
}

@Resolver(() => Nomination)
export class NominationResolver {
  @Authorized()
  @Query(() => NominationConnection, { description: '典型推荐列表;单位经办人只看到本单位上报的' })
  nominations(@Args(() => NominationsArgs) args: NominationsArgs, @Ctx() ctx: Context) {
    return ctx.services.nominations.list(ctx, args);
  }

  @Authorized()
  @Query(() => Nomination, { nullable: true, description: '按 id 查推荐' })
  nomination(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.nominations.get(ctx, id);
  }

  @Authorized()
  @Query(() => [QuotaUse], { description: '名额使用情况' })
  quotaOverview(@Arg('cycleId', () => ID) cycleId: string, @Ctx() ctx: Context) {
    return ctx.services.nominations.quotaOverview(ctx, cycleId);
  }

  @Authorized()
  @Query(() => ExportFile, { description: '导出推荐汇总表(.xlsx),可按类别、状态、推荐单位筛选' })
  exportNominationSummary(@Args(() => NominationsArgs) args: NominationsArgs, @Ctx() ctx: Context) {
    return ctx.services.summaries.export(ctx, args);
  }

  @Authorized()
  @Query(() => ExportFile, { description: '推荐表(PDF),含推荐单位签字、盖章处' })
  nominationForm(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.forms.render(ctx, id);
  }

  @Authorized()
  @Query(() => ExportFile, { description: '下载附件:推荐单位、活动办公室、评审专家和审批人可下载' })
  async nominationAttachmentFile(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ExportFile> {
    const { attachment, content } = await ctx.services.nominations.attachmentFile(ctx, id);
    return { fileName: attachment.fileName, mimeType: attachment.mimeType, contentBase64: content.toString('base64'), rowCount: 1 };
  }

  @Directive('@inaccessible')
  @Query(() => [Nomination], { description: '截止时冻结的已受理推荐(供考核评审子图读取)' })
  frozenNominations(@Arg('cycleId', () => ID) cycleId: string, @Ctx() ctx: Context) {
    return ctx.services.nominations.frozenSet(ctx, cycleId);
  }

  @Authorized()
  @Mutation(() => Nomination, { description: '新建推荐(草稿)' })
  createNomination(@Arg('input', () => CreateNominationInput) input: CreateNominationInput, @Ctx() ctx: Context) {
    return ctx.services.nominations.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => Nomination, { description: '修改草稿或退回的推荐' })
  updateNomination(@Arg('input', () => UpdateNominationInput) input: UpdateNominationInput, @Ctx() ctx: Context) {
    return ctx.services.nominations.update(ctx, input);
  }

  @Authorized()
  @Mutation(() => Nomination, { description: '上报' })
  submitNomination(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return ctx.services.nominations.submit(ctx, id, version);
  }

  @Authorized()
  @Mutation(() => Nomination, { description: '撤回' })
  withdrawNomination(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return ctx.services.nominations.withdraw(ctx, id, version);
  }

  @Authorized()
  @Mutation(() => Nomination, { description: '受理(活动办公室)' })
  acceptNomination(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return ctx.services.nominations.accept(ctx, id, version);
  }

  @Authorized()
  @Mutation(() => Nomination, { description: '退回修改(活动办公室,须填理由)' })
  returnNomination(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) @MaxLength(TextLimit.REASON) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.nominations.return(ctx, id, version, reason);
  }

  @Authorized()
  @Mutation(() => Nomination, { description: '取消资格(活动办公室,须填理由)' })
  disqualifyNomination(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) @MaxLength(TextLimit.REASON) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.nominations.disqualify(ctx, id, version, reason);
  }

  @Authorized()
  @Mutation(() => [Nomination], { description: '调整本单位某类别的推荐顺序' })
  reorderNominations(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('nominatorOrganizationId', () => ID) nominatorId: string,
    @Arg('category', () => TypicalCategory) category: TypicalCategory,
    @Arg('orderedIds', () => [ID]) @MaxCount(ListLimit.BATCH) orderedIds: string[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.nominations.reorder(ctx, cycleId, nominatorId, category, orderedIds);
  }

  @Authorized()
  @Mutation(() => NominationAttachment, { description: '为事迹材料添加附件(不超过 5 MB)' })
  addNominationAttachment(
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('fileName', () => String) @MaxLength(TextLimit.FILE_NAME) fileName: string,
    @Arg('mimeType', () => String) @MaxLength(TextLimit.LABEL) mimeType: string,
    @Arg('contentBase64', () => String) @MaxLength(TextLimit.FILE_BASE64) contentBase64: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.nominations.addAttachment(ctx, nominationId, fileName, mimeType, contentBase64);
  }

  @Authorized()
  @Mutation(() => NominationAttachment, { description: '删除附件(仅草稿或退回修改的推荐)' })
  removeNominationAttachment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.nominations.removeAttachment(ctx, id);
  }

  @Authorized()
  @Mutation(() => Honour, { description: '记录以往的表彰(供预审比对)' })
  recordHonour(@Arg('input', () => HonourInput) input: HonourInput, @Ctx() ctx: Context) {
    return ctx.services.nominations.recordHonour(ctx, input);
  }

  @Directive('@inaccessible')
  @Mutation(() => [Honour], { description: '记录联合表彰结果(考核评审子图在表彰确定时调用)' })
  recordHonours(@Arg('inputs', () => [HonourInput]) @MaxCount(ListLimit.BATCH) inputs: HonourInput[], @Ctx() ctx: Context) {
    return ctx.services.nominations.recordHonours(ctx, inputs);
  }

  @FieldResolver(() => NominationCycle, { description: '评选年度' })
  cycle(@Root() nomination: Nomination, @Ctx() ctx: Context) {
    return ctx.services.cycles.loaderById(ctx.loaders).load(nomination.cycleId);
  }

  @FieldResolver(() => Nominee, { description: '被推荐对象' })
  nominee(@Root() nomination: Nomination): Organization | Person {
    return nomineeOf(nomination);
  }

  @FieldResolver(() => Organization, { description: '推荐单位' })
  nominator(@Root() nomination: Nomination): Organization {
    return Object.assign(new Organization(), { id: nomination.nominatorOrganizationId });
  }

  @FieldResolver(() => [NominationEvent], { description: '状态变更记录' })
  history(@Root() nomination: Nomination, @Ctx() ctx: Context) {
    return ctx.services.nominations.history(ctx.loaders, nomination.id);
  }

  @FieldResolver(() => [NominationAttachment], { description: '附件' })
  attachments(@Root() nomination: Nomination, @Ctx() ctx: Context) {
    return ctx.services.nominations.attachmentsOf(ctx.loaders, nomination.id);
  }
}

@Resolver(() => Honour)
export class HonourResolver {
  @Authorized()
  @Query(() => HonourConnection, { description: '表彰记录(含系统启用前的往年表彰),最近录入的在前' })
  honours(@Args(() => HonoursArgs) args: HonoursArgs, @Ctx() ctx: Context) {
    return ctx.services.nominations.honours(ctx, args);
  }

  @FieldResolver(() => Nominee, { description: '受表彰对象' })
  nominee(@Root() honour: Honour): Organization | Person {
    return nomineeOf(honour);
  }
}

/**
 * Contributes `Organization.nominationsReceived` and `Organization.nominationsMade`. Nullable, as every
 * field this subgraph adds to another's entity: when nominations is down, a unit's page still loads.
 */
@Resolver(() => Organization)
export class OrganizationNominationsResolver {
  @FieldResolver(() => NominationConnection, { nullable: true, description: '该单位作为被推荐对象的推荐;推荐服务不可用时为空' })
  nominationsReceived(@Root() organization: Organization, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.nominations.pageOf(ctx, 'nomineeOrganizationId', organization.id, page);
  }

  @FieldResolver(() => NominationConnection, { nullable: true, description: '该单位上报的推荐;推荐服务不可用时为空' })
  nominationsMade(@Root() organization: Organization, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.nominations.pageOf(ctx, 'nominatorOrganizationId', organization.id, page);
  }
}

/** Contributes `Person.nominations`; nullable for the same reason. */
@Resolver(() => Person)
export class PersonNominationsResolver {
  @FieldResolver(() => NominationConnection, { nullable: true, description: '对该外来务工人员的推荐;推荐服务不可用时为空' })
  nominations(@Root() person: Person, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.nominations.pageOf(ctx, 'nomineePersonId', person.id, page);
  }
}

export const nominationReference = {
  __resolveReference(ref: { id: string }, ctx: Context) {
    requireIdentity(ctx.identity);
    return ctx.services.nominations.get(ctx, ref.id);
  },
};
