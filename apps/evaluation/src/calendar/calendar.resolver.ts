import { connectionType, MaxCount, MaxLength, PageArgs, type RequestContext } from '@ronghe/kit';
import { ListLimit, TextLimit } from '@ronghe/types';
import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Services } from '../services.js';
import { CalendarDay, CalendarYear } from './calendar.entity.js';
import { CalendarDayInput, CalendarYearInput } from './calendar.inputs.js';

type Context = RequestContext<Services>;

export const CalendarYearConnection = connectionType(CalendarYear, 'CalendarYear');

@Resolver(() => CalendarYear)
export class CalendarResolver {
  @Authorized()
  @Query(() => CalendarYearConnection, { description: '已导入节假日安排的年度,最近的在前' })
  calendarYears(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.calendar.years(page);
  }

  @Authorized()
  @Query(() => [CalendarDay], { description: '某年的放假日和调休上班日(含尚未导入通知、由办公室单独设置的日期)' })
  calendarDays(@Arg('year', () => Int) year: number, @Ctx() ctx: Context) {
    return ctx.services.calendar.daysOf(year);
  }

  @FieldResolver(() => [CalendarDay], { description: '该年的放假日和调休上班日' })
  days(@Root() year: CalendarYear, @Ctx() ctx: Context) {
    return ctx.services.calendar.daysOf(year.year);
  }

  @Authorized()
  @Mutation(() => Int, { description: '设置节假日和调休上班日(公示期按工作日计算)' })
  setCalendarDays(@Arg('days', () => [CalendarDayInput]) @MaxCount(ListLimit.CALENDAR_DAYS) days: CalendarDayInput[], @Ctx() ctx: Context) {
    return ctx.services.calendar.setDays(ctx, days);
  }

  @Authorized()
  @Mutation(() => Int, { description: '删除设置的日期,恢复为普通工作日或周末' })
  removeCalendarDays(
    @Arg('days', () => [String]) @MaxCount(ListLimit.CALENDAR_DAYS) @MaxLength(TextLimit.SHORT_CODE) days: string[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.calendar.removeDays(ctx, days);
  }

  @Authorized()
  @Mutation(() => CalendarYear, { description: '导入一年的节假日安排(每年国务院办公厅通知发布后),取代该年原有设置' })
  importHolidayCalendar(@Arg('input', () => CalendarYearInput) input: CalendarYearInput, @Ctx() ctx: Context) {
    return ctx.services.calendar.importYear(ctx, input);
  }
}
