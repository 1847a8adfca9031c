// Stable error codes, returned in `extensions.code`. Clients branch on these, never on messages.
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  /** The record changed since the caller read it (optimistic concurrency). */
  STALE_VERSION: 'STALE_VERSION',
  DUPLICATE: 'DUPLICATE',
  INVALID_CREDIT_CODE: 'INVALID_CREDIT_CODE',
  INVALID_ID_NUMBER: 'INVALID_ID_NUMBER',
  INVALID_PHONE: 'INVALID_PHONE',
  OUT_OF_JURISDICTION: 'OUT_OF_JURISDICTION',
  READ_ONLY_ROLE: 'READ_ONLY_ROLE',
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
  INVALID_FILE: 'INVALID_FILE',
  IMPORT_REJECTED: 'IMPORT_REJECTED',
  NOMINATION_WINDOW_CLOSED: 'NOMINATION_WINDOW_CLOSED',
  CATEGORY_NOT_OPEN: 'CATEGORY_NOT_OPEN',
  NOMINEE_KIND_MISMATCH: 'NOMINEE_KIND_MISMATCH',
  NOT_A_NOMINATING_UNIT: 'NOT_A_NOMINATING_UNIT',
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  CYCLE_FROZEN: 'CYCLE_FROZEN',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  /** Too many sign-in or refresh attempts from one client address, or a partner client over its rate or daily quota; `Retry-After` says when to try again. */
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  PAGE_SIZE_TOO_LARGE: 'PAGE_SIZE_TOO_LARGE',
  INVALID_CURSOR: 'INVALID_CURSOR',
  /** Another service could not be reached or gave no usable answer; `extensions.service` names it. */
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  /** Another service did not answer in time; `extensions.service` names it. */
  UPSTREAM_TIMEOUT: 'UPSTREAM_TIMEOUT',
  /** The plan's document has expired: its tasks are kept as read-only history. */
  DOCUMENT_EXPIRED: 'DOCUMENT_EXPIRED',
  /** A sub-task's deadline may not fall after its parent task's. */
  DEADLINE_AFTER_PARENT: 'DEADLINE_AFTER_PARENT',
  /** A report for this assignment and period already exists. */
  REPORT_EXISTS: 'REPORT_EXISTS',
  /** Units a plan's text names are not in the organizations registry. */
  UNRESOLVED_UNITS: 'UNRESOLVED_UNITS',
  /** Evaluation: the review's rubric and rules are frozen once scoring starts. */
  RUBRIC_FROZEN: 'RUBRIC_FROZEN',
  /** Evaluation: the rubric lacks criteria (none at all, or none for a category under review). */
  RUBRIC_INCOMPLETE: 'RUBRIC_INCOMPLETE',
  /** Evaluation: a tie-breaker names a criterion the current rubric no longer has. */
  TIE_BREAKER_UNRESOLVED: 'TIE_BREAKER_UNRESOLVED',
  /** Evaluation: the review is not in its scoring stage (saving, reopening, ranking). */
  REVIEW_NOT_SCORING: 'REVIEW_NOT_SCORING',
  /** Evaluation: scoring is over, so who scores what no longer changes. */
  PANEL_CLOSED: 'PANEL_CLOSED',
  /** Evaluation: too few evaluators free of conflicts to give a nomination its panel. */
  NOT_ENOUGH_EVALUATORS: 'NOT_ENOUGH_EVALUATORS',
  /** Evaluation: the account is not an active evaluator. */
  NOT_AN_EVALUATOR: 'NOT_AN_EVALUATOR',
  /** Evaluation (回避): the evaluator's unit is, or oversees, the nominee or the nominating unit. */
  CONFLICT_OF_INTEREST: 'CONFLICT_OF_INTEREST',
  /** Evaluation: the evaluator has recused from this nomination. */
  EVALUATOR_RECUSED: 'EVALUATOR_RECUSED',
  /** Evaluation: the evaluator has marks on the nomination already. */
  EVALUATOR_HAS_SCORED: 'EVALUATOR_HAS_SCORED',
  /** Evaluation: the marks are submitted and locked; the office may reopen them. */
  SCORE_ALREADY_SUBMITTED: 'SCORE_ALREADY_SUBMITTED',
  /** Evaluation: submitting needs a mark on every criterion that applies. */
  SCORES_INCOMPLETE: 'SCORES_INCOMPLETE',
  /** Evaluation: the criterion does not apply to the nomination's category. */
  CRITERION_NOT_APPLICABLE: 'CRITERION_NOT_APPLICABLE',
  /** Evaluation: a recount would undo recorded list changes or upheld objections. */
  LIST_HAS_DECISIONS: 'LIST_HAS_DECISIONS',
  /** Evaluation: the list is not ranked yet. */
  LIST_NOT_RANKED: 'LIST_NOT_RANKED',
  /** Evaluation: the list is approved already (or published, or final). */
  LIST_ALREADY_APPROVED: 'LIST_ALREADY_APPROVED',
  /** Evaluation: the list needs every commending agency's approval first. */
  LIST_NOT_APPROVED: 'LIST_NOT_APPROVED',
  /** Evaluation: the list can change only between ranking and commendation. */
  LIST_NOT_CHANGEABLE: 'LIST_NOT_CHANGEABLE',
  /** Evaluation: the list is not in its publicity period (公示期). */
  NOT_IN_PUBLICITY: 'NOT_IN_PUBLICITY',
  /** Evaluation: the nomination is not on the published list. */
  NOT_ON_PUBLIC_LIST: 'NOT_ON_PUBLIC_LIST',
  /** Evaluation: the publicity period has not ended yet. */
  PUBLICITY_NOT_OVER: 'PUBLICITY_NOT_OVER',
  /** Evaluation: objections are still waiting for an answer. */
  OBJECTIONS_OPEN: 'OBJECTIONS_OPEN',
  /** Evaluation: the objection has been answered. */
  OBJECTION_ALREADY_ANSWERED: 'OBJECTION_ALREADY_ANSWERED',
  /** Evaluation: the 公示 would run into a year whose holiday arrangement has not been imported. */
  CALENDAR_MISSING: 'CALENDAR_MISSING',
  /** Evaluation: a 公示 starting before today needs a record that it was already posted on paper, with a reason. */
  PUBLICITY_START_IN_PAST: 'PUBLICITY_START_IN_PAST',
  /** Evaluation: decisions and certificates come only from the final list. */
  LIST_NOT_FINAL: 'LIST_NOT_FINAL',
  /** Gateway: the operation nests fields deeper than allowed. */
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  /** Gateway: the operation uses more aliases than allowed. */
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  /** Gateway: the operation uses more directives than allowed. */
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  /** Gateway: the operation text has more tokens than allowed. */
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  /** Gateway: the lists the operation asks for (by their page sizes) exceed the caller's budget. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** Gateway: the request body is larger than allowed (HTTP 413). */
  REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
  /** Gateway: a partner client sent a persisted-query hash that is not registered for it (send the query text, or ask the office to register it). */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** Gateway: a partner client may run only the operations the office registered for it. */
  OPERATION_NOT_REGISTERED: 'OPERATION_NOT_REGISTERED',
  /** Gateway: too many requests in flight; retry after the Retry-After header (HTTP 503). */
  SERVER_BUSY: 'SERVER_BUSY',
  /** A database statement ran past its time limit (DB_STATEMENT_TIMEOUT_MS) and was stopped; retry or narrow the query. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** A job failed on every attempt it was given; `Job.error.message` says why. */
  JOB_FAILED: 'JOB_FAILED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
