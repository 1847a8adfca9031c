import { PageArgs, type RequestContext, connectionType } from '@ronghe/kit';
import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Services } from '../services.js';
import { Review } from './review.entity.js';

type Context = RequestContext<Services>;

export const ReviewConnection = connectionType(Review, 'Review');

/** The reviews themselves; each module contributes its own fields to `Review`. */
@Resolver(() => Review)
export class ReviewResolver {
  @Authorized()
  @Query(() => ReviewConnection, { description: '考核评审,最近的年度在前' })
  reviews(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.reviews.list(page);
  }

  @Authorized()
  @Query(() => Review, { nullable: true, description: '按 id 查评审' })
  review(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.reviews.findById(id);
  }
}
