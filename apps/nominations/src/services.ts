import type { DataSource } from 'typeorm';
import { CycleService } from './cycle/cycle.service.js';
import { NominationService } from './nomination/nomination.service.js';

export interface Services {
  cycles: CycleService;
  nominations: NominationService;
}

export const createServices = (dataSource: DataSource): Services => ({
  cycles: new CycleService(dataSource),
  nominations: new NominationService(dataSource),
});
