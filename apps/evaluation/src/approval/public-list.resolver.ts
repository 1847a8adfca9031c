import { maskName } from './mask.js';
import type { RequestContext } from '@ronghe/kit';
import { ResultOutcome, ReviewStatus, TypicalCategory } from '@ronghe/types';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { In } from 'typeorm';
import { NominationResult } from '../result/result.entity.js';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import { Review } from '../review/review.entity.js';
import type { Services } from '../services.js';

@ObjectType({ description: '公示名单中的一项(个人姓名脱敏)' })
class PublicEntry {
  @Field(() => String) name: string;
  @Field(() => TypicalCategory) category: TypicalCategory;
  @Field(() => String) nominator: string;
}

@ObjectType({ description: '正在公示或已表彰的名单(公开)' })
class PublicList {
  @Field(() => Int) year: number;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) publicityStarts: string | null;
  @Field(() => String, { nullable: true }) publicityEnds: string | null;
  @Field(() => Boolean, { description: '已确定表彰' }) final: boolean;
  @Field(() => [PublicEntry]) entries: PublicEntry[];
}

// The registry answers internal calls only for a known caller: the public page asks as the system.
const SYSTEM = { accountId: '00000000-0000-0000-0000-000000000000', username: 'system:publicity', organizationId: '00000000-0000-0000-0000-000000000000', roles: [] };

@Resolver()
export class PublicListResolver {
  @Query(() => PublicList, { nullable: true, description: '公示名单(无需登录;个人信息脱敏)' })
  async publicList(
    @Arg('year', () => Int, { nullable: true, description: '年度;不填为最近一次' }) year: number | null,
    @Ctx() ctx: RequestContext<Services>,
  ): Promise<PublicList | null> {
    const ds = ctx.services.setup.dataSource;
    const review = await ds.getRepository(Review).findOne({
      where: { status: In([ReviewStatus.PUBLICITY, ReviewStatus.FINAL]), ...(year ? { year } : {}) },
      order: { year: 'DESC' },
    });
    if (!review) return null;
    const outcome = review.status === ReviewStatus.FINAL ? ResultOutcome.COMMENDED : ResultOutcome.SHORTLISTED;
    const results = await ds.getRepository(NominationResult).find({ where: { reviewId: review.id, outcome }, order: { rank: 'ASC' } });
    const nominations = await ds.getRepository(ReviewNomination).findBy({ reviewId: review.id, nominationId: In(results.map((r) => r.nominationId)) });
    const names = await ctx.services.setup.upstream.names(
      [...new Set(nominations.flatMap((n) => [n.nomineeOrganizationId, n.nominatorOrganizationId]).filter((id): id is string => !!id))],
      nominations.map((n) => n.nomineePersonId).filter((id): id is string => !!id),
      SYSTEM,
    );
    const byId = new Map(nominations.map((n) => [n.nominationId, n]));
    return {
      year: review.year,
      title: review.title,
      publicityStarts: review.publicityStarts,
      publicityEnds: review.publicityEnds,
      final: review.status === ReviewStatus.FINAL,
      entries: results.map((r) => {
        const n = byId.get(r.nominationId)!;
        const name = names.get(n.nomineeOrganizationId ?? n.nomineePersonId ?? '') ?? '';
        return { name: n.nomineePersonId ? maskName(name) : name, category: n.category, nominator: names.get(n.nominatorOrganizationId) ?? '' };
      }),
    };
  }
}
