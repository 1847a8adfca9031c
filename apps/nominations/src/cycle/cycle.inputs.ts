import { MaxCount, MaxLength } from '@ronghe/kit';
import { ListLimit, OrganizationKind, TextLimit, TypicalCategory } from '@ronghe/types';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: '新建评选年度' })
export class CreateCycleInput {
  @Field(() => Int, { description: '年度' })
  year: number;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '申报开始,默认当年 7 月 1 日 0 时(北京时间)' })
  opensAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '申报截止,默认当年 8 月 1 日 0 时(即 7 月 31 日结束)' })
  closesAt?: Date | null;

  @Field(() => Boolean, { defaultValue: true, description: '沿用上一年度的类别、上报单位类型和名额设置' })
  copyPreviousSettings: boolean;
}

@InputType({ description: '修改评选年度设置' })
export class UpdateCycleInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  opensAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  closesAt?: Date | null;

  @Field(() => [TypicalCategory], { nullable: true })
  @MaxCount(ListLimit.CHOICES)
  openCategories?: TypicalCategory[] | null;

  @Field(() => [OrganizationKind], { nullable: true })
  @MaxCount(ListLimit.CHOICES)
  nominatorKinds?: OrganizationKind[] | null;

  @Field(() => Int, { nullable: true })
  defaultQuota?: number | null;

  @Field(() => Int, { nullable: true })
  honourLookbackYears?: number | null;
}

@InputType({ description: '设定某单位某类别的名额' })
export class QuotaInput {
  @Field(() => ID)
  cycleId: string;

  @Field(() => ID, { description: '推荐单位' })
  organizationId: string;

  @Field(() => TypicalCategory)
  category: TypicalCategory;

  @Field(() => Int)
  quota: number;
}

@InputType({ description: '准予某单位延期申报' })
export class ExtensionInput {
  @Field(() => ID)
  cycleId: string;

  @Field(() => ID)
  organizationId: string;

  @Field(() => GraphQLDateTimeISO, { description: '延期至' })
  until: Date;

  @Field(() => String, { description: '理由(必填,留档)' })
  @MaxLength(TextLimit.REASON)
  reason: string;
}
