import { buildFederatedSchema, jobSchema } from '@ronghe/kit';
import { AccountResolver } from './account/account.resolver.js';
import { ActsResolver, AuditActorResolver, auditActorReference } from './audit/audit-actor.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { FactsResolver } from './organization/facts.resolver.js';
import { OrganizationMoveResolver } from './organization/organization-move.resolver.js';
import { OrganizationResolver, organizationReference } from './organization/organization.resolver.js';
import { PartnerClientResolver, PartnerUsageResolver } from './partner/partner-client.resolver.js';
import { PersonResolver, personReference } from './person/person.resolver.js';
import { TransferResolver } from './transfer/transfer.resolver.js';

const { JobResolver } = jobSchema('organizations');

export const buildSchema = () =>
  buildFederatedSchema({
    resolvers: [
      OrganizationResolver,
      OrganizationMoveResolver,
      PersonResolver,
      AccountResolver,
      AuditResolver,
      ActsResolver,
      AuditActorResolver,
      TransferResolver,
      FactsResolver,
      PartnerClientResolver,
      PartnerUsageResolver,
      JobResolver,
    ],
    referenceResolvers: { Organization: organizationReference, Person: personReference, AuditActor: auditActorReference },
  });
