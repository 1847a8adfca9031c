import { ExportFile, Job, MaxLength } from '@ronghe/kit';
import { ImportMode, TextLimit } from '@ronghe/types';
import { Field, InputType, Int, ObjectType } from 'type-graphql';

@InputType({ description: '上传的文件' })
export class ImportFileInput {
  @Field(() => String, { description: '文件名,以 .xlsx 或 .csv 结尾' })
  @MaxLength(TextLimit.FILE_NAME)
  fileName: string;

  @Field(() => String, { description: '文件内容,Base64 编码,不超过 5 MB' })
  @MaxLength(TextLimit.FILE_BASE64)
  contentBase64: string;

  @Field(() => ImportMode, { description: '有错误行时:全部不导入,或只导入正确的行' })
  mode: ImportMode;
}

@ObjectType({ description: '导入错误' })
export class ImportError {
  @Field(() => Int, { description: '行号(与文件中一致,表头为第 1 行)' })
  row: number;

  @Field(() => String, { description: '列名' })
  column: string;

  @Field(() => String, { description: '原因' })
  reason: string;
}

@ObjectType({ description: '导入结果' })
export class ImportReport {
  @Field(() => Int, { description: '数据行数' })
  totalRows: number;

  @Field(() => Int, { description: '新增' })
  created: number;

  @Field(() => Int, { description: '更新' })
  updated: number;

  @Field(() => Int, { description: '已存在且无变化' })
  unchanged: number;

  @Field(() => Int, { description: '有错误的行数' })
  failed: number;

  @Field(() => Boolean, { description: '是否已写入;全部不导入方式下有错误时为 false' })
  applied: boolean;

  @Field(() => [ImportError], { description: '逐行错误' })
  errors: ImportError[];
}

@ObjectType({
  description:
    '外来务工人员名录的导出:行数不多时直接给出文件;超过设定行数(EXPORT_JOB_ROWS,默认 5000)时给出后台任务,完成后用 organizationsJobFile 下载',
})
export class PersonsExport {
  @Field(() => ExportFile, { nullable: true, description: '文件(行数不多时)' })
  file: ExportFile | null;

  @Field(() => Job, { nullable: true, description: '后台任务(行数较多时),用 organizationsJob(id) 查询进度' })
  job: Job | null;
}
