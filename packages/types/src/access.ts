import { OrganizationKind, ResultOutcome, ReviewStatus, Role } from './enums.js';
import { ErrorCode } from './errors.js';

/**
 * Who may do what, written once: the subgraphs enforce it, the admin client shows only what it allows.
 * Data plus small pure functions, so the browser can import it too.
 */

/**
 * A named thing a role may do; `write` marks the ones a read-only partner is refused with READ_ONLY_ROLE.
 * The label completes the refusal 「当前账号无权…」.
 */
export const PERMISSIONS = {
  'organizations.write': { write: true, label: '维护单位名录和外来务工人员' },
  'persons.reveal': { write: false, label: '查看完整个人信息' },
  'accounts.manage': { write: true, label: '管理账号与角色' },
  'audit.read': { write: false, label: '查阅审计日志' },
  'partners.manage': { write: true, label: '管理合作部门接入' },
  'documents.write': { write: true, label: '登记政策文件' },
  'tasks.plan': { write: true, label: '按文件建立主要任务' },
  'tasks.write': { write: true, label: '分解任务、指定责任单位和指标' },
  'reports.submit': { write: true, label: '报送进展' },
  'reports.review': { write: true, label: '审核进展报告' },
  'nominations.submit': { write: true, label: '推荐典型' },
  'nominations.manage': { write: true, label: '管理评选年度、受理推荐' },
  'review.manage': { write: true, label: '设置评审、分配专家、计算排名' },
  'review.score': { write: true, label: '评分' },
  'results.read': { write: false, label: '查阅排名与审批' },
  'commendation.approve': { write: true, label: '审批表彰名单' },
  'commendation.manage': { write: true, label: '公示、答复异议、确定表彰' },
  'objections.raise': { write: true, label: '提出异议' },
} as const;

export type Permission = keyof typeof PERMISSIONS;

/** How far a role reaches: the whole district, or only its own unit and the units under it. */
export type Reach = 'district' | 'jurisdiction';

export interface RoleRule {
  reach: Reach;
  /** Reads only: refused every write with READ_ONLY_ROLE rather than FORBIDDEN. */
  readOnly: boolean;
  permissions: readonly Permission[];
}

export const ROLE_RULES: Record<Role, RoleRule> = {
  [Role.PROGRAM_ADMIN]: {
    reach: 'district',
    readOnly: false,
    permissions: [
      'organizations.write',
      'persons.reveal',
      'accounts.manage',
      'audit.read',
      'partners.manage',
      'documents.write',
      'tasks.plan',
      'tasks.write',
      'reports.submit',
      'reports.review',
      'nominations.submit',
      'nominations.manage',
      'review.manage',
      'results.read',
      'commendation.manage',
      'objections.raise',
    ],
  },
  [Role.UNIT_OPERATOR]: {
    reach: 'jurisdiction',
    readOnly: false,
    permissions: [
      'organizations.write',
      'persons.reveal',
      'tasks.write',
      'reports.submit',
      'reports.review',
      'nominations.submit',
      'objections.raise',
    ],
  },
  [Role.EVALUATOR]: { reach: 'district', readOnly: false, permissions: ['review.score', 'objections.raise'] },
  [Role.APPROVER]: { reach: 'district', readOnly: false, permissions: ['commendation.approve', 'results.read', 'objections.raise'] },
  // A partner reads the results once published, like every signed-in role (see resultsReach).
  [Role.PARTNER_READONLY]: { reach: 'district', readOnly: true, permissions: [] },
};

/**
 * Long work run as a job, by kind: the permission that starts it. Its creator follows it; others
 * who hold the same permission may too (two office staff share one ranking). `null`: any signed-in
 * account starts it, and only its creator follows it (a persons export holds what its creator's
 * reach lets them see).
 */
export const JOB_PERMISSIONS = {
  RANKING: 'review.manage',
  COMMENDATION_DOCUMENTS: 'results.read',
  SCORE_SHEET_EXPORT: 'review.manage',
  PERSONS_EXPORT: null,
} as const satisfies Record<string, Permission | null>;

export type JobKind = keyof typeof JOB_PERMISSIONS;

/** Whether `who` may follow a job and download what it made. */
export function mayReadJob(who: { accountId: string; roles: readonly string[] }, job: { kind: string; createdBy: string }): boolean {
  if (job.createdBy === who.accountId) return true;
  const permission = JOB_PERMISSIONS[job.kind as JobKind];
  return !!permission && can(who, permission);
}

/** An identity, or just its roles; unknown role names (from a client or an old token) grant nothing. */
export type RoleHolder = { readonly roles: readonly string[] } | readonly string[];

function rulesOf(who: RoleHolder): RoleRule[] {
  const roles: readonly string[] = Array.isArray(who) ? who : (who as { roles: readonly string[] }).roles;
  return roles.flatMap((r) => (r in ROLE_RULES ? [ROLE_RULES[r as Role]] : []));
}

export function can(who: RoleHolder, permission: Permission): boolean {
  return rulesOf(who).some((rule) => rule.permissions.includes(permission));
}

/** The roles that grant a permission, e.g. to find the accounts that may score. */
export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLE_RULES) as Role[]).filter((role) => ROLE_RULES[role].permissions.includes(permission));
}

/**
 * How far the caller may use a permission: 'district' when a role granting it reaches the whole
 * district (the office acts for any unit), 'jurisdiction' when only its own unit, null when none grants it.
 */
export function reachOf(who: RoleHolder, permission: Permission): Reach | null {
  const granting = rulesOf(who).filter((rule) => rule.permissions.includes(permission));
  if (granting.length === 0) return null;
  return granting.some((rule) => rule.reach === 'district') ? 'district' : 'jurisdiction';
}

/** True when the caller acts for the whole district with this permission, not just for its own unit. */
export const actsForDistrict = (who: RoleHolder, permission: Permission) => reachOf(who, permission) === 'district';

/** How far the caller reads: every unit's records, only its own jurisdiction's (a unit operator), or nothing without a role. */
export function readReachOf(who: RoleHolder): Reach | null {
  const rules = rulesOf(who);
  if (rules.length === 0) return null;
  return rules.some((rule) => rule.reach === 'district') ? 'district' : 'jurisdiction';
}

export const readsWholeDistrict = (who: RoleHolder) => readReachOf(who) === 'district';

/** True when every role of the caller only reads (a partner department). */
export function isReadOnly(who: RoleHolder): boolean {
  const rules = rulesOf(who);
  return rules.length > 0 && rules.every((rule) => rule.readOnly);
}

/**
 * Why a caller lacking `permission` is refused: READ_ONLY_ROLE for a read-only account asking to
 * write, else FORBIDDEN. Null when the caller may.
 */
export function refusalOf(who: RoleHolder, permission: Permission): typeof ErrorCode.READ_ONLY_ROLE | typeof ErrorCode.FORBIDDEN | null {
  if (can(who, permission)) return null;
  return PERMISSIONS[permission].write && isReadOnly(who) ? ErrorCode.READ_ONLY_ROLE : ErrorCode.FORBIDDEN;
}

/**
 * The outcome a review publishes once 公示 has started: the shortlist under 公示, the commended once
 * final. Null before 公示 (ranks and scores are still the office's and the approvers').
 */
export function publishedOutcome(status: ReviewStatus | string): ResultOutcome | null {
  if (status === ReviewStatus.PUBLICITY) return ResultOutcome.SHORTLISTED;
  if (status === ReviewStatus.FINAL) return ResultOutcome.COMMENDED;
  return null;
}

/**
 * How much of a review's results (ranks, scores, outcomes) the caller reads at this stage: 'all' with
 * `results.read` (the office, the approvers) at any stage; 'published' for any other signed-in role once
 * 公示 has started (what the public list shows: the shortlist under 公示, then the commended); else 'none'.
 */
export function resultsReach(who: RoleHolder, status: ReviewStatus | string): 'all' | 'published' | 'none' {
  if (can(who, 'results.read')) return 'all';
  return publishedOutcome(status) ? 'published' : 'none';
}

/** True when the caller reads this result of a review at this stage. */
export function readsResult(who: RoleHolder, status: ReviewStatus | string, outcome: ResultOutcome | string): boolean {
  const reach = resultsReach(who, status);
  return reach === 'all' || (reach === 'published' && outcome === publishedOutcome(status));
}

// District-level bodies nominate district-wide; every other kind the office lets nominate (a township,
// a sub-district, and a community or the industrial cluster if it ever does) only within its own jurisdiction.
const DISTRICT_WIDE_NOMINATORS: readonly string[] = [
  OrganizationKind.DISTRICT_GOVERNMENT,
  OrganizationKind.DISTRICT_AGENCY,
  OrganizationKind.MASS_ORGANIZATION,
];

/** True when a nominating unit of this kind may put forward only nominees within its own jurisdiction. */
export function nominatorStaysInJurisdiction(kind: OrganizationKind | string): boolean {
  return !DISTRICT_WIDE_NOMINATORS.includes(kind);
}
