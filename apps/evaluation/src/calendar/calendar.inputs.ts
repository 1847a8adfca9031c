import { MaxLength } from '@ronghe/kit';
import { TextLimit } from '@ronghe/types';
import { Field, InputType } from 'type-graphql';
import type { DayKind } from './working-days.js';

@InputType({ description: '节假日或调休上班日' })
export class CalendarDayInput {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  @MaxLength(TextLimit.SHORT_CODE)
  day: string;

  @Field(() => String, { description: 'HOLIDAY(放假)或 WORKDAY(调休上班)' })
  @MaxLength(TextLimit.SHORT_CODE)
  kind: DayKind;

  @Field(() => String, { nullable: true })
  @MaxLength(TextLimit.LABEL)
  note?: string | null;
}
