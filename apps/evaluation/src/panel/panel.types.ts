import { TypicalCategory } from '@ronghe/types';
import { Field, ID, ObjectType } from 'type-graphql';
import { Nomination } from '../nomination/nomination.stub.js';
import { EvaluatorAssignment } from './panel.entity.js';

@ObjectType({ description: '分配看板的一行' })
export class BoardRow {
  @Field(() => ID)
  nominationId: string;

  @Field(() => TypicalCategory)
  category: TypicalCategory;

  @Field(() => [EvaluatorAssignment], { description: '已分配的专家' })
  assigned: EvaluatorAssignment[];

  @Field(() => [String], { description: '须回避的专家登录名' })
  conflicted: string[];

  @Field(() => Nomination, { description: '推荐' })
  nomination: Nomination;
}
