import { createInternalClient } from '@ronghe/kit';
import type { Identity, TypicalCategory } from '@ronghe/types';

export interface FrozenNomination {
  id: string;
  category: TypicalCategory;
  position: number;
  nomineeOrganizationId: string | null;
  nomineePersonId: string | null;
  nominatorOrganizationId: string;
  /** Units from the district down to the nominee (or the person's community and employer). */
  nomineeLineage: string[];
  nominatorLineage: string[];
}

export interface Evaluator {
  accountId: string;
  username: string;
  displayName: string;
  organizationId: string;
  lineage: string[];
}

/** What the review needs from the other subgraphs: the frozen nominations, where they sit, and the panel. */
export interface Upstream {
  frozenNominations(cycleId: string, identity: Identity): Promise<FrozenNomination[]>;
  evaluators(identity: Identity): Promise<Evaluator[]>;
  /** Names of units and persons, for lists and documents. */
  names(unitIds: string[], personIds: string[], identity: Identity): Promise<Map<string, string>>;
  /** Ids of active units with these exact names. */
  unitIdsByName(names: string[], identity: Identity): Promise<Map<string, string>>;
  /** Records the commended as honours the nominations pre-screen checks; idempotent. */
  recordHonours(honours: HonourRecord[], identity: Identity): Promise<void>;
}

export interface HonourRecord {
  year: number;
  category: TypicalCategory;
  nomineeOrganizationId: string | null;
  nomineePersonId: string | null;
  title: string;
}

const FROZEN = /* GraphQL */ `
  query Frozen($cycleId: ID!) {
    frozenNominations(cycleId: $cycleId) {
      id category position nominator { id }
      nominee { __typename ... on Organization { id } ... on Person { id } }
    }
  }
`;
const FACTS = /* GraphQL */ `
  query Facts($organizationIds: [ID!]!, $personIds: [ID!]!) {
    registryFacts(organizationIds: $organizationIds, personIds: $personIds) { units { id lineage } persons { id lineage } }
  }
`;
const NAMES = /* GraphQL */ `
  query Names($organizationIds: [ID!]!, $personIds: [ID!]!) {
    registryFacts(organizationIds: $organizationIds, personIds: $personIds) { units { id name } persons { id name } }
  }
`;
const BY_NAME = /* GraphQL */ `query ByName($names: [String!]!) { unitsByName(names: $names) { id name } }`;
const HONOURS = /* GraphQL */ `mutation Honours($inputs: [HonourInput!]!) { recordHonours(inputs: $inputs) { id } }`;
const EVALUATORS = /* GraphQL */ `query Evaluators { evaluatorFacts { accountId username displayName organizationId lineage } }`;

export function createUpstream(options: { organizationsUrl: string; nominationsUrl: string; secret: string; timeoutMs: number }): Upstream {
  const registry = createInternalClient({
    url: options.organizationsUrl,
    service: '单位名录服务',
    secret: options.secret,
    timeoutMs: options.timeoutMs,
  });
  const nominations = createInternalClient({
    url: options.nominationsUrl,
    service: '典型推荐服务',
    secret: options.secret,
    timeoutMs: options.timeoutMs,
  });
  return {
    async frozenNominations(cycleId, identity) {
      type Row = {
        id: string;
        category: TypicalCategory;
        position: number;
        nominator: { id: string };
        nominee: { __typename: string; id: string };
      };
      const { frozenNominations } = await nominations<{ frozenNominations: Row[] }>(FROZEN, { cycleId }, identity);
      const unitIds = [
        ...new Set(frozenNominations.flatMap((n) => [n.nominator.id, ...(n.nominee.__typename === 'Organization' ? [n.nominee.id] : [])])),
      ];
      const personIds = frozenNominations.filter((n) => n.nominee.__typename === 'Person').map((n) => n.nominee.id);
      const { registryFacts } = await registry<{
        registryFacts: { units: { id: string; lineage: string[] }[]; persons: { id: string; lineage: string[] }[] };
      }>(FACTS, { organizationIds: unitIds, personIds }, identity);
      const lineage = new Map([...registryFacts.units, ...registryFacts.persons].map((f) => [f.id, f.lineage]));
      return frozenNominations.map((n) => ({
        id: n.id,
        category: n.category,
        position: n.position,
        nomineeOrganizationId: n.nominee.__typename === 'Organization' ? n.nominee.id : null,
        nomineePersonId: n.nominee.__typename === 'Person' ? n.nominee.id : null,
        nominatorOrganizationId: n.nominator.id,
        nomineeLineage: lineage.get(n.nominee.id) ?? [],
        nominatorLineage: lineage.get(n.nominator.id) ?? [],
      }));
    },
    async names(unitIds, personIds, identity) {
      if (!unitIds.length && !personIds.length) return new Map();
      const { registryFacts } = await registry<{
        registryFacts: { units: { id: string; name: string }[]; persons: { id: string; name: string }[] };
      }>(NAMES, { organizationIds: unitIds, personIds }, identity);
      return new Map([...registryFacts.units, ...registryFacts.persons].map((f) => [f.id, f.name]));
    },
    async unitIdsByName(names, identity) {
      const { unitsByName } = await registry<{ unitsByName: { id: string; name: string }[] }>(BY_NAME, { names }, identity);
      return new Map(unitsByName.map((u) => [u.name, u.id]));
    },
    async recordHonours(honours, identity) {
      if (honours.length) await nominations(HONOURS, { inputs: honours }, identity);
    },
    async evaluators(identity) {
      return (await registry<{ evaluatorFacts: Evaluator[] }>(EVALUATORS, {}, identity)).evaluatorFacts;
    },
  };
}
