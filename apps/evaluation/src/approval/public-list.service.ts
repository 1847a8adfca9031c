import { publishedOutcome, ReviewStatus, systemIdentity, type TypicalCategory } from '@ronghe/types';
import { type DataSource, In } from 'typeorm';
import { NominationResult } from '../result/result.entity.js';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import { Review } from '../review/review.entity.js';
import type { Upstream } from '../upstream/upstream.client.js';
import { maskName } from './mask.js';

export interface PublicListEntry {
  name: string;
  category: TypicalCategory;
  nominator: string;
}

export interface PublicList {
  year: number;
  title: string;
  publicityStarts: string | null;
  publicityEnds: string | null;
  final: boolean;
  issuingAgencies: string[];
  decisionNumber: string | null;
  decidedOn: string | null;
  entries: PublicListEntry[];
}

export interface PublicListOptions {
  /** Mask persons' names (surname kept); 公示 practice names them in full. */
  maskNames: boolean;
}

/**
 * The list under publicity or commended, for anyone, as a 公示 is posted: names in full (masking is a
 * setting), the commending agencies that issue it and its dates. Identity numbers and contacts are
 * never on it. Nobody is signed in, so the registry is asked as the system itself, an identity with no role.
 */
export class PublicListService {
  private readonly principal = systemIdentity('publicity');

  constructor(
    private readonly dataSource: DataSource,
    private readonly upstream: Upstream,
    private readonly options: PublicListOptions = { maskNames: false },
  ) {}

  /** The year's list, or the latest one published; null when none is. */
  async publicList(year: number | null): Promise<PublicList | null> {
    const review = await this.dataSource.getRepository(Review).findOne({
      where: { status: In([ReviewStatus.PUBLICITY, ReviewStatus.FINAL]), ...(year ? { year } : {}) },
      order: { year: 'DESC' },
    });
    if (!review) return null;
    const outcome = publishedOutcome(review.status)!;
    const results = await this.dataSource
      .getRepository(NominationResult)
      .find({ where: { reviewId: review.id, outcome }, order: { rank: 'ASC' } });
    const nominations = await this.dataSource
      .getRepository(ReviewNomination)
      .findBy({ reviewId: review.id, nominationId: In(results.map((r) => r.nominationId)) });
    const names = await this.upstream.names(
      [
        ...new Set(
          [...nominations.flatMap((n) => [n.nomineeOrganizationId, n.nominatorOrganizationId]), ...review.commendingAgencyIds].filter(
            (id): id is string => !!id,
          ),
        ),
      ],
      nominations.map((n) => n.nomineePersonId).filter((id): id is string => !!id),
      this.principal,
    );
    const byId = new Map(nominations.map((n) => [n.nominationId, n]));
    return {
      year: review.year,
      title: review.title,
      publicityStarts: review.publicityStarts,
      publicityEnds: review.publicityEnds,
      final: review.status === ReviewStatus.FINAL,
      issuingAgencies: review.commendingAgencyIds.map((id) => names.get(id) ?? ''),
      decisionNumber: review.status === ReviewStatus.FINAL ? review.decisionNumber : null,
      decidedOn: review.status === ReviewStatus.FINAL ? review.decidedOn : null,
      entries: results.map((r) => {
        const n = byId.get(r.nominationId)!;
        const name = names.get(n.nomineeOrganizationId ?? n.nomineePersonId ?? '') ?? '';
        return {
          name: n.nomineePersonId && this.options.maskNames ? maskName(name) : name,
          category: n.category,
          nominator: names.get(n.nominatorOrganizationId) ?? '',
        };
      }),
    };
  }
}
