import { Account } from './account/account.entity.js';
import { migrations } from './migrations/index.js';
import { Organization } from './organization/organization.entity.js';

export const entities = [Organization, Account];
export { migrations };
