import type { DataSource } from 'typeorm';
import { ResultService } from './result/result.service.js';
import { ReviewService } from './review/review.service.js';

export interface Services {
  reviews: ReviewService;
  results: ResultService;
}

export const createServices = (dataSource: DataSource): Services => ({
  reviews: new ReviewService(dataSource),
  results: new ResultService(dataSource),
});
