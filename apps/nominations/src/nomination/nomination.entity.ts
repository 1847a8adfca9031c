import { NominationStatus, TypicalCategory } from '@ronghe/types';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** 上报 / 推荐: a candidate in one category, put forward by one nominating unit. */
@ObjectType({ description: '典型推荐' })
@Directive('@key(fields: "id")')
@Entity({ name: 'nomination' })
export class Nomination {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @Field(() => TypicalCategory, { description: '典型类别' })
  @Column({ type: 'text' })
  category: TypicalCategory;

  @Column({ name: 'nominee_organization_id', type: 'uuid', nullable: true })
  nomineeOrganizationId: string | null;

  @Column({ name: 'nominee_person_id', type: 'uuid', nullable: true })
  nomineePersonId: string | null;

  @Column({ name: 'nominator_organization_id', type: 'uuid' })
  nominatorOrganizationId: string;

  @Field(() => String, { description: '事迹材料' })
  @Column({ type: 'text' })
  deeds: string;

  @Field(() => String, { nullable: true, description: '联系人' })
  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true, description: '联系电话' })
  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => NominationStatus, { description: '状态' })
  @Column({ type: 'text' })
  status: NominationStatus;

  @Field(() => String, { nullable: true, description: '退回或取消资格的理由' })
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Field(() => Int, { description: '推荐顺序(本单位本类别内,1 为第一)' })
  @Column({ type: 'integer' })
  position: number;

  @Field(() => [String], { description: '预审提示,如近年已受表彰' })
  @Column({ type: 'text', array: true })
  flags: string[];

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '上报时间' })
  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field(() => GraphQLDateTimeISO, { description: '创建时间' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => GraphQLDateTimeISO, { description: '最后修改时间' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Int, { description: '版本号;修改时带上,防止覆盖他人的修改' })
  @VersionColumn({ type: 'integer' })
  version: number;
}

/** One step of a nomination's life: who moved it from what to what, when, and why. */
@ObjectType({ description: '推荐状态变更记录' })
@Entity({ name: 'nomination_event' })
export class NominationEvent {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @Field(() => NominationStatus, { nullable: true })
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: NominationStatus | null;

  @Field(() => NominationStatus)
  @Column({ name: 'to_status', type: 'text' })
  toStatus: NominationStatus;

  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @Field(() => String, { nullable: true, description: '操作账号' })
  @Column({ name: 'actor_username', type: 'text', nullable: true })
  actorUsername: string | null;

  @Field(() => String, { nullable: true, description: '理由' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => GraphQLDateTimeISO)
  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;
}

/** 事迹材料的附件. */
@ObjectType({ description: '附件' })
@Entity({ name: 'nomination_attachment' })
export class NominationAttachment {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @Field(() => String)
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Field(() => String)
  @Column({ name: 'mime_type', type: 'text' })
  mimeType: string;

  @Field(() => Int, { description: '字节数' })
  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Field(() => GraphQLDateTimeISO)
  @Column({ name: 'uploaded_at', type: 'timestamptz', precision: 3 })
  uploadedAt: Date;
}

/** A past commendation, checked by the pre-screen. */
@ObjectType({ description: '荣誉记录' })
@Entity({ name: 'honour' })
export class Honour {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => TypicalCategory)
  @Column({ type: 'text' })
  category: TypicalCategory;

  @Column({ name: 'nominee_organization_id', type: 'uuid', nullable: true })
  nomineeOrganizationId: string | null;

  @Column({ name: 'nominee_person_id', type: 'uuid', nullable: true })
  nomineePersonId: string | null;

  @Field(() => String, { description: '荣誉名称' })
  @Column({ type: 'text' })
  title: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt: Date;
}
