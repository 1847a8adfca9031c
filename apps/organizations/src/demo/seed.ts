import { type Logger, stableId } from '@ronghe/kit';
import { DEMO_PASSWORD, demoAccounts, demoCreditCode, demoPersons, demoUnits } from '@ronghe/demo';
import type { DataSource } from 'typeorm';
import { Account } from '../account/account.entity.js';
import { hashPassword } from '../account/password.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';

export const unitId = (name: string) => stableId('organization', name);

/** Loads the demo district once; a database that already has units is left as it is. */
export async function seedDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  if ((await dataSource.getRepository(Organization).count()) > 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const paths = new Map<string, string>();
  const units = demoUnits.map(([name, kind, parent, shortName]) => {
    const id = unitId(name);
    // Parents come before their children in the list, so the parent's path is known.
    const path = `${parent ? paths.get(parent) : '/'}${id}/`;
    paths.set(name, path);
    return {
      id,
      name,
      kind,
      shortName: shortName ?? null,
      parentId: parent ? unitId(parent) : null,
      path,
      creditCode: demoCreditCode(name, kind),
    };
  });
  const persons = demoPersons().map((p) => ({
    ...p,
    id: stableId('person', p.idNumber),
    employerId: unitId(p.employer),
    communityId: unitId(p.community),
  }));
  await dataSource.transaction(async (tx) => {
    await tx.getRepository(Organization).insert(units);
    await tx.getRepository(Person).insert(persons);
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
  logger.info({ units: units.length, persons: persons.length, accounts: demoAccounts.length }, 'demo data loaded');
}
