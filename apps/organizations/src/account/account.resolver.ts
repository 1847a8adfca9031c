import type { RequestContext } from '@ronghe/kit';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Organization } from '../organization/organization.entity.js';
import type { Services } from '../services.js';
import { Account } from './account.entity.js';

type Context = RequestContext<Services>;

@ObjectType({ description: '登录结果' })
export class AuthPayload {
  @Field(() => String, { description: '访问令牌,放在 Authorization: Bearer 头中' })
  accessToken: string;

  @Field(() => GraphQLDateTimeISO, { description: '令牌过期时间' })
  expiresAt: Date;

  @Field(() => Account)
  account: Account;
}

@Resolver(() => Account)
export class AccountResolver {
  @Mutation(() => AuthPayload, { description: '用户名密码登录,签发访问令牌' })
  login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.accounts.login({ username, password });
  }

  @Query(() => Account, { nullable: true, description: '当前登录的账号;未登录时为 null' })
  me(@Ctx() ctx: Context) {
    return ctx.identity ? ctx.services.accounts.findById(ctx.identity.accountId) : null;
  }

  @FieldResolver(() => Organization, { description: '所属单位' })
  organization(@Root() account: Account, @Ctx() ctx: Context) {
    return ctx.services.organizations.loaderById(ctx.loaders).load(account.organizationId);
  }
}
