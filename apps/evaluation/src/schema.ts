import { buildFederatedSchema, jobSchema } from '@ronghe/kit';
import { ActsResolver, auditActorReference } from './audit/acts.js';
import { ApprovalResolver } from './approval/approval.resolver.js';
import { PublicListResolver } from './approval/public-list.resolver.js';
import { CalendarResolver } from './calendar/calendar.resolver.js';
import { ReviewCriteriaResolver } from './criterion/criterion.resolver.js';
import { DocumentsResolver } from './documents/documents.resolver.js';
import { nominationStubReference } from './nomination/nomination.stub.js';
import { PanelResolver } from './panel/panel.resolver.js';
import { NominationResultResolver, ResultResolver, ReviewResultsResolver } from './result/result.resolver.js';
import { ScoreSheetResolver } from './result/score-sheet.resolver.js';
import { ReviewResolver } from './review/review.resolver.js';
import { ScoreResolver } from './score/score.resolver.js';
import { SetupResolver } from './setup/setup.resolver.js';

const { JobResolver } = jobSchema('evaluation');

export const buildSchema = () =>
  buildFederatedSchema({
    resolvers: [
      ActsResolver,
      ReviewResolver,
      ReviewCriteriaResolver,
      SetupResolver,
      PanelResolver,
      ScoreResolver,
      ResultResolver,
      ReviewResultsResolver,
      NominationResultResolver,
      ScoreSheetResolver,
      ApprovalResolver,
      CalendarResolver,
      PublicListResolver,
      DocumentsResolver,
      JobResolver,
    ],
    referenceResolvers: {
      AuditActor: auditActorReference,
      Nomination: nominationStubReference,
    },
  });
