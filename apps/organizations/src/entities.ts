import { AuditActRecord, JobFileRecord, JobRecord } from '@ronghe/kit';
import { Account } from './account/account.entity.js';
import { RefreshToken } from './account/refresh-token.entity.js';
import { SignInFailure } from './account/sign-in-failure.entity.js';
import { AuditRecord } from './audit/audit.entity.js';
import { OrganizationMove } from './organization/organization-move.entity.js';
import { Organization } from './organization/organization.entity.js';
import { PartnerClient, PartnerOperation, PartnerUsage } from './partner/partner-client.entity.js';
import { Person } from './person/person.entity.js';

export const entities = [
  Organization,
  OrganizationMove,
  Person,
  Account,
  RefreshToken,
  SignInFailure,
  AuditRecord,
  PartnerClient,
  PartnerOperation,
  PartnerUsage,
  AuditActRecord,
  JobRecord,
  JobFileRecord,
];
export { migrations } from './migrations/index.js';
