import { type Clock, systemClock } from '@ronghe/kit/clock';
import { AuditActs, type JobQueue } from '@ronghe/kit';
import type { DataSource } from 'typeorm';
import { SOURCES as AUDIT_SOURCES } from './audit/acts.js';
import { ApprovalService } from './approval/approval.service.js';
import { type PublicListOptions, PublicListService } from './approval/public-list.service.js';
import { CalendarService } from './calendar/calendar.service.js';
import { CriterionService } from './criterion/criterion.service.js';
import { DocumentsService } from './documents/documents.service.js';
import { EvaluationJobs } from './jobs/jobs.js';
import { PanelService } from './panel/panel.service.js';
import { ListExportService } from './result/list-export.service.js';
import { RankingService } from './result/ranking.service.js';
import { ResultService } from './result/result.service.js';
import { ScoreSheetService } from './result/score-sheet.service.js';
import { ReviewService } from './review/review.service.js';
import { ScoreService } from './score/score.service.js';
import { ReviewSetupService } from './setup/setup.service.js';
import type { Upstream } from './upstream/upstream.client.js';

export interface Services {
  reviews: ReviewService;
  criteria: CriterionService;
  calendar: CalendarService;
  results: ResultService;
  setup: ReviewSetupService;
  panel: PanelService;
  scores: ScoreService;
  ranking: RankingService;
  approvals: ApprovalService;
  publicList: PublicListService;
  listExport: ListExportService;
  scoreSheets: ScoreSheetService;
  documents: DocumentsService;
  acts: AuditActs;
  /** The queue: `evaluationJob(id)` reads it. */
  jobs: JobQueue;
  /** Ranking and the commendation's documents, started as jobs. */
  evaluationJobs: EvaluationJobs;
}

/** Wires the modules bottom-up: reviews and criteria first, every other module on top of them. */
export function createServices(
  dataSource: DataSource,
  upstream: Upstream,
  jobs: JobQueue,
  clock: Clock = systemClock,
  publicList: PublicListOptions = { maskNames: false },
): Services {
  const reviews = new ReviewService(dataSource);
  const criteria = new CriterionService(dataSource);
  const calendar = new CalendarService(dataSource, clock);
  const results = new ResultService(dataSource, reviews, criteria);
  const ranking = new RankingService(dataSource, reviews, criteria);
  const documents = new DocumentsService(dataSource, reviews, upstream);
  const scoreSheets = new ScoreSheetService(dataSource, reviews, criteria, results, upstream);
  return {
    reviews,
    criteria,
    calendar,
    results,
    setup: new ReviewSetupService(dataSource, reviews, criteria, upstream, clock),
    panel: new PanelService(dataSource, reviews, upstream, clock),
    scores: new ScoreService(dataSource, reviews, criteria, clock),
    ranking,
    approvals: new ApprovalService(dataSource, reviews, calendar, upstream, clock),
    publicList: new PublicListService(dataSource, upstream, publicList),
    listExport: new ListExportService(dataSource, reviews, results, upstream),
    scoreSheets,
    documents,
    acts: new AuditActs(dataSource, 'evaluation', AUDIT_SOURCES),
    jobs,
    evaluationJobs: new EvaluationJobs(jobs, ranking, documents, scoreSheets, reviews),
  };
}
