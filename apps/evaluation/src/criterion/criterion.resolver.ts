import type { RequestContext } from '@ronghe/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Review } from '../review/review.entity.js';
import type { Services } from '../services.js';
import { Criterion } from './criterion.entity.js';

/** Contributes `Review.criteria`. */
@Resolver(() => Review)
export class ReviewCriteriaResolver {
  @FieldResolver(() => [Criterion], { description: '评分细则' })
  criteria(@Root() review: Review, @Ctx() ctx: RequestContext<Services>) {
    return ctx.services.criteria.loaderByReview(ctx.loaders).load(review.id);
  }
}
