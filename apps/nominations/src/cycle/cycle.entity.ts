import { NominationCycleStatus } from '@ronghe/types';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

registerEnumType(NominationCycleStatus, { name: 'NominationCycleStatus', description: '评选年度状态' });

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

  @Field(() => GraphQLDateTimeISO, { description: '申报截止时间' })
  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn({ type: 'integer' })
  version: number;
}
