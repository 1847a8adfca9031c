import { connectionType, MaxCount, MaxLength, PageArgs } from '@ronghe/kit';
import { AssignmentRole, ListLimit, ReportPeriod, TaskArea, TextLimit } from '@ronghe/types';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Task } from './task.entity.js';

export const TaskConnection = connectionType(Task, 'Task');

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '所属文件(方案);不填时为现行有效的文件' })
  documentId?: string | null;

  @Field(() => TaskArea, { nullable: true, description: '按任务领域筛选' })
  area?: TaskArea | null;
}

@InputType({ description: '分工:责任单位及其角色' })
export class AssigneeInput {
  @Field(() => ID, { description: '责任单位' })
  organizationId: string;

  @Field(() => AssignmentRole, { defaultValue: AssignmentRole.SUPPORTING, description: '牵头或配合' })
  role: AssignmentRole;
}

@InputType({ description: '分解任务:本级方案中的子任务,交给辖区内的单位' })
export class CreateSubTaskInput {
  @Field(() => ID, { description: '上级任务' })
  parentId: string;

  @Field(() => String, { description: '子任务名称' })
  @MaxLength(TextLimit.TITLE)
  title: string;

  @Field(() => String, { description: '工作要求' })
  @MaxLength(TextLimit.FREE_TEXT)
  requirement: string;

  @Field(() => GraphQLLocalDate, { description: '完成期限,不晚于上级任务的期限' })
  deadline: string;

  @Field(() => ReportPeriod, { nullable: true, description: '进展报告周期;不填时随上级任务' })
  reportPeriod?: ReportPeriod | null;

  @Field(() => [AssigneeInput], { description: '责任单位(须在本单位辖区内)' })
  @MaxCount(ListLimit.ITEMS)
  assignees: AssigneeInput[];
}

@InputType({ description: '修改任务的期限和报告周期' })
export class UpdateTaskScheduleInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '完成期限' })
  deadline?: string | null;

  @Field(() => ReportPeriod, { description: '进展报告周期' })
  reportPeriod: ReportPeriod;
}
