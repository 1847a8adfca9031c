import { type Logger, stableId } from '@ronghe/kit';
import { DEMO_CYCLE_YEAR, demoNominations } from '@ronghe/demo';
import { NominationCycleStatus, NominationStatus } from '@ronghe/types';
import type { DataSource } from 'typeorm';
import { NominationCycle } from '../cycle/cycle.entity.js';
import { defaultWindow } from '../cycle/cycle.service.js';
import { Nomination } from '../nomination/nomination.entity.js';

/** Loads this year's cycle (closed, in review) and its accepted nominations once. */
export async function seedDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  if ((await dataSource.getRepository(NominationCycle).count()) > 0) return;
  const cycleId = stableId('cycle', String(DEMO_CYCLE_YEAR));
  await dataSource.transaction(async (tx) => {
    const { opensAt, closesAt } = defaultWindow(DEMO_CYCLE_YEAR);
    await tx.getRepository(NominationCycle).insert({
      id: cycleId,
      year: DEMO_CYCLE_YEAR,
      status: NominationCycleStatus.IN_REVIEW,
      opensAt,
      closesAt,
      // Closed in August: its accepted nominations are the frozen set the review works on.
      frozenAt: closesAt,
    });
    await tx.getRepository(Nomination).insert(
      demoNominations.map((n) => ({
        id: stableId('nomination', `${DEMO_CYCLE_YEAR}:${n.category}:${n.nominee}`),
        cycleId,
        category: n.category,
        nomineeOrganizationId: stableId('organization', n.nominee),
        nominatorOrganizationId: stableId('organization', n.nominator),
        deeds: n.deeds,
        status: NominationStatus.ACCEPTED,
      })),
    );
  });
  logger.info({ nominations: demoNominations.length }, 'demo data loaded');
}
