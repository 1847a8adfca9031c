import { PageArgs, connectionType } from '@ronghe/kit';
import { TaskArea } from '@ronghe/types';
import { ArgsType, Field } from 'type-graphql';
import { Task } from './task.entity.js';

export const TaskConnection = connectionType(Task, 'Task');

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => TaskArea, { nullable: true, description: '按任务领域筛选' })
  area?: TaskArea | null;
}
