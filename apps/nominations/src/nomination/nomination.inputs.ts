import { PageArgs, connectionType } from '@ronghe/kit';
import { NominationStatus, TypicalCategory } from '@ronghe/types';
import { ArgsType, Field, ID } from 'type-graphql';
import { Nomination } from './nomination.entity.js';

export const NominationConnection = connectionType(Nomination, 'Nomination');

@ArgsType()
export class NominationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '评选年度' })
  cycleId?: string | null;

  @Field(() => TypicalCategory, { nullable: true, description: '按类别筛选' })
  category?: TypicalCategory | null;

  @Field(() => NominationStatus, { nullable: true, description: '按状态筛选' })
  status?: NominationStatus | null;
}
