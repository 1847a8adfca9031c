import { NominationStatus, TypicalCategory } from '@ronghe/types';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

registerEnumType(TypicalCategory, { name: 'TypicalCategory', description: '十类典型' });
registerEnumType(NominationStatus, { name: 'NominationStatus', description: '推荐状态' });

/** 上报 / 推荐: a candidate in one category, put forward by one nominating unit. */
@ObjectType({ description: '典型推荐' })
@Directive('@key(fields: "id")')
@Entity({ name: 'nomination' })
export class Nomination {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Index()
  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @Field(() => TypicalCategory, { description: '典型类别' })
  @Column({ type: 'text' })
  category: TypicalCategory;

  @Column({ name: 'nominee_organization_id', type: 'uuid' })
  nomineeOrganizationId: string;

  @Column({ name: 'nominator_organization_id', type: 'uuid' })
  nominatorOrganizationId: string;

  @Field(() => String, { description: '事迹材料' })
  @Column({ type: 'text' })
  deeds: string;

  @Field(() => NominationStatus, { description: '状态' })
  @Column({ type: 'text' })
  status: NominationStatus;

  @Field(() => GraphQLDateTimeISO, { description: '创建时间' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn({ type: 'integer' })
  version: number;
}
