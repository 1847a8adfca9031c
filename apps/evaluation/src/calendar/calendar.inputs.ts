import { MaxCount, MaxLength } from '@ronghe/kit';
import { ListLimit, TextLimit } from '@ronghe/types';
import { Field, InputType, Int } from 'type-graphql';
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

@InputType({ description: '导入一年的节假日安排(国务院办公厅放假通知)' })
export class CalendarYearInput {
  @Field(() => Int, { description: '年度' })
  year: number;

  @Field(() => String, { description: '文号,如 国办发明电〔2025〕7号' })
  @MaxLength(TextLimit.SHORT_CODE)
  documentNumber: string;

  @Field(() => String, { description: '通知标题' })
  @MaxLength(TextLimit.TITLE)
  title: string;

  @Field(() => String, { description: '成文日期 YYYY-MM-DD' })
  @MaxLength(TextLimit.SHORT_CODE)
  issuedOn: string;

  @Field(() => String, { description: '来源(网址或出处)' })
  @MaxLength(TextLimit.ADDRESS)
  source: string;

  @Field(() => [CalendarDayInput], { description: '该年全部放假日和调休上班日;导入后取代该年原有设置' })
  @MaxCount(ListLimit.CALENDAR_DAYS)
  days: CalendarDayInput[];
}
