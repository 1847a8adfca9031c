import { ReportPeriod, TaskArea } from '@ronghe/types';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * 主要任务 of a plan (a policy document), handed to responsible units. A sub-task (本级方案) is a
 * unit's own decomposition of a task above it; the tree of tasks follows the jurisdiction tree.
 */
@ObjectType({ description: '任务(主要任务或本级方案中的子任务)' })
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

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @Field(() => ID, { nullable: true, description: '上级任务;主要任务为空' })
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  /** The unit whose own plan (本级方案) this sub-task belongs to; null for the district plan. */
  @Column({ name: 'owner_organization_id', type: 'uuid', nullable: true })
  ownerOrganizationId: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '完成期限' })
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Field(() => ReportPeriod, { description: '进展报告周期' })
  @Column({ name: 'report_period', type: 'text' })
  reportPeriod: ReportPeriod;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Int, { description: '版本号,修改时回传以防覆盖他人的修改' })
  @VersionColumn({ type: 'integer' })
  version: number;
}
