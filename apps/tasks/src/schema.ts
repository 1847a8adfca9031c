import { buildFederatedSchema } from '@ronghe/kit';
import { ActsResolver, auditActorReference } from './audit/acts.js';
import { AssignmentResolver, OrganizationAssignmentsResolver } from './assignment/assignment.resolver.js';
import { DocumentResolver, documentReference } from './document/document.resolver.js';
import { IndicatorResolver } from './indicator/indicator.resolver.js';
import { organizationStubReference } from './organization/organization.stub.js';
import { ReportResolver } from './report/report.resolver.js';
import { OrganizationPerformanceResolver, SupervisionResolver } from './supervision/supervision.resolver.js';
import { PlanResolver } from './task/plan.resolver.js';
import { TaskResolver, taskReference } from './task/task.resolver.js';

export const buildSchema = () =>
  buildFederatedSchema({
    resolvers: [
      ActsResolver,
      DocumentResolver,
      TaskResolver,
      PlanResolver,
      AssignmentResolver,
      OrganizationAssignmentsResolver,
      IndicatorResolver,
      ReportResolver,
      SupervisionResolver,
      OrganizationPerformanceResolver,
    ],
    referenceResolvers: {
      AuditActor: auditActorReference,
      Task: taskReference,
      PolicyDocument: documentReference,
      Organization: organizationStubReference,
    },
  });
