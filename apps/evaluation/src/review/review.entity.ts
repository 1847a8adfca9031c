import { ReviewStatus } from '@ronghe/types';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ReviewRules } from './review-rules.js';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

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

  @Field(() => ReviewRules, { description: '计分规则;开始评分后冻结' })
  @Column({ type: 'jsonb' })
  rules: ReviewRules;

  @Field(() => Int, { description: '规则版本:评分细则、汇总方式、同分规则、名额每改一次加一,开始评分后冻结' })
  @Column({ name: 'rules_version', type: 'integer' })
  rulesVersion: number;

  @Field(() => Int, { description: '每个推荐至少分配的评审专家人数' })
  @Column({ name: 'evaluators_per_nomination', type: 'integer', default: 3 })
  evaluatorsPerNomination: number;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '规则冻结时间(开始评分)' })
  @Column({ name: 'rules_frozen_at', type: 'timestamptz', precision: 3, nullable: true })
  rulesFrozenAt: Date | null;

  /** At most this many of the shortlist from one category, where set. */
  @Field(() => GraphQLJSONObject, { description: '各类别入围上限,如 {"EMPLOYER": 5};未列出的类别不设上限' })
  @Column({ name: 'category_caps', type: 'jsonb' })
  categoryCaps: Record<string, number>;

  @Field(() => [ID], { description: '联合表彰单位(默认区人社局和区人口计生委)' })
  @Column({ name: 'commending_agency_ids', type: 'uuid', array: true })
  commendingAgencyIds: string[];

  @Field(() => Int, { description: '入围名单版本;名单有任何变动都会增加,已有审批随之作废' })
  @Column({ name: 'shortlist_version', type: 'integer' })
  shortlistVersion: number;

  @Field(() => Int, { description: '公示期(工作日)' })
  @Column({ name: 'publicity_working_days', type: 'integer' })
  publicityWorkingDays: number;

  @Field(() => String, { nullable: true, description: '公示开始日期' })
  @Column({ name: 'publicity_starts', type: 'date', nullable: true })
  publicityStarts: string | null;

  @Field(() => String, { nullable: true, description: '公示结束日期(含)' })
  @Column({ name: 'publicity_ends', type: 'date', nullable: true })
  publicityEnds: string | null;

  /** Set when the office records a 公示 already posted on paper before it was entered here. */
  @Field(() => String, { nullable: true, description: '公示已在线下张贴、补录开始日期的理由' })
  @Column({ name: 'publicity_paper_reason', type: 'text', nullable: true })
  publicityPaperReason: string | null;

  @Field(() => String, { nullable: true, description: '开始公示的账号' })
  @Column({ name: 'publicity_started_by', type: 'text', nullable: true })
  publicityStartedBy: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '开始公示(登记)的时间' })
  @Column({ name: 'publicity_started_at', type: 'timestamptz', precision: 3, nullable: true })
  publicityStartedAt: Date | null;

  @Field(() => String, { nullable: true, description: '表彰决定文号' })
  @Column({ name: 'decision_number', type: 'text', nullable: true })
  decisionNumber: string | null;

  @Field(() => String, { nullable: true, description: '表彰决定日期(确定表彰名单之日)' })
  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn({ type: 'integer' })
  version: number;
}
