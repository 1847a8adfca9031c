import { connectionType, MaxLength, PageArgs } from '@ronghe/kit';
import { TextLimit } from '@ronghe/types';
import { Directive, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PartnerClient, PartnerOperation, PartnerUsage } from './partner-client.entity.js';

export const PartnerClientConnection = connectionType(PartnerClient, 'PartnerClient');
export const PartnerOperationConnection = connectionType(PartnerOperation, 'PartnerOperation');
export const PartnerUsageConnection = connectionType(PartnerUsage, 'PartnerUsage');

export { PageArgs };

@InputType({ description: '签发合作部门接入' })
export class IssuePartnerClientInput {
  @Field(() => String, { description: '接入系统名称,如「民政局救助系统」' })
  @MaxLength(TextLimit.NAME)
  name: string;

  @Field(() => ID, { description: '所属合作部门(单位)' })
  organizationId: string;

  @Field(() => Int, { nullable: true, description: '每分钟请求上限,默认 60' })
  ratePerMinute?: number | null;

  @Field(() => Int, { nullable: true, description: '每日请求配额,默认 10000' })
  dailyQuota?: number | null;
}

@InputType({ description: '修改合作部门接入的限额' })
export class UpdatePartnerLimitsInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version: number;

  @Field(() => Int, { nullable: true, description: '每分钟请求上限' })
  ratePerMinute?: number | null;

  @Field(() => Int, { nullable: true, description: '每日请求配额' })
  dailyQuota?: number | null;
}

@ObjectType({ description: '签发或轮换的密钥:完整密钥只显示这一次' })
export class IssuedPartnerKey {
  @Field(() => PartnerClient)
  client: PartnerClient;

  @Field(() => String, { description: 'API 密钥,放在 Authorization: Bearer 头中;请立即交给合作部门妥善保存' })
  apiKey: string;
}

/** The gateway's batched counts (hidden from the public API). */
@Directive('@inaccessible')
@InputType({ description: '网关汇总的调用次数' })
export class PartnerUsageInput {
  @Field(() => ID)
  clientId: string;

  @Field(() => String, { description: '日期(北京时间)' })
  @MaxLength(TextLimit.SHORT_CODE)
  day: string;

  /** A SHA-256 in hex (64 characters), or `unregistered`. */
  @Field(() => String)
  @MaxLength(TextLimit.NAME)
  operationHash: string;

  @Field(() => String)
  @MaxLength(TextLimit.NAME)
  operationName: string;

  @Field(() => Int)
  count: number;

  @Field(() => Int)
  errors: number;

  @Field(() => Float)
  latencyMsSum: number;

  @Field(() => Int)
  latencyMsMax: number;
}
