import { connectionType, MaxCount, MaxLength, PageArgs } from '@ronghe/kit';
import { Gender, ListLimit, TextLimit } from '@ronghe/types';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Person } from './person.entity.js';

export const PersonConnection = connectionType(Person, 'Person');

@ArgsType()
export class PersonsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '按姓名模糊查找' })
  @MaxLength(TextLimit.SEARCH)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: '只看居住社区或就业单位在此单位辖区内的' })
  within?: string | null;

  @Field(() => ID, { nullable: true, description: '就业单位' })
  employerId?: string | null;
}

/** The fields a person's record is created and changed with, but the personal data (not in the schema itself). */
@InputType()
class PersonFields {
  @Field(() => String, { description: '姓名' })
  @MaxLength(TextLimit.NAME)
  name: string;

  @Field(() => Gender, { description: '性别' })
  gender: Gender;

  @Field(() => String, { nullable: true, description: '户籍省份' })
  @MaxLength(TextLimit.PLACE)
  homeProvince?: string | null;

  @Field(() => String, { nullable: true, description: '户籍城市' })
  @MaxLength(TextLimit.PLACE)
  homeCity?: string | null;

  @Field(() => ID, { nullable: true, description: '就业单位' })
  employerId?: string | null;

  @Field(() => ID, { nullable: true, description: '居住社区' })
  communityId?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '来本区时间' })
  arrivalDate?: string | null;

  @Field(() => [String], { nullable: true, description: '职业技能' })
  @MaxCount(ListLimit.LABELS)
  @MaxLength(TextLimit.LABEL)
  skills?: string[] | null;

  @Field(() => [String], { nullable: true, description: '接受培训' })
  @MaxCount(ListLimit.LABELS)
  @MaxLength(TextLimit.LABEL)
  trainings?: string[] | null;
}

@InputType({ description: '外来务工人员信息' })
export class PersonInput extends PersonFields {
  @Field(() => String, { description: '身份证号' })
  @MaxLength(TextLimit.SHORT_CODE)
  idNumber: string;

  @Field(() => String, { nullable: true, description: '手机号' })
  @MaxLength(TextLimit.SHORT_CODE)
  phone?: string | null;
}

@InputType({ description: '修改外来务工人员信息;表单只见脱敏的身份证号和手机号,不填则不变' })
export class UpdatePersonInput extends PersonFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version: number;

  @Field(() => String, { nullable: true, description: '身份证号;不填则不变' })
  @MaxLength(TextLimit.SHORT_CODE)
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: '手机号;不填则不变,空字符串为清除' })
  @MaxLength(TextLimit.SHORT_CODE)
  phone?: string | null;
}
