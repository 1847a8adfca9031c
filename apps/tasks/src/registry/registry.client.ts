import { createInternalClient } from '@ronghe/kit';
import type { Identity, OrganizationKind, OrganizationStatus } from '@ronghe/types';

export interface UnitFacts {
  id: string;
  name: string;
  kind: OrganizationKind;
  status: OrganizationStatus;
  /** Ids from the district down to the unit itself. */
  lineage: string[];
}

export interface Registry {
  units(organizationIds: string[], identity: Identity | null): Promise<UnitFacts[]>;
}

const FACTS = /* GraphQL */ `
  query UnitFacts($organizationIds: [ID!]!) {
    registryFacts(organizationIds: $organizationIds, personIds: []) { units { id name kind status lineage } }
  }
`;

/** The organizations subgraph, asked where units sit (decomposition, roll-ups by township) and their names (exports). */
export function createRegistry(options: { url: string; secret: string; timeoutMs: number }): Registry {
  const request = createInternalClient({ ...options, service: '单位名录服务' });
  return {
    async units(organizationIds, identity) {
      const ids = [...new Set(organizationIds)];
      if (ids.length === 0) return [];
      const data = await request<{ registryFacts: { units: UnitFacts[] } }>(FACTS, { organizationIds: ids }, identity);
      return data.registryFacts.units;
    },
  };
}
