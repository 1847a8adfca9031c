import type { RequestContext } from '@ronghe/kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Organization } from '../organization/organization.entity.js';
import type { Services } from '../services.js';
import { Person, PersonalData } from './person.entity.js';
import { PersonConnection, PersonInput, PersonsArgs, UpdatePersonInput } from './person.inputs.js';

type Context = RequestContext<Services>;

@Resolver(() => Person)
export class PersonResolver {
  @Authorized()
  @Query(() => PersonConnection, { description: '外来务工人员名录(个人信息脱敏)' })
  persons(@Args(() => PersonsArgs) args: PersonsArgs, @Ctx() ctx: Context) {
    return ctx.services.persons.list(ctx, args);
  }

  @Authorized()
  @Query(() => Person, { nullable: true, description: '按 id 查外来务工人员' })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.persons.get(ctx, id);
  }

  @Authorized()
  @Mutation(() => PersonalData, { description: '查看完整身份证号和手机号;每次查看都记入审计日志' })
  revealPersonalData(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.persons.reveal(ctx, id);
  }

  @Authorized()
  @Mutation(() => Person, { description: '登记外来务工人员' })
  createPerson(@Arg('input', () => PersonInput) input: PersonInput, @Ctx() ctx: Context) {
    return ctx.services.persons.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => Person, { description: '修改外来务工人员信息' })
  updatePerson(@Arg('input', () => UpdatePersonInput) input: UpdatePersonInput, @Ctx() ctx: Context) {
    return ctx.services.persons.update(ctx, input);
  }

  @Authorized()
  @Mutation(() => Person, { description: '删除外来务工人员(保留历史)' })
  deletePerson(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return ctx.services.persons.remove(ctx, id, version);
  }

  @FieldResolver(() => Organization, { nullable: true, description: '就业单位' })
  employer(@Root() person: Person, @Ctx() ctx: Context) {
    return person.employerId ? ctx.services.organizations.loaderById(ctx.loaders).load(person.employerId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: '居住社区' })
  community(@Root() person: Person, @Ctx() ctx: Context) {
    return person.communityId ? ctx.services.organizations.loaderById(ctx.loaders).load(person.communityId) : null;
  }
}

export const personReference = {
  __resolveReference(ref: { id: string }, ctx: Context) {
    return ctx.services.persons.get(ctx, ref.id);
  },
};
