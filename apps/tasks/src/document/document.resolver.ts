import { type RequestContext, requireIdentity } from '@ronghe/kit';
import { DocumentValidity } from '@ronghe/types';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Services } from '../services.js';
import { PolicyDocument } from './document.entity.js';
import { CreatePolicyDocumentInput, PolicyDocumentConnection, PolicyDocumentsArgs } from './document.inputs.js';

type Context = RequestContext<Services>;

@Resolver(() => PolicyDocument)
export class DocumentResolver {
  @Authorized()
  @Query(() => PolicyDocumentConnection, { description: '政策文件,按发布日期从新到旧' })
  policyDocuments(@Args(() => PolicyDocumentsArgs) args: PolicyDocumentsArgs, @Ctx() ctx: Context) {
    return ctx.services.documents.list(ctx, args);
  }

  @Authorized()
  @Query(() => PolicyDocument, { nullable: true, description: '按 id 查文件' })
  policyDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.documents.loaderById(ctx.loaders).load(id);
  }

  @Mutation(() => PolicyDocument, { description: '登记政策文件(活动办公室)' })
  createPolicyDocument(@Arg('input', () => CreatePolicyDocumentInput) input: CreatePolicyDocumentInput, @Ctx() ctx: Context) {
    return ctx.services.documents.create(ctx, input);
  }

  @Mutation(() => PolicyDocument, { description: '设定文件有效性;失效后其方案只作历史查阅' })
  setPolicyDocumentValidity(
    @Arg('id', () => ID) id: string,
    @Arg('validity', () => DocumentValidity) validity: DocumentValidity,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.documents.setValidity(ctx, id, validity, version);
  }

  @FieldResolver(() => Int, { description: '主要任务数;登记后尚未建立任务时为 0' })
  async taskCount(@Root() document: PolicyDocument, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.services.tasks.tasksOfDocumentLoader(ctx.loaders).load(document.id)).length;
  }
}

export const documentReference = {
  __resolveReference(ref: { id: string }, ctx: Context) {
    requireIdentity(ctx.identity);
    return ctx.services.documents.loaderById(ctx.loaders).load(ref.id);
  },
};
