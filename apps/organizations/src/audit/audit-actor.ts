import { AUDIT_ACT_SOURCE, AuditActs, auditSchema, byKey, idKeys, type LoaderRegistry, type RequestContext } from '@ronghe/kit';
import { Authorized, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { type DataSource, In } from 'typeorm';
import { Account } from '../account/account.entity.js';
import { Organization } from '../organization/organization.entity.js';
import type { Services } from '../services.js';

type Context = RequestContext<Services>;

/** Who did an audited act, by display name and unit (never the login name); other subgraphs key it. */
@ObjectType('AuditActor', { description: '操作人' })
@Directive('@key(fields: "id")')
export class AuditActor {
  @Field(() => ID)
  id: string;
}

// Registry edits were logged before the audit view: they read as acts of the same shape.
const REGISTRY_CHANGES = `SELECT id, occurred_at, actor_account_id, lower(entity_type) || '.' || lower(action) AS action,
  entity_type AS subject_type, entity_id AS subject_id, jsonb_strip_nulls(jsonb_build_object('before', before, 'after', after)) AS detail
  FROM audit_log`;

/** The registry's acts: sign-ins and registry changes; and the accounts behind every subgraph's acts. */
export class RegistryActs extends AuditActs {
  constructor(private readonly db: DataSource) {
    super(db, 'organizations', [AUDIT_ACT_SOURCE, REGISTRY_CHANGES]);
  }

  accountLoader(loaders: LoaderRegistry) {
    return loaders.get<string, Account | null>('auditActor.account', async (ids) => {
      const rows = await this.db.getRepository(Account).findBy({ id: In(idKeys(ids)) });
      return byKey(ids, rows, (a) => a.id, null);
    });
  }
}

export const { AuditResolver: ActsResolver } = auditSchema('organizations', AuditActor);

@Resolver(() => AuditActor)
export class AuditActorResolver {
  @Authorized('audit.read')
  @FieldResolver(() => String, { description: '姓名' })
  async displayName(@Root() actor: AuditActor, @Ctx() ctx: Context) {
    return (await ctx.services.acts.accountLoader(ctx.loaders).load(actor.id))?.displayName ?? '(账号不存在)';
  }

  @Authorized('audit.read')
  @FieldResolver(() => Organization, { nullable: true, description: '所属单位' })
  async unit(@Root() actor: AuditActor, @Ctx() ctx: Context) {
    const account = await ctx.services.acts.accountLoader(ctx.loaders).load(actor.id);
    return account ? ctx.services.organizations.loaderById(ctx.loaders).load(account.organizationId) : null;
  }
}

/** Any subgraph's act names its actor by id; the names come from here, batched. */
export const auditActorReference = {
  __resolveReference(ref: { id: string }) {
    return Object.assign(new AuditActor(), { id: ref.id });
  },
};
