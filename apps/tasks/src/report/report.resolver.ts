import { TextLimit } from '@ronghe/types';
import { ExportFile, MaxLength, type RequestContext } from '@ronghe/kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Assignment } from '../assignment/assignment.entity.js';
import { TaskEvent } from '../audit/task-event.entity.js';
import type { Services } from '../services.js';
import { EvidenceFile, IndicatorValue, ProgressReport } from './report.entity.js';
import {
  EvidenceUploadInput,
  ProgressReportConnection,
  ProgressReportsArgs,
  ResubmitReportInput,
  SubmitReportInput,
} from './report.inputs.js';

type Context = RequestContext<Services>;

@Resolver(() => ProgressReport)
export class ReportResolver {
  @Authorized()
  @Query(() => ProgressReport, { nullable: true, description: '按 id 查进展报告' })
  async progressReport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.reports.get(ctx, id);
  }

  @Authorized()
  @Query(() => ProgressReportConnection, { description: '待本单位审核(或已审核)的进展报告,新的在前' })
  reportsToReview(@Args(() => ProgressReportsArgs) args: ProgressReportsArgs, @Ctx() ctx: Context) {
    return ctx.services.reports.reviewQueue(ctx, args);
  }

  @Authorized()
  @Query(() => ExportFile, { description: '下载佐证材料' })
  async evidenceFile(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ExportFile> {
    const { file, content } = await ctx.services.reports.downloadEvidence(ctx, id);
    return { fileName: file.fileName, mimeType: file.mimeType, contentBase64: content.toString('base64'), rowCount: 1 };
  }

  @Mutation(() => EvidenceFile, { description: '上传佐证材料(提交报告时附上)' })
  uploadEvidence(@Arg('input', () => EvidenceUploadInput) input: EvidenceUploadInput, @Ctx() ctx: Context) {
    return ctx.services.reports.uploadEvidence(ctx, input);
  }

  @Mutation(() => ProgressReport, { description: '报告一期进展' })
  submitProgressReport(@Arg('input', () => SubmitReportInput) input: SubmitReportInput, @Ctx() ctx: Context) {
    return ctx.services.reports.submit(ctx, input);
  }

  @Mutation(() => ProgressReport, { description: '修改被退回的报告并重新提交' })
  resubmitProgressReport(@Arg('input', () => ResubmitReportInput) input: ResubmitReportInput, @Ctx() ctx: Context) {
    return ctx.services.reports.resubmit(ctx, input);
  }

  @Mutation(() => ProgressReport, { description: '采纳进展报告' })
  acceptProgressReport(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return ctx.services.reports.accept(ctx, id, version);
  }

  @Mutation(() => ProgressReport, { description: '退回进展报告,须写明理由' })
  returnProgressReport(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) @MaxLength(TextLimit.REASON) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.reports.return(ctx, id, version, reason);
  }

  @FieldResolver(() => Assignment, { description: '任务分工' })
  assignment(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return ctx.services.assignments.loaderById(ctx.loaders).load(report.assignmentId);
  }

  @FieldResolver(() => [IndicatorValue], { description: '指标填报值' })
  values(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return ctx.services.reports.valuesLoader(ctx.loaders).load(report.id);
  }

  @FieldResolver(() => [TaskEvent], { description: '处理记录:提交、退回、重新提交、采纳' })
  history(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return ctx.services.reports.history(ctx.loaders, report.id);
  }

  @FieldResolver(() => [EvidenceFile], { description: '佐证材料' })
  evidence(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return ctx.services.reports.evidenceLoader(ctx.loaders).load(report.id);
  }
}
