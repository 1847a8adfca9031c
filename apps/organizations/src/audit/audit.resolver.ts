import { PageArgs, type RequestContext, connectionType, requirePermission, MaxLength } from '@ronghe/kit';
import { TextLimit } from '@ronghe/types';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import type { Services } from '../services.js';
import { AuditRecord } from './audit.entity.js';

type Context = RequestContext<Services>;

export const AuditRecordConnection = connectionType(AuditRecord, 'AuditRecord');

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '对象类型' })
  @MaxLength(TextLimit.SHORT_CODE)
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: '对象 id' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: '操作账号 id' })
  actorAccountId?: string | null;
}

@Resolver(() => AuditRecord)
export class AuditResolver {
  @Authorized()
  @Query(() => AuditRecordConnection, { description: '审计日志,最新的在前(仅管理员)' })
  auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: Context) {
    requirePermission(ctx.identity, 'audit.read');
    return ctx.services.audit.list(args);
  }
}
