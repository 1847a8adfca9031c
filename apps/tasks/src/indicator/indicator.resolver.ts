import type { RequestContext } from '@ronghe/kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Services } from '../services.js';
import { Indicator } from './indicator.entity.js';
import { CreateIndicatorInput } from './indicator.inputs.js';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Mutation(() => Indicator, { description: '为任务设定指标' })
  createIndicator(@Arg('input', () => CreateIndicatorInput) input: CreateIndicatorInput, @Ctx() ctx: RequestContext<Services>) {
    return ctx.services.indicators.create(ctx, input);
  }
}
