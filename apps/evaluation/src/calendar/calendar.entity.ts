import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DayKind } from './working-days.js';

/** A date declared a holiday or an adjusted working day (调休上班). */
@ObjectType({ description: '节假日或调休上班日' })
@Entity({ name: 'calendar_day' })
export class CalendarDay {
  @Field(() => String, { description: '日期 YYYY-MM-DD' })
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Field(() => String, { description: 'HOLIDAY(放假)或 WORKDAY(调休上班)' })
  @Column({ type: 'text' })
  kind: DayKind;

  @Field(() => String, { nullable: true, description: '说明,如 国庆节' })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}

/**
 * One year's holiday arrangement and where it comes from (the State Council's notice and its 文号).
 * Working days are counted only within years that have one: a year without is not guessed at.
 */
@ObjectType({ description: '年度节假日安排(国务院办公厅通知)' })
@Entity({ name: 'calendar_year' })
export class CalendarYear {
  @Field(() => Int, { description: '年度' })
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Field(() => String, { description: '文号,如 国办发明电〔2025〕7号' })
  @Column({ name: 'document_number', type: 'text' })
  documentNumber: string;

  @Field(() => String, { description: '通知标题' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { description: '成文日期' })
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Field(() => String, { description: '来源(网址或出处)' })
  @Column({ type: 'text' })
  source: string;

  @Field(() => GraphQLDateTimeISO, { description: '导入时间' })
  @Column({ name: 'imported_at', type: 'timestamptz', precision: 3 })
  importedAt: Date;

  @Field(() => String, { description: '导入人;随系统安装的为 system' })
  @Column({ name: 'imported_by', type: 'text' })
  importedBy: string;
}
