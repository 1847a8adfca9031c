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

export interface PersonFacts {
  id: string;
  name: string;
  /** Ids of every unit above the person's community and employer. */
  lineage: string[];
}

export interface Registry {
  facts(organizationIds: string[], personIds: string[], identity: Identity | null): Promise<{ units: UnitFacts[]; persons: PersonFacts[] }>;
}

const FACTS = /* GraphQL */ `
  query RegistryFacts($organizationIds: [ID!]!, $personIds: [ID!]!) {
    registryFacts(organizationIds: $organizationIds, personIds: $personIds) {
      units { id name kind status lineage }
      persons { id name lineage }
    }
  }
`;

/** The organizations subgraph, asked at write time where units and persons sit and what they are. */
export function createRegistry(options: { url: string; secret: string; timeoutMs: number }): Registry {
  const request = createInternalClient({ ...options, service: '单位名录服务' });
  return {
    async facts(organizationIds, personIds, identity) {
      if (organizationIds.length === 0 && personIds.length === 0) return { units: [], persons: [] };
      const data = await request<{ registryFacts: { units: UnitFacts[]; persons: PersonFacts[] } }>(
        FACTS,
        { organizationIds, personIds },
        identity,
      );
      return data.registryFacts;
    },
  };
}
