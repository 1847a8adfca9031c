import { type Clock, systemClock } from '@ronghe/kit/clock';
import { type Logger, stableId } from '@ronghe/kit';
import {
  DEMO_CYCLE_YEAR,
  DEMO_OPEN_YEAR,
  DEMO_SCORING_YEAR,
  type DemoNomination,
  demoDraftNominations,
  demoNominationKey,
  demoNominations,
  demoScoringNominations,
} from '@ronghe/demo';
import { NominationCycleStatus, NominationStatus } from '@ronghe/types';
import type { DataSource, EntityManager } from 'typeorm';
import { NominationCycle } from '../cycle/cycle.entity.js';
import { defaultWindow } from '../cycle/cycle.service.js';
import { Nomination } from '../nomination/nomination.entity.js';

const DAY_MS = 86_400_000;

/**
 * Loads the demo's calls once: this year's (closed, in review) and an earlier year's (closed, its
 * review still being scored), each with its accepted nominations, and next year's, opened early with
 * a draft of the demo operator's unit.
 */
export async function seedDemo(dataSource: DataSource, logger: Logger, clock: Clock = systemClock): Promise<void> {
  const now = clock();
  if ((await dataSource.getRepository(NominationCycle).count()) > 0) return;
  await dataSource.transaction(async (tx) => {
    for (const [year, nominations] of [
      [DEMO_CYCLE_YEAR, demoNominations],
      [DEMO_SCORING_YEAR, demoScoringNominations],
    ] as const) {
      const { opensAt, closesAt } = defaultWindow(year);
      // Closed in August: its accepted nominations are the frozen set the review works on.
      await insertCycle(tx, year, { status: NominationCycleStatus.IN_REVIEW, opensAt, closesAt, frozenAt: closesAt });
      await insertNominations(tx, year, nominations, NominationStatus.ACCEPTED);
    }
    // Open from the first start until the usual end of its July window, and at least 90 days.
    const closesAt = new Date(Math.max(defaultWindow(DEMO_OPEN_YEAR).closesAt.getTime(), now.getTime() + 90 * DAY_MS));
    await insertCycle(tx, DEMO_OPEN_YEAR, { status: NominationCycleStatus.OPEN, opensAt: new Date(now.getTime() - DAY_MS), closesAt });
    await insertNominations(tx, DEMO_OPEN_YEAR, demoDraftNominations, NominationStatus.DRAFT);
  });
  logger.info({ nominations: demoNominations.length + demoScoringNominations.length + demoDraftNominations.length }, 'demo data loaded');
}

function insertCycle(
  tx: EntityManager,
  year: number,
  cycle: Pick<NominationCycle, 'status' | 'opensAt' | 'closesAt'> & { frozenAt?: Date },
) {
  return tx.getRepository(NominationCycle).insert({ id: stableId('cycle', String(year)), year, ...cycle });
}

function insertNominations(tx: EntityManager, year: number, nominations: DemoNomination[], status: NominationStatus) {
  return tx.getRepository(Nomination).insert(
    nominations.map((n) => ({
      id: stableId('nomination', demoNominationKey(year, n)),
      cycleId: stableId('cycle', String(year)),
      category: n.category,
      nomineeOrganizationId: stableId('organization', n.nominee),
      nominatorOrganizationId: stableId('organization', n.nominator),
      deeds: n.deeds,
      status,
    })),
  );
}
