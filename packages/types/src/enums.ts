// The glossary's enumerations (../shared/DESIGN.md), shared by every subgraph and the admin client.
// Values are the stable identifiers stored in databases and exposed in the schema; labels are zh-CN.

/** 十类典型 */
export enum TypicalCategory {
  TOWNSHIP = 'TOWNSHIP',
  SUBDISTRICT = 'SUBDISTRICT',
  COMMUNITY = 'COMMUNITY',
  DISTRICT_AGENCY = 'DISTRICT_AGENCY',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
  MARKET = 'MARKET',
  EMPLOYER = 'EMPLOYER',
  SERVICE_AGENCY = 'SERVICE_AGENCY',
  TRAINING_INSTITUTION = 'TRAINING_INSTITUTION',
  MIGRANT_WORKER = 'MIGRANT_WORKER',
}

export const typicalCategoryLabels: Record<TypicalCategory, string> = {
  TOWNSHIP: '乡镇',
  SUBDISTRICT: '街道办事处',
  COMMUNITY: '社区(都市村庄)',
  DISTRICT_AGENCY: '区直机关',
  SOCIAL_ORGANIZATION: '社团组织',
  MARKET: '市(商)场',
  EMPLOYER: '用工单位',
  SERVICE_AGENCY: '服务管理机构',
  TRAINING_INSTITUTION: '培训教育机构',
  MIGRANT_WORKER: '优秀外来务工人员',
};

/** 单位类型: the nine organisation categories plus the other bodies the notice names. */
export enum OrganizationKind {
  DISTRICT_GOVERNMENT = 'DISTRICT_GOVERNMENT',
  TOWNSHIP = 'TOWNSHIP',
  SUBDISTRICT = 'SUBDISTRICT',
  COMMUNITY = 'COMMUNITY',
  VILLAGE = 'VILLAGE',
  DISTRICT_AGENCY = 'DISTRICT_AGENCY',
  INDUSTRIAL_CLUSTER_COMMITTEE = 'INDUSTRIAL_CLUSTER_COMMITTEE',
  MASS_ORGANIZATION = 'MASS_ORGANIZATION',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
  MARKET = 'MARKET',
  EMPLOYER = 'EMPLOYER',
  SERVICE_AGENCY = 'SERVICE_AGENCY',
  TRAINING_INSTITUTION = 'TRAINING_INSTITUTION',
}

export const organizationKindLabels: Record<OrganizationKind, string> = {
  DISTRICT_GOVERNMENT: '区人民政府',
  TOWNSHIP: '乡镇',
  SUBDISTRICT: '街道办事处',
  COMMUNITY: '社区(都市村庄)',
  VILLAGE: '村',
  DISTRICT_AGENCY: '区直机关',
  INDUSTRIAL_CLUSTER_COMMITTEE: '产业集聚区管理委员会',
  MASS_ORGANIZATION: '群团组织',
  SOCIAL_ORGANIZATION: '社团组织',
  MARKET: '市(商)场',
  EMPLOYER: '用工单位',
  SERVICE_AGENCY: '服务管理机构',
  TRAINING_INSTITUTION: '培训教育机构',
};

/** The organization kind a nominee must have in each category; MIGRANT_WORKER names a Person. */
export const categoryNomineeKind: Record<TypicalCategory, OrganizationKind | null> = {
  TOWNSHIP: OrganizationKind.TOWNSHIP,
  SUBDISTRICT: OrganizationKind.SUBDISTRICT,
  COMMUNITY: OrganizationKind.COMMUNITY,
  DISTRICT_AGENCY: OrganizationKind.DISTRICT_AGENCY,
  SOCIAL_ORGANIZATION: OrganizationKind.SOCIAL_ORGANIZATION,
  MARKET: OrganizationKind.MARKET,
  EMPLOYER: OrganizationKind.EMPLOYER,
  SERVICE_AGENCY: OrganizationKind.SERVICE_AGENCY,
  TRAINING_INSTITUTION: OrganizationKind.TRAINING_INSTITUTION,
  MIGRANT_WORKER: null,
};

/** 主要任务的八个方面 */
export enum TaskArea {
  EDUCATION = 'EDUCATION',
  EMPLOYMENT = 'EMPLOYMENT',
  SOCIAL_SECURITY = 'SOCIAL_SECURITY',
  COMMUNITY = 'COMMUNITY',
  LIVELIHOOD = 'LIVELIHOOD',
  HEALTH = 'HEALTH',
  FAMILY_PLANNING = 'FAMILY_PLANNING',
  CULTURE_SPORTS = 'CULTURE_SPORTS',
}

export const taskAreaLabels: Record<TaskArea, string> = {
  EDUCATION: '基本公共教育',
  EMPLOYMENT: '就业保障',
  SOCIAL_SECURITY: '社会保障',
  COMMUNITY: '社区示范化创建',
  LIVELIHOOD: '基本生活保障',
  HEALTH: '基本医疗卫生',
  FAMILY_PLANNING: '计划生育服务管理',
  CULTURE_SPORTS: '公共文化体育',
};

/** 责任单位的角色 */
export enum AssignmentRole {
  LEAD = 'LEAD',
  SUPPORTING = 'SUPPORTING',
}

export const assignmentRoleLabels: Record<AssignmentRole, string> = {
  LEAD: '牵头单位',
  SUPPORTING: '配合单位',
};

/** 文件有效性 */
export enum DocumentValidity {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
}

export const documentValidityLabels: Record<DocumentValidity, string> = { VALID: '有效', EXPIRED: '失效' };

/** 进展报告周期,按任务设定 */
export enum ReportPeriod {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
}

export const reportPeriodLabels: Record<ReportPeriod, string> = { MONTHLY: '每月', QUARTERLY: '每季度' };

/** 指标类型 */
export enum IndicatorKind {
  /** 百分比,如 覆盖率达到100% */
  PERCENTAGE = 'PERCENTAGE',
  /** 数量 */
  COUNT = 'COUNT',
  /** 须逐期提高的比率,如 劳动合同签订率 */
  RISING_RATE = 'RISING_RATE',
  /** 须全部完成的清单,如 六到位 */
  CHECKLIST = 'CHECKLIST',
}

export const indicatorKindLabels: Record<IndicatorKind, string> = {
  PERCENTAGE: '百分比',
  COUNT: '数量',
  RISING_RATE: '提升率',
  CHECKLIST: '清单',
};

/** 任务分工的督导状态,由期限、指标和报告算出,不可手填 */
export enum AssignmentStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OVERDUE = 'OVERDUE',
  DONE = 'DONE',
}

export const assignmentStatusLabels: Record<AssignmentStatus, string> = {
  ON_TRACK: '正常推进',
  AT_RISK: '有风险',
  OVERDUE: '已逾期',
  DONE: '已完成',
};

/** 进展报告状态 */
export enum ReportStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}

export const reportStatusLabels: Record<ReportStatus, string> = { SUBMITTED: '待审核', ACCEPTED: '已采纳', RETURNED: '已退回' };

/** 红绿灯 */
export enum TrafficLight {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
}

export const trafficLightLabels: Record<TrafficLight, string> = { GREEN: '绿灯', YELLOW: '黄灯', RED: '红灯' };

export enum NominationCycleStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  IN_REVIEW = 'IN_REVIEW',
  FINISHED = 'FINISHED',
}

export const nominationCycleStatusLabels: Record<NominationCycleStatus, string> = {
  DRAFT: '草稿',
  OPEN: '申报中',
  CLOSED: '已截止',
  IN_REVIEW: '评审中',
  FINISHED: '已结束',
};

export enum NominationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
  WITHDRAWN = 'WITHDRAWN',
  /** Removed by the office after acceptance checks, with a recorded reason. */
  DISQUALIFIED = 'DISQUALIFIED',
}

export const nominationStatusLabels: Record<NominationStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '已上报',
  ACCEPTED: '已受理',
  RETURNED: '已退回',
  WITHDRAWN: '已撤回',
  DISQUALIFIED: '已取消资格',
};

export enum ReviewStatus {
  DRAFT = 'DRAFT',
  SCORING = 'SCORING',
  RANKED = 'RANKED',
  APPROVED = 'APPROVED',
  PUBLICITY = 'PUBLICITY',
  FINAL = 'FINAL',
}

export const reviewStatusLabels: Record<ReviewStatus, string> = {
  DRAFT: '筹备中',
  SCORING: '评分中',
  RANKED: '已排名',
  APPROVED: '已审批',
  PUBLICITY: '公示中',
  FINAL: '已表彰',
};

/** A nomination's outcome in the review. */
export enum ResultOutcome {
  PENDING = 'PENDING',
  NOT_SHORTLISTED = 'NOT_SHORTLISTED',
  SHORTLISTED = 'SHORTLISTED',
  COMMENDED = 'COMMENDED',
}

export const resultOutcomeLabels: Record<ResultOutcome, string> = {
  PENDING: '待评审',
  NOT_SHORTLISTED: '未入围',
  SHORTLISTED: '入围',
  COMMENDED: '已表彰',
};

/** 账号角色 */
export enum Role {
  PROGRAM_ADMIN = 'PROGRAM_ADMIN',
  UNIT_OPERATOR = 'UNIT_OPERATOR',
  EVALUATOR = 'EVALUATOR',
  APPROVER = 'APPROVER',
  PARTNER_READONLY = 'PARTNER_READONLY',
}

export const roleLabels: Record<Role, string> = {
  PROGRAM_ADMIN: '活动办公室管理员',
  UNIT_OPERATOR: '单位经办人',
  EVALUATOR: '评审专家',
  APPROVER: '表彰审批人',
  PARTNER_READONLY: '合作部门(只读)',
};

/** 单位状态 */
export enum OrganizationStatus {
  ACTIVE = 'ACTIVE',
  DISSOLVED = 'DISSOLVED',
}

export const organizationStatusLabels: Record<OrganizationStatus, string> = {
  ACTIVE: '正常',
  DISSOLVED: '已撤销',
};

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

export const genderLabels: Record<Gender, string> = { MALE: '男', FEMALE: '女' };

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

export const accountStatusLabels: Record<AccountStatus, string> = { ACTIVE: '正常', DISABLED: '已停用' };

/** 合作部门接入状态 */
export enum PartnerClientStatus {
  ACTIVE = 'ACTIVE',
  /** The key is refused at the gateway within the check window (at most a minute). */
  REVOKED = 'REVOKED',
}

export const partnerClientStatusLabels: Record<PartnerClientStatus, string> = { ACTIVE: '启用', REVOKED: '已停用' };

/** 导入方式 */
export enum ImportMode {
  /** Any bad row rejects the whole file. */
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  /** Good rows are saved, bad rows reported. */
  VALID_ROWS_ONLY = 'VALID_ROWS_ONLY',
}

export const importModeLabels: Record<ImportMode, string> = {
  ALL_OR_NOTHING: '全部正确才导入',
  VALID_ROWS_ONLY: '仅导入正确的行',
};

/** An enumeration as the schema shows it: its type name, what it is, and each value's label. */
export interface EnumDescription<E extends string = string> {
  values: Record<string, E>;
  description: string;
  labels: Record<E, string>;
}

/** Every glossary enumeration, keyed by its schema type name: the one place its zh-CN names live. */
export const glossaryEnums: Record<string, EnumDescription> = {
  TypicalCategory: { values: TypicalCategory, description: '十类典型', labels: typicalCategoryLabels },
  OrganizationKind: { values: OrganizationKind, description: '单位类型', labels: organizationKindLabels },
  TaskArea: { values: TaskArea, description: '任务领域(八个方面)', labels: taskAreaLabels },
  AssignmentRole: { values: AssignmentRole, description: '责任单位角色', labels: assignmentRoleLabels },
  DocumentValidity: { values: DocumentValidity, description: '有效性', labels: documentValidityLabels },
  ReportPeriod: { values: ReportPeriod, description: '进展报告周期', labels: reportPeriodLabels },
  IndicatorKind: { values: IndicatorKind, description: '指标类型', labels: indicatorKindLabels },
  AssignmentStatus: { values: AssignmentStatus, description: '督导状态(按期限、指标和报告算出)', labels: assignmentStatusLabels },
  ReportStatus: { values: ReportStatus, description: '进展报告状态', labels: reportStatusLabels },
  TrafficLight: { values: TrafficLight, description: '红绿灯', labels: trafficLightLabels },
  NominationCycleStatus: { values: NominationCycleStatus, description: '评选年度状态', labels: nominationCycleStatusLabels },
  NominationStatus: { values: NominationStatus, description: '推荐状态', labels: nominationStatusLabels },
  ReviewStatus: { values: ReviewStatus, description: '评审状态', labels: reviewStatusLabels },
  ResultOutcome: { values: ResultOutcome, description: '评审结果', labels: resultOutcomeLabels },
  Role: { values: Role, description: '账号角色', labels: roleLabels },
  OrganizationStatus: { values: OrganizationStatus, description: '单位状态', labels: organizationStatusLabels },
  Gender: { values: Gender, description: '性别', labels: genderLabels },
  AccountStatus: { values: AccountStatus, description: '账号状态', labels: accountStatusLabels },
  ImportMode: { values: ImportMode, description: '导入方式', labels: importModeLabels },
  PartnerClientStatus: { values: PartnerClientStatus, description: '合作部门接入状态', labels: partnerClientStatusLabels },
};
