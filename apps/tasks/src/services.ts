import type { DataSource } from 'typeorm';
import { AssignmentService } from './assignment/assignment.service.js';
import { TaskService } from './task/task.service.js';

export interface Services {
  tasks: TaskService;
  assignments: AssignmentService;
}

export const createServices = (dataSource: DataSource): Services => ({
  tasks: new TaskService(dataSource),
  assignments: new AssignmentService(dataSource),
});
