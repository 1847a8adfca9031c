import { AuditActs } from '@ronghe/kit';
import type { DataSource } from 'typeorm';
import { SOURCES as AUDIT_SOURCES } from './audit/acts.js';
import type { Clock } from '@ronghe/kit/clock';
import { CycleService } from './cycle/cycle.service.js';
import { NominationFormService } from './nomination/nomination-form.service.js';
import { NominationService } from './nomination/nomination.service.js';
import { SummaryExportService } from './nomination/summary-export.service.js';
import type { Registry } from './registry/registry.client.js';

export interface Services {
  cycles: CycleService;
  nominations: NominationService;
  summaries: SummaryExportService;
  forms: NominationFormService;
  acts: AuditActs;
}

export function createServices(dataSource: DataSource, registry: Registry, clock: Clock): Services {
  const cycles = new CycleService(dataSource, clock);
  const nominations = new NominationService(dataSource, cycles, registry, clock);
  return {
    cycles,
    nominations,
    summaries: new SummaryExportService(nominations, cycles, registry),
    forms: new NominationFormService(nominations, cycles, registry),
    acts: new AuditActs(dataSource, 'nominations', AUDIT_SOURCES),
  };
}
