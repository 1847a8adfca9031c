import { ListLimit } from '@ronghe/types';
import { MaxCount, type RequestContext } from '@ronghe/kit';
import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { Services } from '../services.js';
import { CalendarDayInput } from './calendar.inputs.js';

@Resolver()
export class CalendarResolver {
  @Authorized()
  @Mutation(() => Int, { description: '设置节假日和调休上班日(公示期按工作日计算)' })
  setCalendarDays(
    @Arg('days', () => [CalendarDayInput]) @MaxCount(ListLimit.CALENDAR_DAYS) days: CalendarDayInput[],
    @Ctx() ctx: RequestContext<Services>,
  ) {
    return ctx.services.calendar.setDays(ctx, days);
  }
}
