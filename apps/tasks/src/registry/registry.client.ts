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
  /** Active units with exactly these names. */
  unitsByName(names: string[], identity: Identity | null): Promise<UnitFacts[]>;
  /** Every active unit of these kinds. */
  unitsOfKinds(kinds: OrganizationKind[], identity: Identity | null): Promise<UnitFacts[]>;
}

const FACTS = /* GraphQL */ `
  query UnitFacts($organizationIds: [ID!]!) {
    registryFacts(organizationIds: $organizationIds, personIds: []) { units { id name kind status lineage } }
  }
`;
const BY_NAME = /* GraphQL */ `
  query UnitsByName($names: [String!]!) { unitsByName(names: $names) { id name kind status lineage } }
`;
const OF_KINDS = /* GraphQL */ `
  query UnitsOfKinds($kinds: [OrganizationKind!]!) { unitsOfKinds(kinds: $kinds) { id name kind status lineage } }
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
    async unitsByName(names, identity) {
      const unique = [...new Set(names)];
      if (unique.length === 0) return [];
      return (await request<{ unitsByName: UnitFacts[] }>(BY_NAME, { names: unique }, identity)).unitsByName;
    },
    async unitsOfKinds(kinds, identity) {
      return (await request<{ unitsOfKinds: UnitFacts[] }>(OF_KINDS, { kinds }, identity)).unitsOfKinds;
    },
  };
}
