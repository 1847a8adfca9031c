import { NominationCycle } from './cycle/cycle.entity.js';
import { Nomination } from './nomination/nomination.entity.js';

export const entities = [NominationCycle, Nomination];
export { migrations } from './migrations/index.js';
