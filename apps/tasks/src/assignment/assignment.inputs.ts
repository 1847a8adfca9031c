import { connectionType, PageArgs } from '@ronghe/kit';
import { AssignmentRole, TaskArea } from '@ronghe/types';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Assignment } from './assignment.entity.js';

export const AssignmentConnection = connectionType(Assignment, 'Assignment');

@ArgsType()
export class AssignmentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '责任单位;单位账号只能查本单位及其下达的分工' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: '所属文件;不填时为现行有效的文件' })
  documentId?: string | null;

  @Field(() => TaskArea, { nullable: true, description: '按任务领域筛选' })
  area?: TaskArea | null;
}

@InputType({ description: '把任务交给一个单位' })
export class AddAssigneeInput {
  @Field(() => ID)
  taskId: string;

  @Field(() => ID)
  organizationId: string;

  @Field(() => AssignmentRole, { defaultValue: AssignmentRole.SUPPORTING })
  role: AssignmentRole;
}

@InputType({ description: '指定牵头单位' })
export class DesignateLeadInput {
  @Field(() => ID, { description: '成为牵头单位的分工' })
  assignmentId: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version: number;
}
