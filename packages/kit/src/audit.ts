// Decorated classes below: importable on its own, not only through the kit's index.
import 'reflect-metadata';
import { encodeCursor, ErrorCode, type Identity, isUuid, ListLimit, TextLimit } from '@ronghe/types';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import {
  Args,
  ArgsType,
  Authorized,
  type ClassType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Column, type DataSource, Entity, type EntityManager, PrimaryColumn } from 'typeorm';
import type { RequestContext } from './context.js';
import { appendOnlySql, type MigrationClass, sqlMigration } from './database.js';
import { DomainError } from './errors.js';
import { newId } from './ids.js';
import { entityStub } from './stub.js';
import { MaxCount, MaxLength } from './limits.js';
import { type Connection, PageInfo, PageArgs, readPageArgs } from './pagination.js';

// Every subgraph keeps its accountable acts in an append-only `audit_act` table, written in the
// transaction of the act, and answers `<subgraph>Audit` with the same shape; the admin client
// merges the four by time under one keyset cursor.

/** The system's own acts (jobs, public pages) carry no person. */
const SYSTEM_ACCOUNT = '00000000-0000-0000-0000-000000000000';

/** The migration that makes a subgraph's `audit_act` table. */
export function auditActMigration(name: string): MigrationClass {
  return sqlMigration(
    name,
    `
    CREATE TABLE audit_act (
      id uuid PRIMARY KEY,
      occurred_at timestamptz(3) NOT NULL,
      actor_account_id uuid,
      action text NOT NULL,
      subject_type text NOT NULL,
      subject_id uuid NOT NULL,
      detail jsonb NOT NULL DEFAULT '{}'
    );
    CREATE INDEX audit_act_occurred_idx ON audit_act (occurred_at DESC, id DESC);
    CREATE INDEX audit_act_subject_idx ON audit_act (subject_id, occurred_at DESC);
    CREATE INDEX audit_act_actor_idx ON audit_act (actor_account_id, occurred_at DESC);
    ${appendOnlySql('audit_act')}
    `,
    'DROP TABLE audit_act;',
  );
}

@Entity({ name: 'audit_act' })
export class AuditActRecord {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ type: 'jsonb', default: {} })
  detail: Record<string, unknown>;
}

export interface Act {
  /** What was done, e.g. `cycle.freeze`; the admin client names it in Chinese. */
  action: string;
  subjectType: string;
  subjectId: string;
  detail?: Record<string, unknown>;
  /** When the act took effect; now by default. */
  at?: Date;
}

/** Records one accountable act inside the transaction that does it: both land, or neither. */
export async function recordAct(tx: EntityManager, actor: Pick<Identity, 'accountId'> | null, act: Act): Promise<void> {
  await tx.getRepository(AuditActRecord).insert({
    id: newId(),
    occurredAt: act.at ?? new Date(),
    actorAccountId: actor && actor.accountId !== SYSTEM_ACCOUNT ? actor.accountId : null,
    action: act.action,
    subjectType: act.subjectType,
    subjectId: act.subjectId,
    detail: (act.detail ?? {}) as never,
  });
}

/**
 * A subgraph's acts as SQL: `audit_act`, and any history table it kept before, each as a SELECT of
 * `id, occurred_at, actor_account_id, action, subject_type, subject_id, detail`.
 */
export const AUDIT_ACT_SOURCE = 'SELECT id, occurred_at, actor_account_id, action, subject_type, subject_id, detail FROM audit_act';

export interface AuditFilter {
  actorAccountId?: string | null;
  actions?: string[] | null;
  subjectId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface AuditActRow {
  id: string;
  service: string;
  occurredAt: Date;
  actorAccountId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  detail: Record<string, unknown>;
}

function requireId(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  if (!isUuid(value)) throw new DomainError(ErrorCode.BAD_USER_INPUT, '编号格式不正确', { field });
  return value;
}

/** A subgraph's acts, read from its sources; services hold one as `acts`. */
export class AuditActs {
  constructor(
    private readonly dataSource: DataSource,
    private readonly service: string,
    private readonly sources: readonly string[] = [AUDIT_ACT_SOURCE],
  ) {}

  list(args: AuditFilter & Partial<PageArgs>): Promise<Connection<AuditActRow>> {
    return listAuditActs(this.dataSource, this.service, this.sources, args);
  }
}

/** Newest first, keyset-paginated on (time, id): one query for the page, one for the count. */
async function listAuditActs(
  dataSource: DataSource,
  service: string,
  sources: readonly string[],
  args: AuditFilter & Partial<PageArgs>,
): Promise<Connection<AuditActRow>> {
  const { first, after } = readPageArgs(args);
  const params: unknown[] = [];
  const where: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const actor = requireId(args.actorAccountId, 'actorAccountId');
  const subject = requireId(args.subjectId, 'subjectId');
  if (actor) where.push(`a.actor_account_id = ${param(actor)}::uuid`);
  if (subject) where.push(`a.subject_id = ${param(subject)}::uuid`);
  if (args.actions?.length) where.push(`a.action = ANY(${param(args.actions)}::text[])`);
  if (args.from) where.push(`a.occurred_at >= ${param(args.from)}`);
  if (args.to) where.push(`a.occurred_at < ${param(args.to)}`);
  const from = `FROM (${sources.join(' UNION ALL ')}) a`;
  const filtered = `${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count ${filtered}`, params);
  if (after) {
    const [time, id] = after as [string, string];
    // Only a key this query issued: an exact instant (it round-trips) and an id.
    const instant = new Date(time);
    if (Number.isNaN(instant.getTime()) || instant.toISOString() !== time || !isUuid(id)) {
      throw new DomainError(ErrorCode.INVALID_CURSOR, '分页游标无效');
    }
    where.push(`(a.occurred_at, a.id) < (${param(time)}::timestamptz, ${param(id)}::uuid)`);
  }
  const rows: {
    id: string;
    occurred_at: Date;
    actor_account_id: string | null;
    action: string;
    subject_type: string;
    subject_id: string;
    detail: Record<string, unknown> | null;
  }[] = await dataSource.query(
    `SELECT a.* ${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}
      ORDER BY a.occurred_at DESC, a.id DESC LIMIT ${first + 1}`,
    params,
  );
  const nodes: AuditActRow[] = rows.slice(0, first).map((r) => ({
    id: r.id,
    service,
    occurredAt: new Date(r.occurred_at),
    actorAccountId: r.actor_account_id,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    detail: r.detail ?? {},
  }));
  // The same cursor in every subgraph: the admin client passes one to all four.
  const edges = nodes.map((node) => ({ cursor: encodeCursor([node.occurredAt.toISOString(), node.id]), node }));
  return {
    edges,
    nodes,
    totalCount: count,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

@ArgsType()
export class AuditArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '操作人账号 id' })
  actorAccountId?: string | null;

  @Field(() => [String], { nullable: true, description: '操作(任一)' })
  @MaxCount(ListLimit.CHOICES)
  @MaxLength(TextLimit.SHORT_CODE)
  actions?: string[] | null;

  @Field(() => ID, { nullable: true, description: '对象 id' })
  subjectId?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '起(含)' })
  from?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '止(不含)' })
  to?: Date | null;
}

/**
 * The GraphQL types and query of a subgraph's audit, the same in all four. `Actor` is the
 * `AuditActor` entity: the registry's resolves display name and unit; the others' a key stub.
 */
export function auditSchema(service: string, Actor: ClassType<{ id: string }>) {
  @ObjectType('AuditAct', { description: '可追责的操作' })
  @Directive('@shareable')
  class AuditAct {
    @Field(() => ID)
    id: string;

    @Field(() => String, { description: '所在子系统:organizations、tasks、nominations、evaluation' })
    service: string;

    @Field(() => GraphQLDateTimeISO, { description: '时间' })
    occurredAt: Date;

    @Field(() => ID, { nullable: true, description: '操作人账号 id' })
    actorAccountId: string | null;

    @Field(() => String, { description: '操作' })
    action: string;

    @Field(() => String, { description: '对象类型' })
    subjectType: string;

    @Field(() => ID, { description: '对象 id' })
    subjectId: string;

    @Field(() => GraphQLJSONObject, { description: '详情' })
    detail: Record<string, unknown>;
  }

  @ObjectType('AuditActEdge')
  @Directive('@shareable')
  class AuditActEdge {
    @Field(() => String)
    cursor: string;

    @Field(() => AuditAct)
    node: AuditAct;
  }

  @ObjectType('AuditActConnection', { description: '操作记录分页列表' })
  @Directive('@shareable')
  class AuditActConnection {
    @Field(() => [AuditActEdge])
    edges: AuditActEdge[];

    @Field(() => [AuditAct])
    nodes: AuditAct[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }

  @Resolver(() => AuditAct)
  class AuditResolver {
    @Authorized('audit.read')
    // Nullable: with one subgraph down the audit view still shows the other three's acts.
    @Query(() => AuditActConnection, { name: `${service}Audit`, nullable: true, description: `${service} 的操作记录,最新的在前` })
    audit(@Args(() => AuditArgs) args: AuditArgs, @Ctx() ctx: RequestContext<{ acts: AuditActs }>) {
      return ctx.services.acts.list(args);
    }

    @FieldResolver(() => Actor, { nullable: true, description: '操作人(姓名与单位)' })
    actor(@Root() act: AuditAct) {
      return act.actorAccountId ? Object.assign(new Actor(), { id: act.actorAccountId }) : null;
    }
  }

  return { AuditAct, AuditResolver };
}

/** The audit query of a subgraph that names actors by id only; the registry resolves them. */
export function auditSchemaWithActorStub(service: string) {
  const actor = entityStub('AuditActor', '操作人');
  return { ...auditSchema(service, actor.type), auditActorReference: actor.reference };
}
