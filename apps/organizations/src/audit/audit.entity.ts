import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One recorded change (or full view of personal data): who, when, what, before and after. */
@ObjectType({ description: '审计记录' })
@Entity({ name: 'audit_log' })
export class AuditRecord {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => GraphQLDateTimeISO, { description: '时间' })
  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: '操作账号 id' })
  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @Field(() => String, { nullable: true, description: '操作账号' })
  @Column({ name: 'actor_username', type: 'text', nullable: true })
  actorUsername: string | null;

  @Field(() => String, { description: '对象类型:Organization、Person、Account' })
  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Field(() => ID, { description: '对象 id' })
  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Field(() => String, { description: '操作:CREATE、UPDATE、MOVE、DELETE、VIEW_PERSONAL_DATA …' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '修改前' })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '修改后' })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
