import { connectionType, registerEnum } from '@ronghe/kit';
import { TaskArea, TrafficLight } from '@ronghe/types';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Indicator } from '../indicator/indicator.entity.js';
import { Organization } from '../organization/organization.stub.js';
import { NoticeKind } from './supervision.service.js';

registerEnum('NoticeKind', {
  values: NoticeKind,
  description: '提醒类型',
  labels: { DEADLINE_NEAR: '临近期限', OVERDUE: '已逾期', REPORT_DUE: '待报告', REPORT_RETURNED: '报告被退回' },
});

@ObjectType({ description: '一个指标在某项分工上的完成情况' })
export class IndicatorProgress {
  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => Float, { nullable: true, description: '最近填报的数值' })
  value: number | null;

  @Field(() => Float, { nullable: true, description: '上一次填报的数值(提升率看趋势)' })
  previousValue: number | null;

  @Field(() => [String], { description: '已完成的清单项' })
  checkedItems: string[];

  @Field(() => Boolean, { description: '是否达标' })
  met: boolean;

  @Field(() => Float, { description: '完成程度,0 至 1' })
  progress: number;

  @Field(() => Boolean, { description: '提升率较上次下降' })
  falling: boolean;
}

@ObjectType({ description: '督导汇总(红绿灯)' })
export class StatusRollup {
  @Field(() => String, { description: '分组键' })
  key: string;

  @Field(() => String, { description: '分组名称' })
  label: string;

  @Field(() => TrafficLight)
  light: TrafficLight;

  @Field(() => Int, { description: '分工数' })
  total: number;

  @Field(() => Int, { description: '正常推进' })
  onTrack: number;

  @Field(() => Int, { description: '有风险' })
  atRisk: number;

  @Field(() => Int, { description: '已逾期' })
  overdue: number;

  @Field(() => Int, { description: '已完成' })
  done: number;

  @Field(() => TaskArea, { nullable: true })
  area?: TaskArea;

  @Field(() => ID, { nullable: true, description: '主要任务' })
  taskId?: string;

  @Field(() => Organization, { nullable: true, description: '单位(按单位或乡镇汇总时)' })
  organization?: Organization | null;
}

export const StatusRollupConnection = connectionType(StatusRollup, 'StatusRollup');

@ObjectType({ description: '督导总览' })
export class SupervisionOverview {
  @Field(() => ID, { nullable: true, description: '所属文件;为空时为全部现行文件' })
  documentId: string | null;

  @Field(() => GraphQLLocalDate, { description: '计算所依据的日期' })
  asOf: string;

  @Field(() => StatusRollup)
  totals: StatusRollup;

  @Field(() => [StatusRollup], { description: '按任务领域' })
  byArea: StatusRollup[];

  @Field(() => [StatusRollup], { description: '按主要任务(含各级分解的子任务)' })
  byTask: StatusRollup[];
}

@ObjectType({ description: '单位的任务落实绩效' })
export class UnitPerformance {
  @Field(() => Organization)
  organization: Organization;

  @Field(() => Int, { description: '名次' })
  rank: number;

  @Field(() => Float, { description: '得分(满分 100):指标完成 60%,按时 40%' })
  score: number;

  @Field(() => Float, { description: '指标完成度(%)' })
  indicatorAttainment: number;

  @Field(() => Float, { description: '按时率(%):未逾期且按期报告' })
  timeliness: number;

  @Field(() => Int, { description: '承担的分工数' })
  assignments: number;

  @Field(() => Int, { description: '已完成' })
  done: number;

  @Field(() => Int, { description: '已逾期' })
  overdue: number;
}

export const UnitPerformanceConnection = connectionType(UnitPerformance, 'UnitPerformance');

@ObjectType({ description: '站内提醒' })
export class Notice {
  @Field(() => ID)
  id: string;

  @Field(() => NoticeKind)
  kind: NoticeKind;

  @Field(() => String)
  message: string;

  @Field(() => ID, { description: '相关的任务分工' })
  assignmentId: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '相关期限' })
  dueOn: string | null;
}

export const NoticeConnection = connectionType(Notice, 'Notice');

@ObjectType({ description: '单位的任务落实绩效(供评审子图作为佐证)' })
export class UnitPerformanceFacts {
  @Field(() => ID)
  organizationId: string;

  @Field(() => Int)
  rank: number;

  @Field(() => Int, { description: '参与排名的单位数' })
  rankedUnits: number;

  @Field(() => Float)
  score: number;

  @Field(() => Float)
  indicatorAttainment: number;

  @Field(() => Float)
  timeliness: number;

  @Field(() => Int)
  assignments: number;
}
