import { type Identity, Role } from '@ronghe/types';

/** An account that acts only for its own unit (no office, partner or review role): it sees its own unit's records only. */
export const isUnitOnly = (identity: Identity) => identity.roles.every((r) => r === Role.UNIT_OPERATOR);
