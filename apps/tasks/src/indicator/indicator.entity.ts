import { numericColumn } from '@ronghe/kit';
import { IndicatorKind } from '@ronghe/types';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** 指标: a typed, measurable target of a task, met or not by the values units report. */
@ObjectType({ description: '指标' })
@Entity({ name: 'indicator' })
export class Indicator {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => ID, { description: '所属任务' })
  @Column({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @Field(() => String, { description: '指标名称' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => IndicatorKind, { description: '指标类型' })
  @Column({ type: 'text' })
  kind: IndicatorKind;

  @Field(() => Float, { nullable: true, description: '目标值;清单类为空' })
  @Column({ type: 'numeric', nullable: true, transformer: numericColumn })
  target: number | null;

  @Field(() => String, { description: '计量单位,如 %、个' })
  @Column({ name: 'unit_of_measure', type: 'text' })
  unitOfMeasure: string;

  @Field(() => [String], { description: '清单项(清单类),如 六到位 的六项' })
  @Column({ name: 'checklist_items', type: 'text', array: true })
  checklistItems: string[];

  @Field(() => GraphQLLocalDate, { nullable: true, description: '达标期限;为空时随任务期限' })
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
