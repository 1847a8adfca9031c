import { ReviewStatus } from '@ronghe/types';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

registerEnumType(ReviewStatus, { name: 'ReviewStatus', description: '评审状态' });

/** 考核评审: the district review of one nomination cycle. */
@ObjectType({ description: '考核评审' })
@Entity({ name: 'review' })
export class Review {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** The nominations subgraph's cycle this review works on. */
  @Field(() => ID, { description: '评选年度 id' })
  @Column({ name: 'cycle_id', type: 'uuid', unique: true })
  cycleId: string;

  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => String, { description: '评审名称' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => ReviewStatus, { description: '状态' })
  @Column({ type: 'text' })
  status: ReviewStatus;

  @Field(() => Int, { description: '联合表彰名额(前 N 名)' })
  @Column({ name: 'shortlist_size', type: 'integer', default: 30 })
  shortlistSize: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn({ type: 'integer' })
  version: number;
}
