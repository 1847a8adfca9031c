import { MaxLength } from '@ronghe/kit';
import { TaskArea, TextLimit } from '@ronghe/types';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.stub.js';

@ObjectType({ description: '方案列出的一个责任单位及其在单位名录中的对应' })
export class PlanDraftUnit {
  @Field(() => String, { description: '方案中的写法;「各乡镇、街道办事处」展开为各乡镇、街道' })
  listedAs: string;

  @Field(() => String, { nullable: true, description: '名录中的单位名称;找不到时为空' })
  name: string | null;

  @Field(() => Organization, { nullable: true, description: '名录中的单位;找不到时为空' })
  organization: Organization | null;
}

@ObjectType({ description: '从文件全文读出的一项主要任务' })
export class PlanDraftTask {
  @Field(() => String, { description: '序号,如 一、二' })
  code: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: '工作要求' })
  requirement: string;

  @Field(() => TaskArea, { nullable: true, description: '按方案顺序建议的任务领域;第八项之后为空,须选择' })
  area: TaskArea | null;

  @Field(() => [String], { description: '责任单位,按方案原文' })
  responsibleUnits: string[];

  @Field(() => [PlanDraftUnit])
  units: PlanDraftUnit[];
}

@ObjectType({ description: '建立方案前的预览:从文件全文读出的主要任务和责任单位' })
export class PlanDraft {
  @Field(() => ID)
  documentId: string;

  @Field(() => Int, { description: '该文件已有的主要任务数;已建立的方案不再重复建立' })
  existingTasks: number;

  @Field(() => [PlanDraftTask])
  tasks: PlanDraftTask[];

  @Field(() => [String], { description: '单位名录中找不到的责任单位' })
  unresolvedUnits: string[];
}

@InputType({ description: '为一项主要任务选定任务领域' })
export class PlanAreaInput {
  @Field(() => String, { description: '序号,如 一' })
  @MaxLength(TextLimit.SHORT_CODE)
  code: string;

  @Field(() => TaskArea)
  area: TaskArea;
}
