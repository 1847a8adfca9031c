import { type Caller, type ExportFile, requireIdentity, writeXlsx, xlsxFile } from '@ronghe/kit';
import { resultOutcomeLabels, typicalCategoryLabels, type ResultOutcome, type TypicalCategory } from '@ronghe/types';
import type { DataSource } from 'typeorm';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import type { ReviewService } from '../review/review.service.js';
import type { Upstream } from '../upstream/upstream.client.js';
import { NominationResult } from './result.entity.js';
import type { ResultService } from './result.service.js';

interface Row {
  result: NominationResult;
  nomination: ReviewNomination | undefined;
}

/** The ranked (and, once final, commended) list as .xlsx, names read from the registry. */
export class ListExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewService,
    private readonly results: ResultService,
    private readonly upstream: Upstream,
  ) {}

  async export(caller: Caller, reviewId: string): Promise<ExportFile> {
    const identity = requireIdentity(caller.identity);
    const review = await this.reviews.require(reviewId);
    // Refused before 公示 unless the caller reads every result; after, only the published ones.
    const { outcome } = this.results.readableOutcome(caller, review);
    const results = await this.dataSource
      .getRepository(NominationResult)
      .find({ where: { reviewId, ...(outcome ? { outcome: outcome as ResultOutcome } : {}) }, order: { rank: 'ASC' } });
    const nominations = new Map(
      (await this.dataSource.getRepository(ReviewNomination).findBy({ reviewId })).map((n) => [n.nominationId, n]),
    );
    const rows: Row[] = results.map((result) => ({ result, nomination: nominations.get(result.nominationId) }));
    const names = await this.upstream.names(
      [
        ...new Set(
          rows
            .flatMap((r) => [r.nomination?.nomineeOrganizationId, r.nomination?.nominatorOrganizationId])
            .filter((id): id is string => !!id),
        ),
      ],
      rows.map((r) => r.nomination?.nomineePersonId).filter((id): id is string => !!id),
      identity,
    );
    const content = await writeXlsx<Row>(
      `${review.year}年度名单`,
      [
        { header: '名次', width: 8, value: (r) => r.result.rank },
        {
          header: '被推荐对象',
          width: 30,
          value: (r) => names.get(r.nomination?.nomineeOrganizationId ?? r.nomination?.nomineePersonId ?? '') ?? '',
        },
        { header: '类别', width: 18, value: (r) => typicalCategoryLabels[r.result.category as TypicalCategory] ?? '' },
        { header: '类别内名次', width: 10, value: (r) => r.result.categoryRank },
        { header: '推荐单位', width: 28, value: (r) => names.get(r.nomination?.nominatorOrganizationId ?? '') ?? '' },
        { header: '综合得分', width: 10, value: (r) => r.result.aggregateScore },
        { header: '结果', width: 10, value: (r) => resultOutcomeLabels[r.result.outcome as ResultOutcome] },
      ],
      rows,
    );
    return xlsxFile(`${review.year}年度十类典型考核评审名单`, content, rows.length);
  }
}
