import { OrganizationKind, OrganizationStatus, TextLimit } from '@ronghe/types';
import { connectionType, MaxLength, PageArgs } from '@ronghe/kit';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Organization } from './organization.entity.js';

export const OrganizationConnection = connectionType(Organization, 'Organization');

@InputType({ description: '单位名录筛选条件' })
export class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true, description: '单位类型' })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: '按名称或简称模糊查找' })
  @MaxLength(TextLimit.SEARCH)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: '只看此单位辖区内(含本单位)' })
  within?: string | null;

  @Field(() => OrganizationStatus, { nullable: true, description: '状态' })
  status?: OrganizationStatus | null;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs implements OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true, description: '按单位类型筛选' })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: '按名称或简称模糊查找' })
  @MaxLength(TextLimit.SEARCH)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: '只看此单位辖区内(含本单位)' })
  within?: string | null;

  @Field(() => OrganizationStatus, { nullable: true, description: '按状态筛选' })
  status?: OrganizationStatus | null;
}

@InputType({ description: '登记单位' })
export class CreateOrganizationInput implements Partial<Organization> {
  @Field(() => String, { description: '单位名称' })
  @MaxLength(TextLimit.NAME)
  name: string;

  @Field(() => String, { nullable: true, description: '简称' })
  @MaxLength(TextLimit.NAME)
  shortName?: string | null;

  @Field(() => OrganizationKind, { description: '单位类型' })
  kind: OrganizationKind;

  @Field(() => ID, { description: '上级单位' })
  parentId: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  @MaxLength(TextLimit.SHORT_CODE)
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: '地址' })
  @MaxLength(TextLimit.ADDRESS)
  address?: string | null;

  @Field(() => String, { nullable: true, description: '联系人' })
  @MaxLength(TextLimit.NAME)
  contactPerson?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话' })
  @MaxLength(TextLimit.SHORT_CODE)
  contactPhone?: string | null;
}

@InputType({ description: '修改单位信息;只改给出的字段' })
export class UpdateOrganizationInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '读取时的版本号;其间被他人修改则拒绝' })
  version: number;

  @Field(() => String, { nullable: true })
  @MaxLength(TextLimit.NAME)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(TextLimit.NAME)
  shortName?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true })
  @MaxLength(TextLimit.SHORT_CODE)
  creditCode?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(TextLimit.ADDRESS)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(TextLimit.NAME)
  contactPerson?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(TextLimit.SHORT_CODE)
  contactPhone?: string | null;
}
