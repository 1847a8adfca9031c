import { buildFederatedSchema } from '@ronghe/kit';
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
      OrganizationNominationsResolver,
      PersonNominationsResolver,
      QuotaUseResolver,
      CycleResolver,
    ],
    referenceResolvers: {
      Nomination: nominationReference,
      Organization: organizationStubReference,
      Person: personStubReference,
    },
  });
