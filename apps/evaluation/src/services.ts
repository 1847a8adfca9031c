import type { DataSource } from 'typeorm';
import { ApprovalService } from './approval/approval.service.js';
import { AssignmentService } from './assignment/assignment.service.js';
import { DocumentsService } from './documents/documents.service.js';
import { ListExportService } from './result/list-export.service.js';
import { RankingService } from './result/ranking.service.js';
import { ResultService } from './result/result.service.js';
import { ReviewSetupService } from './review/review-setup.service.js';
import { ReviewService } from './review/review.service.js';
import { ScoreService } from './score/score.service.js';
import { TaskEvidenceService } from './assignment/task-performance.js';
import type { Upstream } from './upstream/upstream.client.js';

export interface Services {
  reviews: ReviewService;
  results: ResultService;
  setup: ReviewSetupService;
  assignments: AssignmentService;
  scores: ScoreService;
  ranking: RankingService;
  approvals: ApprovalService;
  listExport: ListExportService;
  documents: DocumentsService;
  taskEvidence: TaskEvidenceService;
}

export function createServices(dataSource: DataSource, upstream: Upstream, clock: () => Date = () => new Date()): Services {
  const setup = new ReviewSetupService(dataSource, upstream);
  return {
    reviews: new ReviewService(dataSource),
    results: new ResultService(dataSource),
    setup,
    assignments: new AssignmentService(dataSource, setup, upstream),
    scores: new ScoreService(dataSource, setup),
    ranking: new RankingService(dataSource, setup),
    approvals: new ApprovalService(dataSource, setup, upstream, clock),
    listExport: new ListExportService(dataSource, setup, upstream),
    documents: new DocumentsService(dataSource, setup, upstream),
    taskEvidence: new TaskEvidenceService(dataSource, upstream),
  };
}
