import { Assignment } from './assignment/assignment.entity.js';
import { Task } from './task/task.entity.js';

export const entities = [Task, Assignment];
export { migrations } from './migrations/index.js';
