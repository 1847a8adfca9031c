import { MaxCount, MaxLength } from '@ronghe/kit';
import { IndicatorKind, ListLimit, TextLimit } from '@ronghe/types';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType } from 'type-graphql';

@InputType({ description: '为任务设定指标' })
export class CreateIndicatorInput {
  @Field(() => ID)
  taskId: string;

  @Field(() => String, { description: '指标名称' })
  @MaxLength(TextLimit.NAME)
  name: string;

  @Field(() => IndicatorKind)
  kind: IndicatorKind;

  @Field(() => Float, { nullable: true, description: '目标值(清单类不填)' })
  target?: number | null;

  @Field(() => String, { defaultValue: '', description: '计量单位' })
  @MaxLength(TextLimit.SHORT_CODE)
  unitOfMeasure: string;

  @Field(() => [String], { defaultValue: [], description: '清单项(清单类)' })
  @MaxCount(ListLimit.CHECKLIST_ITEMS)
  @MaxLength(TextLimit.LABEL)
  checklistItems: string[];

  @Field(() => GraphQLLocalDate, { nullable: true, description: '达标期限;不填时随任务期限' })
  deadline?: string | null;
}
