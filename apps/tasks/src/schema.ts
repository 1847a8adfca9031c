import { buildFederatedSchema } from '@ronghe/kit';
import { AssignmentResolver, OrganizationAssignmentsResolver } from './assignment/assignment.resolver.js';
import { organizationStubReference } from './organization/organization.stub.js';
import { TaskResolver, taskReference } from './task/task.resolver.js';

export const buildSchema = () =>
  buildFederatedSchema({
    resolvers: [TaskResolver, AssignmentResolver, OrganizationAssignmentsResolver],
    referenceResolvers: { Task: taskReference, Organization: organizationStubReference },
  });
