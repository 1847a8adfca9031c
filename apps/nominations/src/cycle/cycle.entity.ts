import { NominationCycleStatus, OrganizationKind, TypicalCategory } from '@ronghe/types';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** 评选年度: one year's call for nominations. */
@ObjectType({ description: '评选年度' })
@Entity({ name: 'nomination_cycle' })
export class NominationCycle {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer', unique: true })
  year: number;

  @Field(() => NominationCycleStatus, { description: '状态' })
  @Column({ type: 'text' })
  status: NominationCycleStatus;

  @Field(() => GraphQLDateTimeISO, { description: '申报开始时间' })
  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Field(() => GraphQLDateTimeISO, { description: '申报截止时间(此刻起不再接受上报)' })
  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Field(() => [TypicalCategory], { description: '本年度开放的类别' })
  @Column({ name: 'open_categories', type: 'text', array: true })
  openCategories: TypicalCategory[];

  @Field(() => [OrganizationKind], { description: '可以上报的单位类型' })
  @Column({ name: 'nominator_kinds', type: 'text', array: true })
  nominatorKinds: OrganizationKind[];

  @Field(() => Int, { description: '未单独设定时,每个单位每个类别的名额' })
  @Column({ name: 'default_quota', type: 'integer' })
  defaultQuota: number;

  @Field(() => Int, { description: '预审:近几年内已在同一类别受表彰的予以提示' })
  @Column({ name: 'honour_lookback_years', type: 'integer' })
  honourLookbackYears: number;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '截止并冻结已受理推荐的时间' })
  @Column({ name: 'frozen_at', type: 'timestamptz', precision: 3, nullable: true })
  frozenAt: Date | null;

  @Field(() => String, { nullable: true, description: '提前截止的理由(申报时间结束前截止时必填,留档)' })
  @Column({ name: 'freeze_reason', type: 'text', nullable: true })
  freezeReason: string | null;

  @Column({ name: 'frozen_by', type: 'uuid', nullable: true })
  frozenBy: string | null;

  @Field(() => String, { nullable: true, description: '截止并冻结的操作账号' })
  @Column({ name: 'frozen_by_username', type: 'text', nullable: true })
  frozenByUsername: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Int, { description: '版本号;修改时带上' })
  @VersionColumn({ type: 'integer' })
  version: number;
}

/** 名额: how many nominations one unit may put forward in one category this year. */
@ObjectType({ description: '推荐名额' })
@Entity({ name: 'nomination_quota' })
export class NominationQuota {
  @PrimaryColumn({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field(() => TypicalCategory)
  @PrimaryColumn({ type: 'text' })
  category: TypicalCategory;

  @Field(() => Int)
  @Column({ type: 'integer' })
  quota: number;
}

/** A late submission the office allowed one unit, with its reason. */
@ObjectType({ description: '延期申报' })
@Entity({ name: 'nomination_extension' })
export class NominationExtension {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @Field(() => ID, { description: '单位 id' })
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field(() => GraphQLDateTimeISO, { description: '延期至' })
  @Column({ type: 'timestamptz', precision: 3 })
  until: Date;

  @Field(() => String, { description: '理由' })
  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy: string | null;

  @Field(() => GraphQLDateTimeISO)
  @Column({ name: 'granted_at', type: 'timestamptz', precision: 3 })
  grantedAt: Date;
}
