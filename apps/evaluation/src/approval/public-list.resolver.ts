import type { RequestContext } from '@ronghe/kit';
import { TypicalCategory } from '@ronghe/types';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Services } from '../services.js';
import type { PublicList as PublicListValue } from './public-list.service.js';

@ObjectType({ description: '公示名单中的一项(姓名全称;不含身份证号和联系方式)' })
class PublicEntry {
  @Field(() => String) name: string;
  @Field(() => TypicalCategory) category: TypicalCategory;
  @Field(() => String) nominator: string;
}

@ObjectType({ description: '正在公示或已表彰的名单(公开)' })
class PublicList implements PublicListValue {
  @Field(() => Int) year: number;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) publicityStarts: string | null;
  @Field(() => String, { nullable: true }) publicityEnds: string | null;
  @Field(() => Boolean, { description: '已确定表彰' }) final: boolean;
  @Field(() => [String], { description: '发布单位(联合表彰单位)' }) issuingAgencies: string[];
  @Field(() => String, { nullable: true, description: '表彰决定文号(确定表彰后)' }) decisionNumber: string | null;
  @Field(() => String, { nullable: true, description: '表彰决定日期(确定表彰后)' }) decidedOn: string | null;
  @Field(() => [PublicEntry]) entries: PublicEntry[];
}

@Resolver()
export class PublicListResolver {
  @Query(() => PublicList, { nullable: true, description: '公示名单(无需登录;不含身份证号和联系方式)' })
  publicList(
    @Arg('year', () => Int, { nullable: true, description: '年度;不填为最近一次' }) year: number | null,
    @Ctx() ctx: RequestContext<Services>,
  ): Promise<PublicListValue | null> {
    return ctx.services.publicList.publicList(year);
  }
}
