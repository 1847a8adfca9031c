import { stableId } from '@ronghe/kit';
import { type Identity, Role } from '@ronghe/types';

const unit = (name: string) => stableId('organization', name);

/** Callers of the demo district, for the integration tests. */
export const callers = {
  admin: {
    accountId: stableId('account', 'admin'),
    username: 'admin',
    organizationId: unit('管城回族区人民政府办公室'),
    roles: [Role.PROGRAM_ADMIN],
  },
  operator: {
    accountId: stableId('account', 'operator'),
    username: 'operator',
    organizationId: unit('十八里河镇'),
    roles: [Role.UNIT_OPERATOR],
  },
  partner: {
    accountId: stableId('account', 'partner'),
    username: 'partner',
    organizationId: unit('区民政局'),
    roles: [Role.PARTNER_READONLY],
  },
  evaluator: {
    accountId: stableId('account', 'evaluator'),
    username: 'evaluator',
    organizationId: unit('区财政局'),
    roles: [Role.EVALUATOR],
  },
} satisfies Record<string, Identity>;

export { unit };
