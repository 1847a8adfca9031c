import { ListLimit, TextLimit } from '@ronghe/types';
import { MaxCount, MaxLength, type RequestContext, requireIdentity } from '@ronghe/kit';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import {
  Arg,
  Args,
  Authorized,
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
import { Organization } from '../organization/organization.entity.js';
import type { Services } from '../services.js';
import { Account } from './account.entity.js';
import { AccountConnection, AccountsArgs, CreateAccountInput, UpdateAccountInput } from './account.inputs.js';

type Context = RequestContext<Services>;

/** Who acted, as every page shows it: the name and unit behind a login name, nothing more of the account. */
@ObjectType({ description: '经办人:登录名对应的姓名和所在单位' })
export class Actor {
  @Field(() => String, { description: '登录名' })
  username: string;

  @Field(() => String, { description: '姓名' })
  displayName: string;

  @Field(() => String, { description: '所在单位' })
  organizationName: string;
}

@ObjectType({ description: '登录结果' })
export class AuthPayload {
  @Field(() => String, { description: '访问令牌,放在 Authorization: Bearer 头中' })
  accessToken: string;

  @Field(() => GraphQLDateTimeISO, { description: '访问令牌过期时间' })
  expiresAt: Date;

  @Field(() => String, { description: '刷新令牌,用一次即换新;访问令牌过期前用它换取新的' })
  refreshToken: string;

  @Field(() => Account)
  account: Account;
}

@Resolver(() => Account)
export class AccountResolver {
  @Mutation(() => AuthPayload, { description: '用户名密码登录,签发访问令牌' })
  login(
    @Arg('username', () => String) @MaxLength(TextLimit.SHORT_CODE) username: string,
    @Arg('password', () => String) @MaxLength(TextLimit.SECRET) password: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.accounts.login({ username, password });
  }

  @Mutation(() => AuthPayload, { description: '用刷新令牌换取新的访问令牌' })
  refreshSession(@Arg('refreshToken', () => String) @MaxLength(TextLimit.SECRET) refreshToken: string, @Ctx() ctx: Context) {
    return ctx.services.accounts.refresh(refreshToken);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '退出登录:本账号在各处的登录一分钟内全部失效' })
  logout(@Ctx() ctx: Context) {
    return ctx.services.accounts.logout(ctx);
  }

  /** For the gateway only (hidden by @inaccessible): the version its access tokens must carry. */
  @Directive('@inaccessible')
  @Query(() => Int, { nullable: true, description: '账号当前的会话版本;账号不存在时为 null' })
  sessionVersion(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: Context) {
    requireIdentity(ctx.identity);
    return ctx.services.accounts.sessionVersion(accountId);
  }

  @Authorized()
  @Mutation(() => Account, { description: '修改自己的密码;本账号的所有登录随即失效' })
  changePassword(
    @Arg('oldPassword', () => String) @MaxLength(TextLimit.SECRET) oldPassword: string,
    @Arg('newPassword', () => String) @MaxLength(TextLimit.SECRET) newPassword: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.accounts.changePassword(ctx, oldPassword, newPassword);
  }

  @Query(() => Account, { nullable: true, description: '当前登录的账号;未登录时为 null' })
  me(@Ctx() ctx: Context) {
    return ctx.identity ? ctx.services.accounts.findById(ctx.identity.accountId) : null;
  }

  @Authorized()
  @Authorized()
  @Query(() => [Actor], { description: '按登录名查经办人的姓名和单位,供各页面显示谁经办;没有的登录名不返回' })
  actors(
    @Arg('usernames', () => [String]) @MaxCount(ListLimit.ITEMS) @MaxLength(TextLimit.SHORT_CODE) usernames: string[],
    @Ctx() ctx: Context,
  ): Promise<Actor[]> {
    return ctx.services.accounts.actors(ctx, usernames);
  }

  @Query(() => AccountConnection, { description: '账号列表(仅管理员)' })
  accounts(@Args(() => AccountsArgs) args: AccountsArgs, @Ctx() ctx: Context) {
    return ctx.services.accounts.list(ctx, args);
  }

  @Authorized()
  @Mutation(() => Account, { description: '新建账号(仅管理员)' })
  createAccount(@Arg('input', () => CreateAccountInput) input: CreateAccountInput, @Ctx() ctx: Context) {
    return ctx.services.accounts.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => Account, { description: '修改账号的单位、角色或状态(仅管理员)' })
  updateAccount(@Arg('input', () => UpdateAccountInput) input: UpdateAccountInput, @Ctx() ctx: Context) {
    return ctx.services.accounts.update(ctx, input);
  }

  @Authorized()
  @Mutation(() => Account, { description: '重置密码为临时密码,用户下次登录须修改(仅管理员)' })
  resetPassword(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('temporaryPassword', () => String) @MaxLength(TextLimit.SECRET) temporaryPassword: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.accounts.resetPassword(ctx, accountId, temporaryPassword);
  }

  @FieldResolver(() => GraphQLDateTimeISO, { nullable: true, description: '锁定至' })
  lockedUntil(@Root() account: Account, @Ctx() ctx: Context) {
    return ctx.services.accounts.lockedUntilLoader(ctx.loaders).load(account.username);
  }

  @FieldResolver(() => Organization, { description: '所属单位' })
  organization(@Root() account: Account, @Ctx() ctx: Context) {
    return ctx.services.organizations.loaderById(ctx.loaders).load(account.organizationId);
  }
}
