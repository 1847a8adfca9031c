import { OrganizationKind, OrganizationStatus } from '@ronghe/types';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** 单位: any body the programme touches, placed in the jurisdiction tree under one parent. */
@ObjectType({ description: '单位' })
@Directive('@key(fields: "id")')
@Entity({ name: 'organization' })
export class Organization {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => String, { description: '单位名称' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: '简称' })
  @Column({ name: 'short_name', type: 'text', nullable: true })
  shortName: string | null;

  @Field(() => OrganizationKind, { description: '单位类型' })
  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  /** Ids from the root down to this unit, as `/root/…/self/`: the jurisdiction subtree is a prefix. */
  @Column({ type: 'text' })
  path: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  @Column({ name: 'credit_code', type: 'text', nullable: true })
  creditCode: string | null;

  @Field(() => String, { nullable: true, description: '地址' })
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: '联系人' })
  @Column({ name: 'contact_person', type: 'text', nullable: true })
  contactPerson: string | null;

  @Field(() => String, { nullable: true, description: '联系电话' })
  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => OrganizationStatus, { description: '状态' })
  @Column({ type: 'text', default: OrganizationStatus.ACTIVE })
  status: OrganizationStatus;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Field(() => GraphQLDateTimeISO, { description: '登记时间' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => GraphQLDateTimeISO, { description: '最后修改时间' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Int, { description: '版本号;修改时带上,防止覆盖他人的修改' })
  @VersionColumn({ type: 'integer' })
  version: number;
}
