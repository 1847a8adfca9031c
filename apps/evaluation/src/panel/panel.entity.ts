import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An evaluator's share of the work: one nomination to score, unless they recused. */
@ObjectType({ description: '评审分配' })
@Entity({ name: 'evaluator_assignment' })
export class EvaluatorAssignment {
  @PrimaryColumn({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @Field(() => ID, { description: '推荐 id' })
  @PrimaryColumn({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @Field(() => ID, { description: '评审专家账号 id' })
  @PrimaryColumn({ name: 'evaluator_account_id', type: 'uuid' })
  evaluatorAccountId: string;

  @Field(() => String, { description: '评审专家登录名' })
  @Column({ name: 'evaluator_username', type: 'text' })
  evaluatorUsername: string;

  @Column({ name: 'evaluator_organization_id', type: 'uuid' })
  evaluatorOrganizationId: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '声明回避的时间' })
  @Column({ name: 'recused_at', type: 'timestamptz', precision: 3, nullable: true })
  recusedAt: Date | null;

  @Field(() => String, { nullable: true, description: '回避理由' })
  @Column({ name: 'recusal_reason', type: 'text', nullable: true })
  recusalReason: string | null;

  /**
   * The evaluator's submitted marks on this nomination, criterion id → value; null until submitted.
   * A copy of `score` kept by its triggers (migration SubmittedMarks), read by the ranking alone.
   */
  @Column({ name: 'submitted_marks', type: 'jsonb', nullable: true, select: false, insert: false, update: false })
  submittedMarks?: Record<string, number> | null;
}
