import { NominationResult } from './result/result.entity.js';
import { Review } from './review/review.entity.js';

export const entities = [Review, NominationResult];
export { migrations } from './migrations/index.js';
