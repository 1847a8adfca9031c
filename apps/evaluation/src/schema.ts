import { buildFederatedSchema } from '@ronghe/kit';
import { nominationStubReference } from './nomination/nomination.stub.js';
import { NominationResultResolver, ResultResolver } from './result/result.resolver.js';
import { ReviewResolver } from './review/review.resolver.js';

export const buildSchema = () =>
  buildFederatedSchema({
    resolvers: [ReviewResolver, ResultResolver, NominationResultResolver],
    referenceResolvers: { Nomination: nominationStubReference },
  });
