import { connectionType, MaxLength, PageArgs } from '@ronghe/kit';
import { NominationStatus, TextLimit, TypicalCategory } from '@ronghe/types';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Honour, Nomination } from './nomination.entity.js';
import { DEEDS_MIN } from './nomination.service.js';

export const NominationConnection = connectionType(Nomination, 'Nomination');
export const HonourConnection = connectionType(Honour, 'Honour');

@ArgsType()
export class HonoursArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: '按表彰年度筛选' })
  year?: number | null;
}

@ArgsType()
export class NominationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '评选年度' })
  cycleId?: string | null;

  @Field(() => TypicalCategory, { nullable: true, description: '按类别筛选' })
  category?: TypicalCategory | null;

  @Field(() => NominationStatus, { nullable: true, description: '按状态筛选' })
  status?: NominationStatus | null;

  @Field(() => ID, { nullable: true, description: '按推荐单位筛选' })
  nominatorId?: string | null;
}

@InputType({ description: '新建推荐(草稿)' })
export class CreateNominationInput {
  @Field(() => ID, { description: '评选年度' })
  cycleId: string;

  @Field(() => TypicalCategory, { description: '典型类别' })
  category: TypicalCategory;

  @Field(() => ID, { nullable: true, description: '被推荐单位(优秀外来务工人员以外的九类)' })
  nomineeOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: '被推荐的外来务工人员(优秀外来务工人员类)' })
  nomineePersonId?: string | null;

  @Field(() => ID, { description: '推荐单位' })
  nominatorOrganizationId: string;

  @Field(() => String, { description: `事迹材料,${DEEDS_MIN} 至 ${TextLimit.FREE_TEXT} 字` })
  @MaxLength(TextLimit.FREE_TEXT)
  deeds: string;

  @Field(() => String, { nullable: true, description: '联系人' })
  @MaxLength(TextLimit.NAME)
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话' })
  @MaxLength(TextLimit.SHORT_CODE)
  contactPhone?: string | null;
}

@InputType({ description: '修改推荐(仅草稿或退回的)' })
export class UpdateNominationInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version: number;

  @Field(() => String, { nullable: true })
  @MaxLength(TextLimit.FREE_TEXT)
  deeds?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(TextLimit.NAME)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(TextLimit.SHORT_CODE)
  contactPhone?: string | null;
}

@InputType({ description: '记录以往的表彰' })
export class HonourInput {
  @Field(() => Int)
  year: number;

  @Field(() => TypicalCategory)
  category: TypicalCategory;

  @Field(() => ID, { nullable: true })
  nomineeOrganizationId?: string | null;

  @Field(() => ID, { nullable: true })
  nomineePersonId?: string | null;

  @Field(() => String, { description: '荣誉名称' })
  @MaxLength(TextLimit.TITLE)
  title: string;
}
