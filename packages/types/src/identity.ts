import type { Role } from './enums.js';

/** The caller as the gateway vouches for it to the subgraphs. */
export interface Identity {
  accountId: string;
  username: string;
  organizationId: string;
  roles: Role[];
}

/** Header in which the gateway passes its signed identity token to subgraphs. */
export const INTERNAL_TOKEN_HEADER = 'x-ronghe-internal';

// The nil id: no account or unit ever has it, so the system's own requests are told apart in logs.
const SYSTEM_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The system acting on its own account (a public page, a job), named by what it does. It holds no
 * role: it passes checks that ask for a known caller, never a role's.
 */
export function systemIdentity(purpose: string): Identity {
  return { accountId: SYSTEM_ID, username: `system:${purpose}`, organizationId: SYSTEM_ID, roles: [] };
}
