import { entityStub } from '@ronghe/kit';

/** A unit of the organizations subgraph, known here by its key only. */
export const { type: Organization, reference: organizationStubReference } = entityStub('Organization', '单位');
export type Organization = InstanceType<typeof Organization>;
