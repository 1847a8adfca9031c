import { type Logger, stableId } from '@ronghe/kit';
import { demoTasks, expandResponsibleUnits } from '@ronghe/demo';
import { AssignmentRole } from '@ronghe/types';
import type { DataSource } from 'typeorm';
import { Assignment } from '../assignment/assignment.entity.js';
import { Task } from '../task/task.entity.js';

/** Loads the notice's eight tasks and their responsible units once. */
export async function seedDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  if ((await dataSource.getRepository(Task).count()) > 0) return;
  await dataSource.transaction(async (tx) => {
    await tx.getRepository(Task).insert(
      demoTasks.map((t, index) => ({
        id: stableId('task', t.code),
        code: t.code,
        title: t.title,
        area: t.area,
        requirement: t.requirement,
        sortOrder: index + 1,
      })),
    );
    // The notice names no lead unit; the programme office designates it later.
    await tx.getRepository(Assignment).insert(
      demoTasks.flatMap((t) =>
        expandResponsibleUnits(t.responsibleUnits).map((unit) => ({
          id: stableId('assignment', `${t.code}:${unit}`),
          taskId: stableId('task', t.code),
          organizationId: stableId('organization', unit),
          role: AssignmentRole.SUPPORTING,
        })),
      ),
    );
  });
  logger.info({ tasks: demoTasks.length }, 'demo data loaded');
}
