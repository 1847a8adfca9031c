import { PageArgs, type RequestContext } from '@ronghe/kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Organization } from '../organization/organization.stub.js';
import type { Services } from '../services.js';
import { Task } from '../task/task.entity.js';
import { Assignment } from './assignment.entity.js';
import { AssignmentConnection } from './assignment.inputs.js';

type Context = RequestContext<Services>;

@Resolver(() => Assignment)
export class AssignmentResolver {
  @FieldResolver(() => Task, { description: '任务' })
  task(@Root() assignment: Assignment, @Ctx() ctx: Context) {
    return ctx.services.tasks.loaderById(ctx.loaders).load(assignment.taskId);
  }

  @FieldResolver(() => Organization, { description: '责任单位' })
  organization(@Root() assignment: Assignment): Organization {
    return { id: assignment.organizationId };
  }
}

/** Contributes `Organization.assignments` to the supergraph. */
@Resolver(() => Organization)
export class OrganizationAssignmentsResolver {
  @FieldResolver(() => AssignmentConnection, { description: '该单位承担的任务分工' })
  assignments(@Root() organization: Organization, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.assignments.pageOf(ctx.loaders, 'organizationId', organization.id, page);
  }
}
