import type { JobQueue } from '@ronghe/kit';
import { type Clock, systemClock } from '@ronghe/kit/clock';
import type { DataSource } from 'typeorm';
import { AccessService } from './access/access.service.js';
import { AccountService, type TokenSettings } from './account/account.service.js';
import { RegistryActs } from './audit/audit-actor.js';
import { AuditService } from './audit/audit.service.js';
import { PartnerClientService } from './partner/partner-client.service.js';
import { OrganizationService } from './organization/organization.service.js';
import { PersonService } from './person/person.service.js';
import { ExportService } from './transfer/export.service.js';
import { ImportService } from './transfer/import.service.js';

/** The subgraph's services, built once per process and handed to every request's context. */
export interface Services {
  audit: AuditService;
  /** Accountable acts (sign-ins, registry changes) for the audit view. */
  acts: RegistryActs;
  organizations: OrganizationService;
  persons: PersonService;
  accounts: AccountService;
  imports: ImportService;
  exports: ExportService;
  partnerClients: PartnerClientService;
  /** The queue big exports run on: `organizationsJob(id)` reads it; absent in a test bed. */
  jobs: JobQueue | null;
}

/** Sign-in and token lifetimes stay on real time: the gateway checks tokens against its own clock. */
export function createServices(
  dataSource: DataSource,
  tokens: TokenSettings,
  clock: Clock = systemClock,
  exports: { jobs: JobQueue | null; jobRows: number } = { jobs: null, jobRows: 5000 },
): Services {
  const audit = new AuditService(dataSource);
  const organizations = new OrganizationService(dataSource, audit, (load) => new AccessService(load));
  const persons = new PersonService(dataSource, organizations, audit, clock);
  return {
    audit,
    acts: new RegistryActs(dataSource),
    organizations,
    persons,
    accounts: new AccountService(dataSource, tokens, organizations, audit),
    imports: new ImportService(dataSource, organizations, persons, audit),
    exports: new ExportService(dataSource, organizations, persons, exports.jobs, exports.jobRows),
    partnerClients: new PartnerClientService(dataSource, organizations, audit),
    jobs: exports.jobs,
  };
}
