import { TaskArea } from '@ronghe/types';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

registerEnumType(TaskArea, { name: 'TaskArea', description: '任务领域(八个方面)' });

/** 主要任务: one of the district plan's tasks, handed to responsible units. */
@ObjectType({ description: '主要任务' })
@Directive('@key(fields: "id")')
@Entity({ name: 'task' })
export class Task {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => String, { description: '序号,如 一、二' })
  @Column({ type: 'text' })
  code: string;

  @Field(() => String, { description: '任务名称' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => TaskArea, { description: '任务领域' })
  @Column({ type: 'text' })
  area: TaskArea;

  @Field(() => String, { description: '工作要求' })
  @Column({ type: 'text' })
  requirement: string;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn({ type: 'integer' })
  version: number;
}
