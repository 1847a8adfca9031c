import { buildFederatedSchema } from '@ronghe/kit';
import { ActsResolver, auditActorReference } from './audit/acts.js';
import { CycleResolver } from './cycle/cycle.resolver.js';
import {
  HonourResolver,
  NominationResolver,
  OrganizationNominationsResolver,
  PersonNominationsResolver,
  QuotaUseResolver,
  nominationReference,
} from './nomination/nomination.resolver.js';
import { organizationStubReference } from './organization/organization.stub.js';
import { personStubReference } from './person/person.stub.js';

export const buildSchema = () =>
  buildFederatedSchema({
    resolvers: [
      NominationResolver,
      HonourResolver,
      ActsResolver,
      OrganizationNominationsResolver,
      PersonNominationsResolver,
      QuotaUseResolver,
      CycleResolver,
    ],
    referenceResolvers: {
      AuditActor: auditActorReference,
      Nomination: nominationReference,
      Organization: organizationStubReference,
      Person: personStubReference,
    },
  });
