import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One audited step on a document, task, assignment or report: who did what, when, and why. */
@ObjectType({ description: '操作记录' })
@Entity({ name: 'task_event' })
export class TaskEvent {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => String, { description: '对象类型' })
  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Field(() => ID, { description: '对象 id' })
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Field(() => String, { description: '操作' })
  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @Field(() => String, { nullable: true, description: '操作账号' })
  @Column({ name: 'actor_username', type: 'text', nullable: true })
  actorUsername: string | null;

  @Field(() => GraphQLJSONObject, { description: '详情' })
  @Column({ type: 'jsonb' })
  detail: Record<string, unknown>;

  @Field(() => GraphQLDateTimeISO, { description: '时间' })
  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3 })
  occurredAt: Date;
}
