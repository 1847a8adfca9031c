import { numericColumn } from '@ronghe/kit';
import { ResultOutcome } from '@ronghe/types';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A nomination's result in a review: its aggregate score, rank and outcome. */
@ObjectType({ description: '评审结果' })
@Entity({ name: 'nomination_result' })
export class NominationResult {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @Column({ name: 'nomination_id', type: 'uuid', unique: true })
  nominationId: string;

  @Column({ type: 'text', nullable: true })
  category: string | null;

  @Field(() => Float, { nullable: true, description: '综合得分' })
  @Column({ name: 'aggregate_score', type: 'numeric', precision: 8, scale: 3, nullable: true, transformer: numericColumn })
  aggregateScore: number | null;

  @Field(() => Int, { nullable: true, description: '总排名' })
  @Column({ type: 'integer', nullable: true })
  rank: number | null;

  @Field(() => Int, { nullable: true, description: '类别内排名' })
  @Column({ name: 'category_rank', type: 'integer', nullable: true })
  categoryRank: number | null;

  @Field(() => ResultOutcome, { description: '结果' })
  @Column({ type: 'text' })
  outcome: ResultOutcome;

  @Field(() => Boolean, { description: '与他人同分且比较规则无法区分,须由活动办公室决定' })
  @Column({ type: 'boolean', default: false })
  tied: boolean;

  @Field(() => String, { nullable: true, description: '因异议成立被移出名单的理由' })
  @Column({ name: 'removed_reason', type: 'text', nullable: true })
  removedReason: string | null;

  /** The score sheet: how the aggregate and rank came about. Read only whole: json, cheaper to write than jsonb. */
  @Column({ type: 'json', nullable: true })
  sheet: Record<string, unknown> | null;
}
