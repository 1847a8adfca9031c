import { OrganizationKind } from '@ronghe/types';
import { PageArgs, connectionType } from '@ronghe/kit';
import { ArgsType, Field } from 'type-graphql';
import { Organization } from './organization.entity.js';

export const OrganizationConnection = connectionType(Organization, 'Organization');

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationKind, { nullable: true, description: '按单位类型筛选' })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: '按名称或简称模糊查找' })
  search?: string | null;
}
