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
