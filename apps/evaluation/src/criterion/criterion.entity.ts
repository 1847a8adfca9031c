import { numericColumn } from '@ronghe/kit';
import { TaskArea, TypicalCategory } from '@ronghe/types';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 评分细则: a weighted scoring item, usually tied to a task area. */
@ObjectType({ description: '评分细则' })
@Entity({ name: 'criterion' })
export class Criterion {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @Field(() => String, { description: '名称' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => Float, { description: '权重' })
  @Column({ type: 'numeric', precision: 8, scale: 3, transformer: numericColumn })
  weight: number;

  @Field(() => Float, { description: '满分' })
  @Column({ name: 'max_score', type: 'numeric', precision: 8, scale: 3, transformer: numericColumn })
  maxScore: number;

  @Field(() => TaskArea, { nullable: true, description: '对应的任务领域' })
  @Column({ name: 'task_area', type: 'text', nullable: true })
  taskArea: TaskArea | null;

  @Field(() => [TypicalCategory], { description: '适用的类别;为空则适用于全部类别' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories: TypicalCategory[];

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;
}
