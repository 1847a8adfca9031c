import { entityStub } from '@ronghe/kit';

/** A nomination of the nominations subgraph, known here by its key only. */
export const { type: Nomination, reference: nominationStubReference } = entityStub('Nomination', '典型推荐');
export type Nomination = InstanceType<typeof Nomination>;
