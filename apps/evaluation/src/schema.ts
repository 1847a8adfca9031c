import { buildFederatedSchema } from '@ronghe/kit';
import { ApprovalResolver } from './approval/approval.resolver.js';
import { PublicListResolver } from './approval/public-list.resolver.js';
import { AssignmentResolver } from './assignment/assignment.resolver.js';
import { nominationStubReference } from './nomination/nomination.stub.js';
import { NominationResultResolver, ResultResolver } from './result/result.resolver.js';
import { ReviewWorkflowResolver, ScoreSheetResolver } from './review/review-workflow.resolver.js';
import { ReviewResolver } from './review/review.resolver.js';

export const buildSchema = () =>
  buildFederatedSchema({
    resolvers: [ApprovalResolver, PublicListResolver, AssignmentResolver, ReviewResolver, ReviewWorkflowResolver, ScoreSheetResolver, ResultResolver, NominationResultResolver],
    referenceResolvers: { Nomination: nominationStubReference },
  });
