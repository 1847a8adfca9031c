import { type Logger, stableId } from '@ronghe/kit';
import type { DataSource } from 'typeorm';
import { Account } from '../account/account.entity.js';
import { hashPassword } from '../account/password.js';
import { Organization } from '../organization/organization.entity.js';
import { DEMO_PASSWORD, demoAccounts, demoUnits } from '@ronghe/demo';

export const unitId = (name: string) => stableId('organization', name);

/** Loads the demo district once; a database that already has units is left as it is. */
export async function seedDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  if ((await dataSource.getRepository(Organization).count()) > 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (tx) => {
    await tx.getRepository(Organization).insert(
      demoUnits.map(([name, kind, parent, shortName]) => ({
        id: unitId(name),
        name,
        kind,
        shortName: shortName ?? null,
        parentId: parent ? unitId(parent) : null,
      })),
    );
    await tx.getRepository(Account).insert(
      demoAccounts.map((a) => ({
        id: stableId('account', a.username),
        username: a.username,
        displayName: a.displayName,
        passwordHash,
        organizationId: unitId(a.unit),
        roles: a.roles,
      })),
    );
  });
  logger.info({ units: demoUnits.length, accounts: demoAccounts.length }, 'demo data loaded');
}
