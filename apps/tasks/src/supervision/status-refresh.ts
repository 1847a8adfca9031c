import type { JobQueue } from '@ronghe/kit';
import type { Clock } from '@ronghe/kit/clock';
import { beijingDate } from '@ronghe/types';
import type { SupervisionService } from './supervision.service.js';

/** The deadline refresh, as scheduled work on the tasks subgraph's queue. */
export const STATUS_REFRESH = 'STATUS_REFRESH';

/** The queues the tasks subgraph's migrations make. */
export const JOB_KINDS: readonly string[] = [STATUS_REFRESH];

/**
 * Statuses move with the date alone (a deadline passes): refreshed daily just after midnight in
 * Beijing, when the date turns, by one replica whatever their number.
 */
export function scheduleStatusRefresh(jobs: JobQueue, supervision: SupervisionService, clock: Clock): void {
  jobs.schedule(STATUS_REFRESH, {
    cron: '5 0 * * *',
    tz: 'Asia/Shanghai',
    handler: async () => {
      await supervision.refreshOverdueStatuses(clock());
    },
  });
}

/** The refresh at start-up (it also fills statuses after a migration); replicas starting together share it. */
export function refreshStatusesNow(jobs: JobQueue, clock: Clock): Promise<void> {
  return jobs.runScheduledNow(STATUS_REFRESH, beijingDate(clock()));
}
