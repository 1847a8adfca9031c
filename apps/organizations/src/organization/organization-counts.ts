import { Field, Int, ObjectType } from 'type-graphql';

/** What hangs below a unit: shown in the jurisdiction tree and in the confirmations of a move or a dissolution. */
@ObjectType({ description: '单位的下级单位和人员数' })
export class OrganizationCounts {
  @Field(() => Int, { description: '直属下级单位数(含已撤销的)' })
  children: number;

  @Field(() => Int, { description: '辖区内各级未撤销的下级单位数' })
  activeDescendants: number;

  @Field(() => Int, { description: '居住社区或就业单位在辖区内的外来务工人员数' })
  persons: number;
}
