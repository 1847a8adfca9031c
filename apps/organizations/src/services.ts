import type { DataSource } from 'typeorm';
import { AccountService } from './account/account.service.js';
import { OrganizationService } from './organization/organization.service.js';

/** The subgraph's services, built once per process and handed to every request's context. */
export interface Services {
  organizations: OrganizationService;
  accounts: AccountService;
}

export function createServices(dataSource: DataSource, tokens: { secret: string; ttlSeconds: number }): Services {
  return {
    organizations: new OrganizationService(dataSource),
    accounts: new AccountService(dataSource, tokens),
  };
}
