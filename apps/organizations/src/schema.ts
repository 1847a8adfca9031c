import { buildFederatedSchema } from '@ronghe/kit';
import { AccountResolver } from './account/account.resolver.js';
import { OrganizationResolver, organizationReference } from './organization/organization.resolver.js';

export const buildSchema = () =>
  buildFederatedSchema({
    resolvers: [OrganizationResolver, AccountResolver],
    referenceResolvers: { Organization: organizationReference },
  });
