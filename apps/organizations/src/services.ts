import type { DataSource } from 'typeorm';
import { AccessService } from './access/access.service.js';
import { AccountService, type TokenSettings } from './account/account.service.js';
import { AuditService } from './audit/audit.service.js';
import { OrganizationService } from './organization/organization.service.js';
import { PersonService } from './person/person.service.js';

/** The subgraph's services, built once per process and handed to every request's context. */
export interface Services {
  audit: AuditService;
  organizations: OrganizationService;
  persons: PersonService;
  accounts: AccountService;
}

export function createServices(dataSource: DataSource, tokens: TokenSettings): Services {
  const audit = new AuditService(dataSource);
  const organizations = new OrganizationService(dataSource, audit, (load) => new AccessService(load));
  return {
    audit,
    organizations,
    persons: new PersonService(dataSource, organizations, audit),
    accounts: new AccountService(dataSource, tokens, organizations, audit),
  };
}
