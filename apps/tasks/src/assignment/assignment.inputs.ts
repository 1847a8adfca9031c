import { connectionType } from '@ronghe/kit';
import { Assignment } from './assignment.entity.js';

export const AssignmentConnection = connectionType(Assignment, 'Assignment');
