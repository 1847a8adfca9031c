import { OrganizationKind } from '@ronghe/types';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: '单位类型' });

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

  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer' })
  version: number;
}
