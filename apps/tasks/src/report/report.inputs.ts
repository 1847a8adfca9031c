import { connectionType, MaxCount, MaxLength, PageArgs } from '@ronghe/kit';
import { ListLimit, ReportStatus, TextLimit } from '@ronghe/types';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { ProgressReport } from './report.entity.js';

export const ProgressReportConnection = connectionType(ProgressReport, 'ProgressReport');

@ArgsType()
export class ProgressReportsArgs extends PageArgs {
  @Field(() => ReportStatus, { nullable: true, description: '按状态筛选,如待审核' })
  status?: ReportStatus | null;
}

@InputType({ description: '指标填报值' })
export class IndicatorValueInput {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => Float, { nullable: true, description: '数值(百分比、数量、比率)' })
  value?: number | null;

  @Field(() => [String], { defaultValue: [], description: '已完成的清单项(清单类)' })
  @MaxCount(ListLimit.CHECKLIST_ITEMS)
  @MaxLength(TextLimit.LABEL)
  checkedItems: string[];
}

@InputType({ description: '上传的佐证材料' })
export class EvidenceUploadInput {
  @Field(() => String)
  @MaxLength(TextLimit.FILE_NAME)
  fileName: string;

  @Field(() => String, { defaultValue: 'application/octet-stream' })
  @MaxLength(TextLimit.LABEL)
  mimeType: string;

  @Field(() => String, { description: '文件内容,Base64 编码,不超过 5 MB' })
  @MaxLength(TextLimit.FILE_BASE64)
  contentBase64: string;
}

@InputType({ description: '报告一期进展' })
export class SubmitReportInput {
  @Field(() => ID, { description: '任务分工' })
  assignmentId: string;

  @Field(() => String, { description: '报告期,如 2026-11(月)或 2026-Q4(季度)' })
  @MaxLength(TextLimit.SHORT_CODE)
  period: string;

  @Field(() => String, { description: '工作进展' })
  @MaxLength(TextLimit.FREE_TEXT)
  summary: string;

  @Field(() => Boolean, { defaultValue: false, description: '任务已全部完成' })
  declaresComplete: boolean;

  @Field(() => [IndicatorValueInput], { defaultValue: [] })
  @MaxCount(ListLimit.ITEMS)
  values: IndicatorValueInput[];

  @Field(() => [ID], { defaultValue: [], description: '已上传的佐证材料' })
  @MaxCount(ListLimit.FILES)
  evidenceIds: string[];
}

@InputType({ description: '修改被退回的报告并重新提交' })
export class ResubmitReportInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version: number;

  @Field(() => String)
  @MaxLength(TextLimit.FREE_TEXT)
  summary: string;

  @Field(() => Boolean, { defaultValue: false })
  declaresComplete: boolean;

  @Field(() => [IndicatorValueInput], { defaultValue: [] })
  @MaxCount(ListLimit.ITEMS)
  values: IndicatorValueInput[];

  @Field(() => [ID], { defaultValue: [], description: '新增的佐证材料(原有的保留)' })
  @MaxCount(ListLimit.FILES)
  evidenceIds: string[];
}
