import { numericColumn } from '@ronghe/kit';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One evaluator's mark on one criterion for one nomination; locked once submitted. */
@ObjectType({ description: '评分' })
@Entity({ name: 'score' })
export class Score {
  @PrimaryColumn({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @Field(() => ID)
  @PrimaryColumn({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @Field(() => ID)
  @PrimaryColumn({ name: 'evaluator_account_id', type: 'uuid' })
  evaluatorAccountId: string;

  @Field(() => ID)
  @PrimaryColumn({ name: 'criterion_id', type: 'uuid' })
  criterionId: string;

  @Field(() => Float)
  @Column({ type: 'numeric', precision: 8, scale: 3, transformer: numericColumn })
  value: number;

  @Field(() => String, { nullable: true, description: '评语' })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '提交时间;提交后锁定' })
  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

@Entity({ name: 'score_reopening' })
export class ScoreReopening {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @Column({ name: 'evaluator_account_id', type: 'uuid' })
  evaluatorAccountId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'reopened_by', type: 'uuid' })
  reopenedBy: string;

  @Column({ name: 'reopened_at', type: 'timestamptz', precision: 3 })
  reopenedAt: Date;
}
