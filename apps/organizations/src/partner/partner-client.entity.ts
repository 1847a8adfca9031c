import { PartnerClientStatus } from '@ronghe/types';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** 合作部门接入: a partner department's system that calls the gateway with an API key, read-only. */
@ObjectType({ description: '合作部门接入(机器客户端)' })
@Entity({ name: 'partner_client' })
export class PartnerClient {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => String, { description: '接入系统名称' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => ID, { description: '所属合作部门(单位)' })
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** SHA-256 of the whole key: the key itself is shown once and never stored. */
  @Column({ name: 'key_hash', type: 'text', unique: true })
  keyHash: string;

  @Field(() => String, { description: '密钥开头几位,用于辨认;完整密钥只在签发时显示一次' })
  @Column({ name: 'key_prefix', type: 'text' })
  keyPrefix: string;

  @Field(() => PartnerClientStatus, { description: '状态' })
  @Column({ type: 'text', default: PartnerClientStatus.ACTIVE })
  status: PartnerClientStatus;

  @Field(() => Int, { description: '每分钟请求上限' })
  @Column({ name: 'rate_per_minute', type: 'integer' })
  ratePerMinute: number;

  @Field(() => Int, { description: '每日请求配额(北京时间自然日)' })
  @Column({ name: 'daily_quota', type: 'integer' })
  dailyQuota: number;

  @Field(() => GraphQLDateTimeISO, { description: '密钥签发或最近一次轮换的时间' })
  @Column({ name: 'key_issued_at', type: 'timestamptz', precision: 3 })
  keyIssuedAt: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '停用时间' })
  @Column({ name: 'revoked_at', type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Field(() => GraphQLDateTimeISO, { description: '创建时间' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Int, { description: '版本号;修改时带上' })
  @VersionColumn({ type: 'integer' })
  version: number;
}

/** An operation the office registered for a client, from the partner's .graphql file; stored by hash. */
@ObjectType({ description: '已登记的查询操作' })
@Entity({ name: 'partner_operation' })
export class PartnerOperation {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Field(() => String, { description: '查询文本(UTF-8)的 SHA-256,十六进制;客户端以 extensions.persistedQuery.sha256Hash 发送' })
  @Column({ type: 'text' })
  hash: string;

  @Field(() => String, { description: '操作名称(多个时以逗号分隔)' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { description: '登记的查询文本(原样保存)' })
  @Column({ type: 'text' })
  document: string;

  @Field(() => GraphQLDateTimeISO, { description: '登记时间' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** Calls of one client's operation on one Beijing day, summed by the gateway's batched writes. */
@ObjectType({ description: '调用统计(按日、按操作)' })
@Entity({ name: 'partner_usage' })
export class PartnerUsage {
  @PrimaryColumn({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Field(() => String, { description: '日期(北京时间)' })
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Field(() => String, { description: '操作的哈希;未登记的调用为 unregistered' })
  @PrimaryColumn({ name: 'operation_hash', type: 'text' })
  operationHash: string;

  @Field(() => String, { description: '操作名称' })
  @Column({ name: 'operation_name', type: 'text' })
  operationName: string;

  @Field(() => Int, { description: '调用次数' })
  @Column({ name: 'call_count', type: 'integer' })
  count: number;

  @Field(() => Int, { description: '出错次数' })
  @Column({ name: 'error_count', type: 'integer' })
  errors: number;

  @Column({ name: 'latency_ms_sum', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  latencyMsSum: number;

  @Field(() => Int, { description: '最长耗时(毫秒)' })
  @Column({ name: 'latency_ms_max', type: 'integer' })
  latencyMsMax: number;
}
