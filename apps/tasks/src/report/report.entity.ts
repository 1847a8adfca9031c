import { numericColumn } from '@ronghe/kit';
import { ReportStatus } from '@ronghe/types';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** 进展报告: a unit's report on one assignment for one period (e.g. 2026-11 or 2026-Q4). */
@ObjectType({ description: '进展报告' })
@Entity({ name: 'progress_report' })
export class ProgressReport {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => ID, { description: '任务分工' })
  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @Field(() => String, { description: '报告期,如 2026-11(月)或 2026-Q4(季度)' })
  @Column({ type: 'text' })
  period: string;

  @Field(() => ReportStatus, { description: '状态' })
  @Column({ type: 'text' })
  status: ReportStatus;

  @Field(() => String, { description: '工作进展' })
  @Column({ type: 'text' })
  summary: string;

  @Field(() => Boolean, { description: '本单位报告任务已全部完成' })
  @Column({ name: 'declares_complete', type: 'boolean' })
  declaresComplete: boolean;

  @Field(() => GraphQLDateTimeISO, { description: '提交时间' })
  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3 })
  submittedAt: Date;

  @Field(() => String, { description: '提交账号' })
  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '审核时间' })
  @Column({ name: 'reviewed_at', type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true, description: '审核账号' })
  @Column({ name: 'reviewed_by', type: 'text', nullable: true })
  reviewedBy: string | null;

  @Field(() => String, { nullable: true, description: '退回理由' })
  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: string | null;

  @Field(() => Int, { description: '版本号,修改时回传以防覆盖他人的修改' })
  @VersionColumn({ type: 'integer' })
  version: number;
}

/** A value reported for one indicator in one report. */
@ObjectType({ description: '指标填报值' })
@Entity({ name: 'indicator_value' })
export class IndicatorValue {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @Field(() => ID, { description: '指标' })
  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @Field(() => Float, { nullable: true, description: '数值(百分比、数量、比率)' })
  @Column({ type: 'numeric', nullable: true, transformer: numericColumn })
  value: number | null;

  @Field(() => [String], { description: '已完成的清单项(清单类)' })
  @Column({ name: 'checked_items', type: 'text', array: true })
  checkedItems: string[];
}

/** 佐证材料: a file attached to a report, its bytes kept in the object store. */
@ObjectType({ description: '佐证材料' })
@Entity({ name: 'evidence_file' })
export class EvidenceFile {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'report_id', type: 'uuid', nullable: true })
  reportId: string | null;

  /** The unit that uploaded it; only its own reports may attach it. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'uploaded_by', type: 'text' })
  uploadedBy: string;

  @Field(() => String, { description: '文件名' })
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Field(() => String)
  @Column({ name: 'mime_type', type: 'text' })
  mimeType: string;

  @Field(() => Int, { description: '字节数' })
  @Column({ type: 'integer' })
  size: number;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Field(() => String, { description: 'SHA-256 摘要,用于核对文件未被改动' })
  @Column({ type: 'text' })
  sha256: string;

  @Field(() => GraphQLDateTimeISO, { description: '上传时间' })
  @Column({ name: 'uploaded_at', type: 'timestamptz', precision: 3 })
  uploadedAt: Date;
}
