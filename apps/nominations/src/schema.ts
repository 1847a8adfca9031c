import { buildFederatedSchema } from '@ronghe/kit';
import { CycleResolver } from './cycle/cycle.resolver.js';
import { NominationResolver, OrganizationNominationsResolver, nominationReference } from './nomination/nomination.resolver.js';
import { organizationStubReference } from './organization/organization.stub.js';

export const buildSchema = () =>
  buildFederatedSchema({
    resolvers: [NominationResolver, OrganizationNominationsResolver, CycleResolver],
    referenceResolvers: { Nomination: nominationReference, Organization: organizationStubReference },
  });
