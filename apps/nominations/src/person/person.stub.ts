import { entityStub } from '@ronghe/kit';

/** A migrant worker of the organizations subgraph, known here by its key only. */
export const { type: Person, reference: personStubReference } = entityStub('Person', '外来务工人员');
export type Person = InstanceType<typeof Person>;
