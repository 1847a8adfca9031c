/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** 账号 */
export type Account = {
  __typename?: 'Account';
  /** 创建时间 */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 姓名 */
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 锁定至 */
  lockedUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 下次登录须修改密码(管理员重置后) */
  mustChangePassword: Scalars['Boolean']['output'];
  /** 所属单位 */
  organization: Organization;
  /** 角色 */
  roles: Array<Role>;
  /** 状态 */
  status: AccountStatus;
  /** 登录名 */
  username: Scalars['String']['output'];
  /** 版本号;修改时带上 */
  version: Scalars['Int']['output'];
};

/** Account 分页列表 */
export type AccountConnection = {
  __typename?: 'AccountConnection';
  edges: Array<AccountEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<Account>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type AccountEdge = {
  __typename?: 'AccountEdge';
  cursor: Scalars['String']['output'];
  node: Account;
};

/** 账号状态 */
export type AccountStatus =
  /** 正常 */
  | 'ACTIVE'
  /** 已停用 */
  | 'DISABLED';

/** 经办人:登录名对应的姓名和所在单位 */
export type Actor = {
  __typename?: 'Actor';
  /** 姓名 */
  displayName: Scalars['String']['output'];
  /** 所在单位 */
  organizationName: Scalars['String']['output'];
  /** 登录名 */
  username: Scalars['String']['output'];
};

/** 把任务交给一个单位 */
export type AddAssigneeInput = {
  organizationId: Scalars['ID']['input'];
  role?: AssignmentRole;
  taskId: Scalars['ID']['input'];
};

/** 汇总方式 */
export type AggregationMethod =
  /** 平均分 */
  | 'MEAN'
  /** 中位数 */
  | 'MEDIAN'
  /** 去掉一个最高分和一个最低分后的平均分 */
  | 'TRIMMED_MEAN';

/** 表彰单位的审批 */
export type Approval = {
  __typename?: 'Approval';
  /** 表彰单位 */
  agencyOrganizationId: Scalars['ID']['output'];
  /** 审批时间 */
  approvedAt: Scalars['DateTimeISO']['output'];
  /** 审批人 */
  approverUsername: Scalars['String']['output'];
  /** 审批意见 */
  decision: ApprovalDecision;
  id: Scalars['ID']['output'];
  /** 不同意的理由 */
  reason?: Maybe<Scalars['String']['output']>;
  /** 审批的名单版本 */
  shortlistVersion: Scalars['Int']['output'];
  /** 作废时间:名单变动,或本单位对同一版本改变了意见 */
  voidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** 表彰单位的审批意见 */
export type ApprovalDecision =
  /** 同意 */
  | 'APPROVED'
  /** 不同意 */
  | 'DECLINED';

/** 分工:责任单位及其角色 */
export type AssigneeInput = {
  /** 责任单位 */
  organizationId: Scalars['ID']['input'];
  /** 牵头或配合 */
  role?: AssignmentRole;
};

/** 任务分工(责任单位) */
export type Assignment = {
  __typename?: 'Assignment';
  /** 完成期限(随任务) */
  deadline?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  /** 各指标的完成情况 */
  indicatorProgress: Array<IndicatorProgress>;
  /** 最近一期报告 */
  latestReport?: Maybe<ProgressReport>;
  /** 责任单位 */
  organization: Organization;
  /** 进展报告,按提交先后 */
  reports: ProgressReportConnection;
  /** 牵头或配合 */
  role: AssignmentRole;
  /** 督导状态,按期限、指标和报告算出 */
  status: AssignmentStatus;
  /** 任务 */
  task: Task;
  /** 版本号,修改时回传以防覆盖他人的修改 */
  version: Scalars['Int']['output'];
};


/** 任务分工(责任单位) */
export type AssignmentReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** Assignment 分页列表 */
export type AssignmentConnection = {
  __typename?: 'AssignmentConnection';
  edges: Array<AssignmentEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<Assignment>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type AssignmentEdge = {
  __typename?: 'AssignmentEdge';
  cursor: Scalars['String']['output'];
  node: Assignment;
};

/** 责任单位角色 */
export type AssignmentRole =
  /** 牵头单位 */
  | 'LEAD'
  /** 配合单位 */
  | 'SUPPORTING';

/** 督导状态(按期限、指标和报告算出) */
export type AssignmentStatus =
  /** 有风险 */
  | 'AT_RISK'
  /** 已完成 */
  | 'DONE'
  /** 正常推进 */
  | 'ON_TRACK'
  /** 已逾期 */
  | 'OVERDUE';

/** 可追责的操作 */
export type AuditAct = {
  __typename?: 'AuditAct';
  /** 操作 */
  action: Scalars['String']['output'];
  /** 操作人(姓名与单位) */
  actor?: Maybe<AuditActor>;
  /** 操作人账号 id */
  actorAccountId?: Maybe<Scalars['ID']['output']>;
  /** 详情 */
  detail: Scalars['JSONObject']['output'];
  id: Scalars['ID']['output'];
  /** 时间 */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** 所在子系统:organizations、tasks、nominations、evaluation */
  service: Scalars['String']['output'];
  /** 对象 id */
  subjectId: Scalars['ID']['output'];
  /** 对象类型 */
  subjectType: Scalars['String']['output'];
};

/** 操作记录分页列表 */
export type AuditActConnection = {
  __typename?: 'AuditActConnection';
  edges: Array<AuditActEdge>;
  nodes: Array<AuditAct>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditActEdge = {
  __typename?: 'AuditActEdge';
  cursor: Scalars['String']['output'];
  node: AuditAct;
};

/** 操作人 */
export type AuditActor = {
  __typename?: 'AuditActor';
  /** 姓名 */
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 所属单位 */
  unit?: Maybe<Organization>;
};

/** 审计记录 */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** 操作:CREATE、UPDATE、MOVE、DELETE、VIEW_PERSONAL_DATA … */
  action: Scalars['String']['output'];
  /** 操作账号 id */
  actorAccountId?: Maybe<Scalars['ID']['output']>;
  /** 操作账号 */
  actorUsername?: Maybe<Scalars['String']['output']>;
  /** 修改后 */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** 修改前 */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** 对象 id */
  entityId: Scalars['ID']['output'];
  /** 对象类型:Organization、Person、Account */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 时间 */
  occurredAt: Scalars['DateTimeISO']['output'];
};

/** AuditRecord 分页列表 */
export type AuditRecordConnection = {
  __typename?: 'AuditRecordConnection';
  edges: Array<AuditRecordEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<AuditRecord>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type AuditRecordEdge = {
  __typename?: 'AuditRecordEdge';
  cursor: Scalars['String']['output'];
  node: AuditRecord;
};

/** 登录结果 */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** 访问令牌,放在 Authorization: Bearer 头中 */
  accessToken: Scalars['String']['output'];
  account: Account;
  /** 访问令牌过期时间 */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** 刷新令牌,用一次即换新;访问令牌过期前用它换取新的 */
  refreshToken: Scalars['String']['output'];
};

/** 分配看板的一行 */
export type BoardRow = {
  __typename?: 'BoardRow';
  /** 已分配的专家 */
  assigned: Array<EvaluatorAssignment>;
  category: TypicalCategory;
  /** 须回避的专家登录名 */
  conflicted: Array<Scalars['String']['output']>;
  /** 推荐 */
  nomination: Nomination;
  nominationId: Scalars['ID']['output'];
};

/** 节假日或调休上班日 */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  /** 日期 YYYY-MM-DD */
  day: Scalars['String']['output'];
  /** HOLIDAY(放假)或 WORKDAY(调休上班) */
  kind: Scalars['String']['output'];
  /** 说明,如 国庆节 */
  note?: Maybe<Scalars['String']['output']>;
};

/** 节假日或调休上班日 */
export type CalendarDayInput = {
  /** YYYY-MM-DD */
  day: Scalars['String']['input'];
  /** HOLIDAY(放假)或 WORKDAY(调休上班) */
  kind: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** 年度节假日安排(国务院办公厅通知) */
export type CalendarYear = {
  __typename?: 'CalendarYear';
  /** 该年的放假日和调休上班日 */
  days: Array<CalendarDay>;
  /** 文号,如 国办发明电〔2025〕7号 */
  documentNumber: Scalars['String']['output'];
  /** 导入时间 */
  importedAt: Scalars['DateTimeISO']['output'];
  /** 导入人;随系统安装的为 system */
  importedBy: Scalars['String']['output'];
  /** 成文日期 */
  issuedOn: Scalars['String']['output'];
  /** 来源(网址或出处) */
  source: Scalars['String']['output'];
  /** 通知标题 */
  title: Scalars['String']['output'];
  /** 年度 */
  year: Scalars['Int']['output'];
};

/** CalendarYear 分页列表 */
export type CalendarYearConnection = {
  __typename?: 'CalendarYearConnection';
  edges: Array<CalendarYearEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<CalendarYear>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type CalendarYearEdge = {
  __typename?: 'CalendarYearEdge';
  cursor: Scalars['String']['output'];
  node: CalendarYear;
};

/** 导入一年的节假日安排(国务院办公厅放假通知) */
export type CalendarYearInput = {
  /** 该年全部放假日和调休上班日;导入后取代该年原有设置 */
  days: Array<CalendarDayInput>;
  /** 文号,如 国办发明电〔2025〕7号 */
  documentNumber: Scalars['String']['input'];
  /** 成文日期 YYYY-MM-DD */
  issuedOn: Scalars['String']['input'];
  /** 来源(网址或出处) */
  source: Scalars['String']['input'];
  /** 通知标题 */
  title: Scalars['String']['input'];
  /** 年度 */
  year: Scalars['Int']['input'];
};

/** 新建账号 */
export type CreateAccountInput = {
  /** 姓名 */
  displayName: Scalars['String']['input'];
  /** 所属单位 */
  organizationId: Scalars['ID']['input'];
  /** 初始密码;首次登录须修改 */
  password: Scalars['String']['input'];
  /** 角色 */
  roles: Array<Role>;
  /** 登录名 */
  username: Scalars['String']['input'];
};

/** 新建评选年度 */
export type CreateCycleInput = {
  /** 申报截止,默认当年 8 月 1 日 0 时(即 7 月 31 日结束) */
  closesAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 沿用上一年度的类别、上报单位类型和名额设置 */
  copyPreviousSettings?: Scalars['Boolean']['input'];
  /** 申报开始,默认当年 7 月 1 日 0 时(北京时间) */
  opensAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 年度 */
  year: Scalars['Int']['input'];
};

/** 为任务设定指标 */
export type CreateIndicatorInput = {
  /** 清单项(清单类) */
  checklistItems?: Array<Scalars['String']['input']>;
  /** 达标期限;不填时随任务期限 */
  deadline?: InputMaybe<Scalars['LocalDate']['input']>;
  kind: IndicatorKind;
  /** 指标名称 */
  name: Scalars['String']['input'];
  /** 目标值(清单类不填) */
  target?: InputMaybe<Scalars['Float']['input']>;
  taskId: Scalars['ID']['input'];
  /** 计量单位 */
  unitOfMeasure?: Scalars['String']['input'];
};

/** 新建推荐(草稿) */
export type CreateNominationInput = {
  /** 典型类别 */
  category: TypicalCategory;
  /** 联系人 */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 评选年度 */
  cycleId: Scalars['ID']['input'];
  /** 事迹材料,20 至 5000 字 */
  deeds: Scalars['String']['input'];
  /** 推荐单位 */
  nominatorOrganizationId: Scalars['ID']['input'];
  /** 被推荐单位(优秀外来务工人员以外的九类) */
  nomineeOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 被推荐的外来务工人员(优秀外来务工人员类) */
  nomineePersonId?: InputMaybe<Scalars['ID']['input']>;
};

/** 登记单位 */
export type CreateOrganizationInput = {
  /** 地址 */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 联系人 */
  contactPerson?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** 单位类型 */
  kind: OrganizationKind;
  /** 单位名称 */
  name: Scalars['String']['input'];
  /** 上级单位 */
  parentId: Scalars['ID']['input'];
  /** 简称 */
  shortName?: InputMaybe<Scalars['String']['input']>;
};

/** 登记政策文件 */
export type CreatePolicyDocumentInput = {
  /** 依据的文件 */
  basis?: Array<DocumentBasisInput>;
  /** 文号 */
  documentNumber: Scalars['String']['input'];
  /** 正文 */
  fullText: Scalars['String']['input'];
  /** 文种 */
  genre: Scalars['String']['input'];
  /** 索引号 */
  indexNumber: Scalars['String']['input'];
  /** 发文机关 */
  issuer: Scalars['String']['input'];
  /** 发布日期 */
  publishedOn: Scalars['LocalDate']['input'];
  /** 主题分类 */
  subject: Scalars['String']['input'];
  /** 标题 */
  title: Scalars['String']['input'];
  /** 成文日期 */
  writtenOn: Scalars['LocalDate']['input'];
};

/** 新建考核评审 */
export type CreateReviewInput = {
  /** 各类别入围上限,如 {"EMPLOYER": 5} */
  categoryCaps?: InputMaybe<Scalars['JSONObject']['input']>;
  /** 联合表彰单位 */
  commendingAgencyIds?: Array<Scalars['ID']['input']>;
  /** 评分细则;可稍后设置 */
  criteria?: InputMaybe<Array<CriterionInput>>;
  /** 已截止的评选年度 */
  cycleId: Scalars['ID']['input'];
  /** 每个推荐的评审专家人数 */
  evaluatorsPerNomination?: Scalars['Int']['input'];
  /** 公示期(工作日,不少于 5) */
  publicityWorkingDays?: Scalars['Int']['input'];
  /** 计分规则;不填则按专家人数取默认:5 人及以上去掉最高最低分,否则平均分 */
  rules?: InputMaybe<ReviewRulesInput>;
  /** 联合表彰名额 */
  shortlistSize?: Scalars['Int']['input'];
  title?: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** 分解任务:本级方案中的子任务,交给辖区内的单位 */
export type CreateSubTaskInput = {
  /** 责任单位(须在本单位辖区内) */
  assignees: Array<AssigneeInput>;
  /** 完成期限,不晚于上级任务的期限 */
  deadline: Scalars['LocalDate']['input'];
  /** 上级任务 */
  parentId: Scalars['ID']['input'];
  /** 进展报告周期;不填时随上级任务 */
  reportPeriod?: InputMaybe<ReportPeriod>;
  /** 工作要求 */
  requirement: Scalars['String']['input'];
  /** 子任务名称 */
  title: Scalars['String']['input'];
};

/** 评分细则 */
export type Criterion = {
  __typename?: 'Criterion';
  /** 适用的类别;为空则适用于全部类别 */
  categories: Array<TypicalCategory>;
  id: Scalars['ID']['output'];
  /** 满分 */
  maxScore: Scalars['Float']['output'];
  /** 名称 */
  name: Scalars['String']['output'];
  /** 对应的任务领域 */
  taskArea?: Maybe<TaskArea>;
  /** 权重 */
  weight: Scalars['Float']['output'];
};

/** 评分细则 */
export type CriterionInput = {
  /** 适用的类别;不填则适用于全部类别 */
  categories?: InputMaybe<Array<TypicalCategory>>;
  maxScore: Scalars['Float']['input'];
  name: Scalars['String']['input'];
  taskArea?: InputMaybe<TaskArea>;
  weight: Scalars['Float']['input'];
};

/** 指定牵头单位 */
export type DesignateLeadInput = {
  /** 成为牵头单位的分工 */
  assignmentId: Scalars['ID']['input'];
  /** 读取时的版本号 */
  version: Scalars['Int']['input'];
};

/** 依据文件 */
export type DocumentBasis = {
  __typename?: 'DocumentBasis';
  /** 文号 */
  documentNumber: Scalars['String']['output'];
  /** 标题 */
  title: Scalars['String']['output'];
};

/** 依据文件 */
export type DocumentBasisInput = {
  /** 文号 */
  documentNumber: Scalars['String']['input'];
  /** 标题 */
  title: Scalars['String']['input'];
};

/** 有效性 */
export type DocumentValidity =
  /** 失效 */
  | 'EXPIRED'
  /** 有效 */
  | 'VALID';

/** 评审分配 */
export type EvaluatorAssignment = {
  __typename?: 'EvaluatorAssignment';
  /** 评审专家账号 id */
  evaluatorAccountId: Scalars['ID']['output'];
  /** 评审专家登录名 */
  evaluatorUsername: Scalars['String']['output'];
  /** 推荐 */
  nomination: Nomination;
  /** 推荐 id */
  nominationId: Scalars['ID']['output'];
  /** 回避理由 */
  recusalReason?: Maybe<Scalars['String']['output']>;
  /** 声明回避的时间 */
  recusedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 该专家对此推荐的评分(草稿或已提交) */
  scores: Array<Score>;
};

/** 评审专家及其单位的辖区事实 */
export type EvaluatorFacts = {
  __typename?: 'EvaluatorFacts';
  accountId: Scalars['ID']['output'];
  displayName: Scalars['String']['output'];
  /** 从区到本人所在单位的各级单位 id */
  lineage: Array<Scalars['ID']['output']>;
  organizationId: Scalars['ID']['output'];
  username: Scalars['String']['output'];
};

/** 评审专家进度 */
export type EvaluatorProgress = {
  __typename?: 'EvaluatorProgress';
  assigned: Scalars['Int']['output'];
  evaluatorAccountId: Scalars['ID']['output'];
  recused: Scalars['Int']['output'];
  submitted: Scalars['Int']['output'];
  username: Scalars['String']['output'];
};

/** 佐证材料 */
export type EvidenceFile = {
  __typename?: 'EvidenceFile';
  /** 文件名 */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mimeType: Scalars['String']['output'];
  /** SHA-256 摘要,用于核对文件未被改动 */
  sha256: Scalars['String']['output'];
  /** 字节数 */
  size: Scalars['Int']['output'];
  /** 上传时间 */
  uploadedAt: Scalars['DateTimeISO']['output'];
};

/** 上传的佐证材料 */
export type EvidenceUploadInput = {
  /** 文件内容,Base64 编码,不超过 5 MB */
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  mimeType?: Scalars['String']['input'];
};

/** 导出的文件 */
export type ExportFile = {
  __typename?: 'ExportFile';
  /** 文件内容,Base64 编码 */
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  mimeType: Scalars['String']['output'];
  /** 导出的行数 */
  rowCount: Scalars['Int']['output'];
};

/** 准予某单位延期申报 */
export type ExtensionInput = {
  cycleId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  /** 理由(必填,留档) */
  reason: Scalars['String']['input'];
  /** 延期至 */
  until: Scalars['DateTimeISO']['input'];
};

/** 截止并冻结将留在评审之外的推荐 */
export type FreezeImpact = {
  __typename?: 'FreezeImpact';
  /** 申报时间尚未结束(此时截止须填写理由) */
  beforeWindowEnds: Scalars['Boolean']['output'];
  /** 已退回修改、尚未重新上报 */
  returned: Scalars['Int']['output'];
  /** 已上报、尚未受理 */
  submitted: Scalars['Int']['output'];
};

/** 性别 */
export type Gender =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** 荣誉记录 */
export type Honour = {
  __typename?: 'Honour';
  category: TypicalCategory;
  id: Scalars['ID']['output'];
  /** 受表彰对象 */
  nominee: Nominee;
  /** 荣誉名称 */
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** Honour 分页列表 */
export type HonourConnection = {
  __typename?: 'HonourConnection';
  edges: Array<HonourEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<Honour>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type HonourEdge = {
  __typename?: 'HonourEdge';
  cursor: Scalars['String']['output'];
  node: Honour;
};

/** 记录以往的表彰 */
export type HonourInput = {
  category: TypicalCategory;
  nomineeOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  nomineePersonId?: InputMaybe<Scalars['ID']['input']>;
  /** 荣誉名称 */
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** 导入错误 */
export type ImportError = {
  __typename?: 'ImportError';
  /** 列名 */
  column: Scalars['String']['output'];
  /** 原因 */
  reason: Scalars['String']['output'];
  /** 行号(与文件中一致,表头为第 1 行) */
  row: Scalars['Int']['output'];
};

/** 上传的文件 */
export type ImportFileInput = {
  /** 文件内容,Base64 编码,不超过 5 MB */
  contentBase64: Scalars['String']['input'];
  /** 文件名,以 .xlsx 或 .csv 结尾 */
  fileName: Scalars['String']['input'];
  /** 有错误行时:全部不导入,或只导入正确的行 */
  mode: ImportMode;
};

/** 导入方式 */
export type ImportMode =
  /** 全部正确才导入 */
  | 'ALL_OR_NOTHING'
  /** 仅导入正确的行 */
  | 'VALID_ROWS_ONLY';

/** 导入结果 */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** 是否已写入;全部不导入方式下有错误时为 false */
  applied: Scalars['Boolean']['output'];
  /** 新增 */
  created: Scalars['Int']['output'];
  /** 逐行错误 */
  errors: Array<ImportError>;
  /** 有错误的行数 */
  failed: Scalars['Int']['output'];
  /** 数据行数 */
  totalRows: Scalars['Int']['output'];
  /** 已存在且无变化 */
  unchanged: Scalars['Int']['output'];
  /** 更新 */
  updated: Scalars['Int']['output'];
};

/** 指标 */
export type Indicator = {
  __typename?: 'Indicator';
  /** 清单项(清单类),如 六到位 的六项 */
  checklistItems: Array<Scalars['String']['output']>;
  /** 达标期限;为空时随任务期限 */
  deadline?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  /** 指标类型 */
  kind: IndicatorKind;
  /** 指标名称 */
  name: Scalars['String']['output'];
  /** 目标值;清单类为空 */
  target?: Maybe<Scalars['Float']['output']>;
  /** 所属任务 */
  taskId: Scalars['ID']['output'];
  /** 计量单位,如 %、个 */
  unitOfMeasure: Scalars['String']['output'];
};

/** 指标类型 */
export type IndicatorKind =
  /** 清单 */
  | 'CHECKLIST'
  /** 数量 */
  | 'COUNT'
  /** 百分比 */
  | 'PERCENTAGE'
  /** 提升率 */
  | 'RISING_RATE';

/** 一个指标在某项分工上的完成情况 */
export type IndicatorProgress = {
  __typename?: 'IndicatorProgress';
  /** 已完成的清单项 */
  checkedItems: Array<Scalars['String']['output']>;
  /** 提升率较上次下降 */
  falling: Scalars['Boolean']['output'];
  indicator: Indicator;
  /** 是否达标 */
  met: Scalars['Boolean']['output'];
  /** 上一次填报的数值(提升率看趋势) */
  previousValue?: Maybe<Scalars['Float']['output']>;
  /** 完成程度,0 至 1 */
  progress: Scalars['Float']['output'];
  /** 最近填报的数值 */
  value?: Maybe<Scalars['Float']['output']>;
};

/** 指标填报值 */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /** 已完成的清单项(清单类) */
  checkedItems: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 指标 */
  indicatorId: Scalars['ID']['output'];
  /** 数值(百分比、数量、比率) */
  value?: Maybe<Scalars['Float']['output']>;
};

/** 指标填报值 */
export type IndicatorValueInput = {
  /** 已完成的清单项(清单类) */
  checkedItems?: Array<Scalars['String']['input']>;
  indicatorId: Scalars['ID']['input'];
  /** 数值(百分比、数量、比率) */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** 签发合作部门接入 */
export type IssuePartnerClientInput = {
  /** 每日请求配额,默认 10000 */
  dailyQuota?: InputMaybe<Scalars['Int']['input']>;
  /** 接入系统名称,如「民政局救助系统」 */
  name: Scalars['String']['input'];
  /** 所属合作部门(单位) */
  organizationId: Scalars['ID']['input'];
  /** 每分钟请求上限,默认 60 */
  ratePerMinute?: InputMaybe<Scalars['Int']['input']>;
};

/** 签发或轮换的密钥:完整密钥只显示这一次 */
export type IssuedPartnerKey = {
  __typename?: 'IssuedPartnerKey';
  /** API 密钥,放在 Authorization: Bearer 头中;请立即交给合作部门妥善保存 */
  apiKey: Scalars['String']['output'];
  client: PartnerClient;
};

/** 后台任务:排名计算、证书生成等耗时工作,可查询进度和结果 */
export type Job = {
  __typename?: 'Job';
  createdAt: Scalars['DateTimeISO']['output'];
  error?: Maybe<JobError>;
  /** 生成的文件,按顺序;数量受任务本身限制(如受表彰名单),不分页 */
  files: Array<JobFile>;
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** 任务种类:RANKING、COMMENDATION_DOCUMENTS、SCORE_SHEET_EXPORT、PERSONS_EXPORT */
  kind: Scalars['String']['output'];
  /** 当前步骤的说明 */
  message?: Maybe<Scalars['String']['output']>;
  /** 进度,0–100 */
  progress: Scalars['Int']['output'];
  /** 结果摘要(如排名条数) */
  result?: Maybe<Scalars['JSONObject']['output']>;
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  state: JobState;
  /** 任务处理的对象(如评审 id) */
  subjectId?: Maybe<Scalars['ID']['output']>;
};

/** 任务失败的原因 */
export type JobError = {
  __typename?: 'JobError';
  /** 稳定的错误码,与 extensions.code 相同 */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** 任务生成的文件;经网关 GET /files/{服务名}/{id} 下载(带登录令牌),或用 jobFile 查询取 Base64 */
export type JobFile = {
  __typename?: 'JobFile';
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mimeType: Scalars['String']['output'];
  /** 字节数 */
  size: Scalars['Int']['output'];
};

/** 任务状态 */
export type JobState =
  /** 失败 */
  | 'FAILED'
  /** 排队中 */
  | 'QUEUED'
  /** 进行中 */
  | 'RUNNING'
  /** 已完成 */
  | 'SUCCEEDED';

export type Mutation = {
  __typename?: 'Mutation';
  /** 受理(活动办公室) */
  acceptNomination: Nomination;
  /** 采纳进展报告 */
  acceptProgressReport: ProgressReport;
  /** 把任务交给一个单位 */
  addAssignee: Assignment;
  /** 为事迹材料添加附件(不超过 5 MB) */
  addNominationAttachment: NominationAttachment;
  /** 推进评选年度:开始申报、截止(冻结已受理推荐;提前截止须填写理由)、进入评审、结束 */
  advanceNominationCycle: NominationCycle;
  /** 答复异议:成立则移出名单、依次递补并重新审批公示 */
  answerObjection: Objection;
  /** 表彰单位审批当前版本的名单 */
  approveShortlist: Review;
  /** 手工分配一名专家(有利害关系的拒绝) */
  assignEvaluator: EvaluatorAssignment;
  /** 自动分配评审专家(回避本单位及辖区,工作量均衡) */
  assignEvaluators: Array<EvaluatorAssignment>;
  /** 修改自己的密码;本账号的所有登录随即失效 */
  changePassword: Account;
  /** 人工调整入围名单(须填理由;已有审批作废) */
  changeShortlist: Review;
  /** 按冻结的规则计算综合得分和排名:立即返回后台任务,用 evaluationJob(id) 查询进度;完成后结果见 Review.results */
  computeRanking: Job;
  /** 新建账号(仅管理员) */
  createAccount: Account;
  /** 为任务设定指标 */
  createIndicator: Indicator;
  /** 新建推荐(草稿) */
  createNomination: Nomination;
  /** 新建评选年度(可沿用上一年设置) */
  createNominationCycle: NominationCycle;
  /** 登记单位 */
  createOrganization: Organization;
  /** 登记外来务工人员 */
  createPerson: Person;
  /** 按文件全文建立方案的主要任务并交给所列责任单位(活动办公室);全部成功或全部不做 */
  createPlanTasks: Array<Task>;
  /** 登记政策文件(活动办公室) */
  createPolicyDocument: PolicyDocument;
  /** 为已截止的评选年度建立考核评审(复制冻结的推荐名单) */
  createReview: Review;
  /** 分解任务:制定本级方案的子任务并交给辖区内的单位 */
  createSubTask: Task;
  /** 表彰单位不同意当前版本的名单(须填理由,活动办公室可见) */
  declineShortlist: Review;
  /** 删除单位(保留历史,不再出现在名录中) */
  deleteOrganization: Organization;
  /** 删除外来务工人员(保留历史) */
  deletePerson: Person;
  /** 指定牵头单位(原牵头单位改为配合) */
  designateLead: Assignment;
  /** 取消资格(活动办公室,须填理由) */
  disqualifyNomination: Nomination;
  /** 撤销单位 */
  dissolveOrganization: Organization;
  /** 导出评分表(.xlsx,仅活动办公室):后台任务,完成后下载其文件;同一评审已有导出在进行时返回该任务 */
  exportScoreSheet: Job;
  /** 公示期满且无未答复异议后,确定联合表彰名单 */
  finalizeCommendation: Review;
  /** 后台生成表彰决定和全部荣誉证书:立即返回任务;完成后 files 含一个 zip 压缩包和每份 PDF */
  generateCommendationDocuments: Job;
  /** 准予某单位延期申报(记录理由) */
  grantNominationExtension: NominationExtension;
  /** 导入一年的节假日安排(每年国务院办公厅通知发布后),取代该年原有设置 */
  importHolidayCalendar: CalendarYear;
  /** 从 Excel(.xlsx)或 CSV 导入单位;重复导入同一文件不会重复登记 */
  importOrganizations: ImportReport;
  /** 从 Excel(.xlsx)或 CSV 导入外来务工人员;按身份证号去重 */
  importPersons: ImportReport;
  /** 为合作部门的系统签发 API 密钥(只读) */
  issuePartnerClient: IssuedPartnerKey;
  /** 用户名密码登录,签发访问令牌 */
  login: AuthPayload;
  /** 退出登录:本账号在各处的登录一分钟内全部失效 */
  logout: Scalars['Boolean']['output'];
  /** 调整隶属关系(连同下级单位) */
  moveOrganization: Organization;
  /** 登记公示期异议 */
  raiseObjection: Objection;
  /** 记录以往的表彰(供预审比对) */
  recordHonour: Honour;
  /** 声明回避 */
  recuseFromNomination: EvaluatorAssignment;
  /** 用刷新令牌换取新的访问令牌 */
  refreshSession: AuthPayload;
  /** 按合作部门提供的 .graphql 文件登记一个可调用的查询 */
  registerPartnerOperation: PartnerOperation;
  /** 删除设置的日期,恢复为普通工作日或周末 */
  removeCalendarDays: Scalars['Int']['output'];
  /** 删除附件(仅草稿或退回修改的推荐) */
  removeNominationAttachment: NominationAttachment;
  /** 撤销一个已登记的查询 */
  removePartnerOperation: Scalars['Boolean']['output'];
  /** 重新开放已提交的评分(留档) */
  reopenScores: Scalars['Boolean']['output'];
  /** 调整本单位某类别的推荐顺序 */
  reorderNominations: Array<Nomination>;
  /** 导出外来务工人员名录(个人信息脱敏):行数不多时直接给出文件,较多时给出后台任务,完成后下载 */
  requestPersonsExport: PersonsExport;
  /** 重置密码为临时密码,用户下次登录须修改(仅管理员) */
  resetPassword: Account;
  /** 修改被退回的报告并重新提交 */
  resubmitProgressReport: ProgressReport;
  /** 退回修改(活动办公室,须填理由) */
  returnNomination: Nomination;
  /** 退回进展报告,须写明理由 */
  returnProgressReport: ProgressReport;
  /** 查看完整身份证号和手机号;每次查看都记入审计日志 */
  revealPersonalData: PersonalData;
  /** 停用接入:密钥一分钟内失效 */
  revokePartnerClient: PartnerClient;
  /** 轮换密钥:旧密钥一分钟内失效 */
  rotatePartnerKey: IssuedPartnerKey;
  /** 保存评分;submit 为 true 时提交并锁定 */
  saveScores: Array<Score>;
  /** 设置节假日和调休上班日(公示期按工作日计算) */
  setCalendarDays: Scalars['Int']['output'];
  /** 设置各类别入围上限(开始评分前) */
  setCategoryCaps: Review;
  /** 设置联合表彰单位 */
  setCommendingAgencies: Review;
  /** 设定某单位某类别的名额 */
  setNominationQuota: NominationQuota;
  /** 设定文件有效性;失效后其方案只作历史查阅 */
  setPolicyDocumentValidity: PolicyDocument;
  /** 设置评分细则(开始评分前) */
  setReviewCriteria: Array<Criterion>;
  /** 设置计分规则(开始评分前) */
  setReviewRules: Review;
  /** 开始公示(默认今天起;早于今天须说明已在线下张贴的理由) */
  startPublicity: Review;
  /** 开始评分:冻结评分细则和规则 */
  startReviewScoring: Review;
  /** 上报 */
  submitNomination: Nomination;
  /** 报告一期进展 */
  submitProgressReport: ProgressReport;
  /** 取消一名专家的分配(尚未评分时) */
  unassignEvaluator: Scalars['Boolean']['output'];
  /** 修改账号的单位、角色或状态(仅管理员) */
  updateAccount: Account;
  /** 修改草稿或退回的推荐 */
  updateNomination: Nomination;
  /** 修改评选年度设置 */
  updateNominationCycle: NominationCycle;
  /** 修改单位信息 */
  updateOrganization: Organization;
  /** 修改每分钟请求上限和每日配额 */
  updatePartnerLimits: PartnerClient;
  /** 修改外来务工人员信息 */
  updatePerson: Person;
  /** 修改任务的期限和报告周期 */
  updateTaskSchedule: Task;
  /** 上传佐证材料(提交报告时附上) */
  uploadEvidence: EvidenceFile;
  /** 撤回 */
  withdrawNomination: Nomination;
};


export type MutationAcceptNominationArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationAcceptProgressReportArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationAddAssigneeArgs = {
  input: AddAssigneeInput;
};


export type MutationAddNominationAttachmentArgs = {
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  mimeType: Scalars['String']['input'];
  nominationId: Scalars['ID']['input'];
};


export type MutationAdvanceNominationCycleArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  to: NominationCycleStatus;
  version: Scalars['Int']['input'];
};


export type MutationAnswerObjectionArgs = {
  answer: Scalars['String']['input'];
  objectionId: Scalars['ID']['input'];
  upheld: Scalars['Boolean']['input'];
};


export type MutationApproveShortlistArgs = {
  reviewId: Scalars['ID']['input'];
  shortlistVersion: Scalars['Int']['input'];
};


export type MutationAssignEvaluatorArgs = {
  evaluatorAccountId: Scalars['ID']['input'];
  nominationId: Scalars['ID']['input'];
  reviewId: Scalars['ID']['input'];
};


export type MutationAssignEvaluatorsArgs = {
  reviewId: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  newPassword: Scalars['String']['input'];
  oldPassword: Scalars['String']['input'];
};


export type MutationChangeShortlistArgs = {
  include: Scalars['Boolean']['input'];
  nominationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  reviewId: Scalars['ID']['input'];
};


export type MutationComputeRankingArgs = {
  reviewId: Scalars['ID']['input'];
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateIndicatorArgs = {
  input: CreateIndicatorInput;
};


export type MutationCreateNominationArgs = {
  input: CreateNominationInput;
};


export type MutationCreateNominationCycleArgs = {
  input: CreateCycleInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreatePersonArgs = {
  input: PersonInput;
};


export type MutationCreatePlanTasksArgs = {
  areas?: Array<PlanAreaInput>;
  documentId: Scalars['ID']['input'];
};


export type MutationCreatePolicyDocumentArgs = {
  input: CreatePolicyDocumentInput;
};


export type MutationCreateReviewArgs = {
  input: CreateReviewInput;
};


export type MutationCreateSubTaskArgs = {
  input: CreateSubTaskInput;
};


export type MutationDeclineShortlistArgs = {
  reason: Scalars['String']['input'];
  reviewId: Scalars['ID']['input'];
  shortlistVersion: Scalars['Int']['input'];
};


export type MutationDeleteOrganizationArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeletePersonArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDesignateLeadArgs = {
  input: DesignateLeadInput;
};


export type MutationDisqualifyNominationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDissolveOrganizationArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationExportScoreSheetArgs = {
  reviewId: Scalars['ID']['input'];
};


export type MutationFinalizeCommendationArgs = {
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  reviewId: Scalars['ID']['input'];
};


export type MutationGenerateCommendationDocumentsArgs = {
  reviewId: Scalars['ID']['input'];
};


export type MutationGrantNominationExtensionArgs = {
  input: ExtensionInput;
};


export type MutationImportHolidayCalendarArgs = {
  input: CalendarYearInput;
};


export type MutationImportOrganizationsArgs = {
  file: ImportFileInput;
};


export type MutationImportPersonsArgs = {
  file: ImportFileInput;
};


export type MutationIssuePartnerClientArgs = {
  input: IssuePartnerClientInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMoveOrganizationArgs = {
  id: Scalars['ID']['input'];
  parentId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRaiseObjectionArgs = {
  input: ObjectionInput;
};


export type MutationRecordHonourArgs = {
  input: HonourInput;
};


export type MutationRecuseFromNominationArgs = {
  nominationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  reviewId: Scalars['ID']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterPartnerOperationArgs = {
  clientId: Scalars['ID']['input'];
  document: Scalars['String']['input'];
};


export type MutationRemoveCalendarDaysArgs = {
  days: Array<Scalars['String']['input']>;
};


export type MutationRemoveNominationAttachmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemovePartnerOperationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReopenScoresArgs = {
  evaluatorAccountId: Scalars['ID']['input'];
  nominationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  reviewId: Scalars['ID']['input'];
};


export type MutationReorderNominationsArgs = {
  category: TypicalCategory;
  cycleId: Scalars['ID']['input'];
  nominatorOrganizationId: Scalars['ID']['input'];
  orderedIds: Array<Scalars['ID']['input']>;
};


export type MutationRequestPersonsExportArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  employerId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  within?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationResetPasswordArgs = {
  accountId: Scalars['ID']['input'];
  temporaryPassword: Scalars['String']['input'];
};


export type MutationResubmitProgressReportArgs = {
  input: ResubmitReportInput;
};


export type MutationReturnNominationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReturnProgressReportArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRevealPersonalDataArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokePartnerClientArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRotatePartnerKeyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSaveScoresArgs = {
  nominationId: Scalars['ID']['input'];
  reviewId: Scalars['ID']['input'];
  scores: Array<ScoreInput>;
  submit?: Scalars['Boolean']['input'];
};


export type MutationSetCalendarDaysArgs = {
  days: Array<CalendarDayInput>;
};


export type MutationSetCategoryCapsArgs = {
  caps: Scalars['JSONObject']['input'];
  reviewId: Scalars['ID']['input'];
};


export type MutationSetCommendingAgenciesArgs = {
  agencyIds: Array<Scalars['ID']['input']>;
  reviewId: Scalars['ID']['input'];
};


export type MutationSetNominationQuotaArgs = {
  input: QuotaInput;
};


export type MutationSetPolicyDocumentValidityArgs = {
  id: Scalars['ID']['input'];
  validity: DocumentValidity;
  version: Scalars['Int']['input'];
};


export type MutationSetReviewCriteriaArgs = {
  criteria: Array<CriterionInput>;
  reviewId: Scalars['ID']['input'];
};


export type MutationSetReviewRulesArgs = {
  reviewId: Scalars['ID']['input'];
  rules: ReviewRulesInput;
};


export type MutationStartPublicityArgs = {
  paperReason?: InputMaybe<Scalars['String']['input']>;
  reviewId: Scalars['ID']['input'];
  startDate?: InputMaybe<Scalars['String']['input']>;
};


export type MutationStartReviewScoringArgs = {
  reviewId: Scalars['ID']['input'];
};


export type MutationSubmitNominationArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSubmitProgressReportArgs = {
  input: SubmitReportInput;
};


export type MutationUnassignEvaluatorArgs = {
  evaluatorAccountId: Scalars['ID']['input'];
  nominationId: Scalars['ID']['input'];
  reviewId: Scalars['ID']['input'];
};


export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};


export type MutationUpdateNominationArgs = {
  input: UpdateNominationInput;
};


export type MutationUpdateNominationCycleArgs = {
  input: UpdateCycleInput;
};


export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


export type MutationUpdatePartnerLimitsArgs = {
  input: UpdatePartnerLimitsInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


export type MutationUpdateTaskScheduleArgs = {
  input: UpdateTaskScheduleInput;
};


export type MutationUploadEvidenceArgs = {
  input: EvidenceUploadInput;
};


export type MutationWithdrawNominationArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** 典型推荐 */
export type Nomination = {
  __typename?: 'Nomination';
  /** 附件 */
  attachments: Array<NominationAttachment>;
  /** 典型类别 */
  category: TypicalCategory;
  /** 联系人 */
  contactName?: Maybe<Scalars['String']['output']>;
  /** 联系电话 */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** 创建时间 */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 评选年度 */
  cycle: NominationCycle;
  /** 事迹材料 */
  deeds: Scalars['String']['output'];
  /** 预审提示,如近年已受表彰 */
  flags: Array<Scalars['String']['output']>;
  /** 状态变更记录 */
  history: Array<NominationEvent>;
  id: Scalars['ID']['output'];
  /** 推荐单位 */
  nominator: Organization;
  /** 被推荐对象 */
  nominee: Nominee;
  /** 推荐顺序(本单位本类别内,1 为第一) */
  position: Scalars['Int']['output'];
  /** 评审结果;尚未进入评审,或公示开始前当前账号无权查阅时为 null */
  result?: Maybe<NominationResult>;
  /** 状态 */
  status: NominationStatus;
  /** 退回或取消资格的理由 */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** 上报时间 */
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 最后修改时间 */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 版本号;修改时带上,防止覆盖他人的修改 */
  version: Scalars['Int']['output'];
};

/** 附件 */
export type NominationAttachment = {
  __typename?: 'NominationAttachment';
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mimeType: Scalars['String']['output'];
  /** 字节数 */
  size: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTimeISO']['output'];
};

/** Nomination 分页列表 */
export type NominationConnection = {
  __typename?: 'NominationConnection';
  edges: Array<NominationEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<Nomination>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

/** 评选年度 */
export type NominationCycle = {
  __typename?: 'NominationCycle';
  /** 申报截止时间(此刻起不再接受上报) */
  closesAt: Scalars['DateTimeISO']['output'];
  /** 未单独设定时,每个单位每个类别的名额 */
  defaultQuota: Scalars['Int']['output'];
  /** 延期申报记录 */
  extensions: Array<NominationExtension>;
  /** 提前截止的理由(申报时间结束前截止时必填,留档) */
  freezeReason?: Maybe<Scalars['String']['output']>;
  /** 截止并冻结已受理推荐的时间 */
  frozenAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 截止并冻结的操作账号 */
  frozenByUsername?: Maybe<Scalars['String']['output']>;
  /** 预审:近几年内已在同一类别受表彰的予以提示 */
  honourLookbackYears: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 可以上报的单位类型 */
  nominatorKinds: Array<OrganizationKind>;
  /** 本年度开放的类别 */
  openCategories: Array<TypicalCategory>;
  /** 申报开始时间 */
  opensAt: Scalars['DateTimeISO']['output'];
  /** 状态 */
  status: NominationCycleStatus;
  /** 版本号;修改时带上 */
  version: Scalars['Int']['output'];
  /** 年度 */
  year: Scalars['Int']['output'];
};

/** NominationCycle 分页列表 */
export type NominationCycleConnection = {
  __typename?: 'NominationCycleConnection';
  edges: Array<NominationCycleEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<NominationCycle>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type NominationCycleEdge = {
  __typename?: 'NominationCycleEdge';
  cursor: Scalars['String']['output'];
  node: NominationCycle;
};

/** 评选年度状态 */
export type NominationCycleStatus =
  /** 已截止 */
  | 'CLOSED'
  /** 草稿 */
  | 'DRAFT'
  /** 已结束 */
  | 'FINISHED'
  /** 评审中 */
  | 'IN_REVIEW'
  /** 申报中 */
  | 'OPEN';

export type NominationEdge = {
  __typename?: 'NominationEdge';
  cursor: Scalars['String']['output'];
  node: Nomination;
};

/** 推荐状态变更记录 */
export type NominationEvent = {
  __typename?: 'NominationEvent';
  /** 操作账号 */
  actorUsername?: Maybe<Scalars['String']['output']>;
  fromStatus?: Maybe<NominationStatus>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  /** 理由 */
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: NominationStatus;
};

/** 延期申报 */
export type NominationExtension = {
  __typename?: 'NominationExtension';
  grantedAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** 单位 id */
  organizationId: Scalars['ID']['output'];
  /** 理由 */
  reason: Scalars['String']['output'];
  /** 延期至 */
  until: Scalars['DateTimeISO']['output'];
};

/** 推荐名额 */
export type NominationQuota = {
  __typename?: 'NominationQuota';
  category: TypicalCategory;
  quota: Scalars['Int']['output'];
};

/** 评审结果 */
export type NominationResult = {
  __typename?: 'NominationResult';
  /** 综合得分 */
  aggregateScore?: Maybe<Scalars['Float']['output']>;
  /** 类别内排名 */
  categoryRank?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** 推荐 */
  nomination: Nomination;
  /** 结果 */
  outcome: ResultOutcome;
  /** 总排名 */
  rank?: Maybe<Scalars['Int']['output']>;
  /** 因异议成立被移出名单的理由 */
  removedReason?: Maybe<Scalars['String']['output']>;
  /** 评分说明:各专家得分、去掉的分、权重、综合分和名次(仅活动办公室可见) */
  scoreSheet?: Maybe<Scalars['JSONObject']['output']>;
  /** 与他人同分且比较规则无法区分,须由活动办公室决定 */
  tied: Scalars['Boolean']['output'];
};

/** NominationResult 分页列表 */
export type NominationResultConnection = {
  __typename?: 'NominationResultConnection';
  edges: Array<NominationResultEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<NominationResult>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type NominationResultEdge = {
  __typename?: 'NominationResultEdge';
  cursor: Scalars['String']['output'];
  node: NominationResult;
};

/** 推荐状态 */
export type NominationStatus =
  /** 已受理 */
  | 'ACCEPTED'
  /** 已取消资格 */
  | 'DISQUALIFIED'
  /** 草稿 */
  | 'DRAFT'
  /** 已退回 */
  | 'RETURNED'
  /** 已上报 */
  | 'SUBMITTED'
  /** 已撤回 */
  | 'WITHDRAWN';

/** 被推荐对象:单位或外来务工人员 */
export type Nominee = Organization | Person;

/** 站内提醒 */
export type Notice = {
  __typename?: 'Notice';
  /** 相关的任务分工 */
  assignmentId: Scalars['ID']['output'];
  /** 相关期限 */
  dueOn?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  kind: NoticeKind;
  message: Scalars['String']['output'];
};

/** Notice 分页列表 */
export type NoticeConnection = {
  __typename?: 'NoticeConnection';
  edges: Array<NoticeEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<Notice>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type NoticeEdge = {
  __typename?: 'NoticeEdge';
  cursor: Scalars['String']['output'];
  node: Notice;
};

/** 提醒类型 */
export type NoticeKind =
  /** 临近期限 */
  | 'DEADLINE_NEAR'
  /** 已逾期 */
  | 'OVERDUE'
  /** 待报告 */
  | 'REPORT_DUE'
  /** 报告被退回 */
  | 'REPORT_RETURNED';

/** 公示期异议 */
export type Objection = {
  __typename?: 'Objection';
  /** 答复 */
  answer?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 异议内容 */
  content: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 推荐 id */
  nominationId: Scalars['ID']['output'];
  /** 联系方式 */
  objectorContact: Scalars['String']['output'];
  /** 异议人(实名) */
  objectorName: Scalars['String']['output'];
  receivedAt: Scalars['DateTimeISO']['output'];
  status: ObjectionStatus;
};

/** 公示期异议(须实名) */
export type ObjectionInput = {
  content: Scalars['String']['input'];
  nominationId: Scalars['ID']['input'];
  objectorContact: Scalars['String']['input'];
  objectorName: Scalars['String']['input'];
  reviewId: Scalars['ID']['input'];
};

/** 异议状态 */
export type ObjectionStatus =
  /** 不予采纳 */
  | 'DISMISSED'
  /** 待答复 */
  | 'OPEN'
  /** 异议成立 */
  | 'UPHELD';

/** 单位 */
export type Organization = {
  __typename?: 'Organization';
  /** 地址 */
  address?: Maybe<Scalars['String']['output']>;
  /** 各级上级单位,从区开始;只含本账号辖区内的 */
  ancestors: Array<Organization>;
  /** 该单位承担的任务分工;任务督导服务不可用时为空 */
  assignments?: Maybe<AssignmentConnection>;
  /** 直属下级单位 */
  children: OrganizationConnection;
  /** 联系人 */
  contactPerson?: Maybe<Scalars['String']['output']>;
  /** 联系电话 */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** 下级单位和人员数;整层单位一次查询 */
  counts: OrganizationCounts;
  /** 登记时间 */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 统一社会信用代码 */
  creditCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 单位类型 */
  kind: OrganizationKind;
  /** 隶属关系变更记录 */
  moveHistory: Array<OrganizationMove>;
  /** 单位名称 */
  name: Scalars['String']['output'];
  /** 该单位上报的推荐;推荐服务不可用时为空 */
  nominationsMade?: Maybe<NominationConnection>;
  /** 该单位作为被推荐对象的推荐;推荐服务不可用时为空 */
  nominationsReceived?: Maybe<NominationConnection>;
  /** 上级单位;不在本账号辖区内时为 null */
  parent?: Maybe<Organization>;
  /** 简称 */
  shortName?: Maybe<Scalars['String']['output']>;
  /** 状态 */
  status: OrganizationStatus;
  /** 任务落实绩效;未承担现行任务时为空 */
  taskPerformance?: Maybe<UnitPerformance>;
  /** 最后修改时间 */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 版本号;修改时带上,防止覆盖他人的修改 */
  version: Scalars['Int']['output'];
};


/** 单位 */
export type OrganizationAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  validity?: InputMaybe<DocumentValidity>;
};


/** 单位 */
export type OrganizationChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** 单位 */
export type OrganizationNominationsMadeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** 单位 */
export type OrganizationNominationsReceivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** Organization 分页列表 */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

/** 单位的下级单位和人员数 */
export type OrganizationCounts = {
  __typename?: 'OrganizationCounts';
  /** 辖区内各级未撤销的下级单位数 */
  activeDescendants: Scalars['Int']['output'];
  /** 直属下级单位数(含已撤销的) */
  children: Scalars['Int']['output'];
  /** 居住社区或就业单位在辖区内的外来务工人员数 */
  persons: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

/** 单位类型 */
export type OrganizationKind =
  /** 社区(都市村庄) */
  | 'COMMUNITY'
  /** 区直机关 */
  | 'DISTRICT_AGENCY'
  /** 区人民政府 */
  | 'DISTRICT_GOVERNMENT'
  /** 用工单位 */
  | 'EMPLOYER'
  /** 产业集聚区管理委员会 */
  | 'INDUSTRIAL_CLUSTER_COMMITTEE'
  /** 市(商)场 */
  | 'MARKET'
  /** 群团组织 */
  | 'MASS_ORGANIZATION'
  /** 服务管理机构 */
  | 'SERVICE_AGENCY'
  /** 社团组织 */
  | 'SOCIAL_ORGANIZATION'
  /** 街道办事处 */
  | 'SUBDISTRICT'
  /** 乡镇 */
  | 'TOWNSHIP'
  /** 培训教育机构 */
  | 'TRAINING_INSTITUTION'
  /** 村 */
  | 'VILLAGE';

/** 隶属关系变更 */
export type OrganizationMove = {
  __typename?: 'OrganizationMove';
  /** 原上级单位 */
  from?: Maybe<Organization>;
  id: Scalars['ID']['output'];
  /** 变更时间 */
  movedAt: Scalars['DateTimeISO']['output'];
  /** 新上级单位 */
  to?: Maybe<Organization>;
};

/** 单位状态 */
export type OrganizationStatus =
  /** 正常 */
  | 'ACTIVE'
  /** 已撤销 */
  | 'DISSOLVED';

/** 分页信息 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** 本页最后一条的游标,作为下一页的 after */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 是否还有下一页 */
  hasNextPage: Scalars['Boolean']['output'];
};

/** 合作部门接入(机器客户端) */
export type PartnerClient = {
  __typename?: 'PartnerClient';
  /** 今日(北京时间)调用次数 */
  callsToday: Scalars['Int']['output'];
  /** 创建时间 */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 每日请求配额(北京时间自然日) */
  dailyQuota: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 密钥签发或最近一次轮换的时间 */
  keyIssuedAt: Scalars['DateTimeISO']['output'];
  /** 密钥开头几位,用于辨认;完整密钥只在签发时显示一次 */
  keyPrefix: Scalars['String']['output'];
  /** 接入系统名称 */
  name: Scalars['String']['output'];
  /** 已登记的查询 */
  operations: PartnerOperationConnection;
  /** 所属合作部门 */
  organization?: Maybe<Organization>;
  /** 所属合作部门(单位) */
  organizationId: Scalars['ID']['output'];
  /** 每分钟请求上限 */
  ratePerMinute: Scalars['Int']['output'];
  /** 停用时间 */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 状态 */
  status: PartnerClientStatus;
  /** 版本号;修改时带上 */
  version: Scalars['Int']['output'];
};


/** 合作部门接入(机器客户端) */
export type PartnerClientOperationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** PartnerClient 分页列表 */
export type PartnerClientConnection = {
  __typename?: 'PartnerClientConnection';
  edges: Array<PartnerClientEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<PartnerClient>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type PartnerClientEdge = {
  __typename?: 'PartnerClientEdge';
  cursor: Scalars['String']['output'];
  node: PartnerClient;
};

/** 合作部门接入状态 */
export type PartnerClientStatus =
  /** 启用 */
  | 'ACTIVE'
  /** 已停用 */
  | 'REVOKED';

/** 已登记的查询操作 */
export type PartnerOperation = {
  __typename?: 'PartnerOperation';
  /** 登记时间 */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 登记的查询文本(原样保存) */
  document: Scalars['String']['output'];
  /** 查询文本(UTF-8)的 SHA-256,十六进制;客户端以 extensions.persistedQuery.sha256Hash 发送 */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 操作名称(多个时以逗号分隔) */
  name: Scalars['String']['output'];
};

/** PartnerOperation 分页列表 */
export type PartnerOperationConnection = {
  __typename?: 'PartnerOperationConnection';
  edges: Array<PartnerOperationEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<PartnerOperation>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type PartnerOperationEdge = {
  __typename?: 'PartnerOperationEdge';
  cursor: Scalars['String']['output'];
  node: PartnerOperation;
};

/** 调用统计(按日、按操作) */
export type PartnerUsage = {
  __typename?: 'PartnerUsage';
  /** 平均耗时(毫秒) */
  averageLatencyMs: Scalars['Int']['output'];
  /** 调用次数 */
  count: Scalars['Int']['output'];
  /** 日期(北京时间) */
  day: Scalars['String']['output'];
  /** 出错次数 */
  errors: Scalars['Int']['output'];
  /** 最长耗时(毫秒) */
  latencyMsMax: Scalars['Int']['output'];
  /** 操作的哈希;未登记的调用为 unregistered */
  operationHash: Scalars['String']['output'];
  /** 操作名称 */
  operationName: Scalars['String']['output'];
};

/** PartnerUsage 分页列表 */
export type PartnerUsageConnection = {
  __typename?: 'PartnerUsageConnection';
  edges: Array<PartnerUsageEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<PartnerUsage>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type PartnerUsageEdge = {
  __typename?: 'PartnerUsageEdge';
  cursor: Scalars['String']['output'];
  node: PartnerUsage;
};

/** 外来务工人员 */
export type Person = {
  __typename?: 'Person';
  /** 来本区时间 */
  arrivalDate?: Maybe<Scalars['LocalDate']['output']>;
  /** 居住社区 */
  community?: Maybe<Organization>;
  /** 登记时间 */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 就业单位 */
  employer?: Maybe<Organization>;
  /** 性别 */
  gender: Gender;
  /** 户籍城市 */
  homeCity?: Maybe<Scalars['String']['output']>;
  /** 户籍省份 */
  homeProvince?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 身份证号(脱敏);完整号码经 revealPersonalData 查看并留痕 */
  idNumber: Scalars['String']['output'];
  /** 姓名 */
  name: Scalars['String']['output'];
  /** 对该外来务工人员的推荐;推荐服务不可用时为空 */
  nominations?: Maybe<NominationConnection>;
  /** 手机号(脱敏) */
  phone?: Maybe<Scalars['String']['output']>;
  /** 职业技能 */
  skills: Array<Scalars['String']['output']>;
  /** 接受培训 */
  trainings: Array<Scalars['String']['output']>;
  /** 版本号;修改时带上 */
  version: Scalars['Int']['output'];
};


/** 外来务工人员 */
export type PersonNominationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** Person 分页列表 */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<Person>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

/** 外来务工人员的辖区事实 */
export type PersonFacts = {
  __typename?: 'PersonFacts';
  id: Scalars['ID']['output'];
  /** 居住社区和就业单位的各级单位 id */
  lineage: Array<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
};

/** 外来务工人员信息 */
export type PersonInput = {
  /** 来本区时间 */
  arrivalDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 居住社区 */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** 就业单位 */
  employerId?: InputMaybe<Scalars['ID']['input']>;
  /** 性别 */
  gender: Gender;
  /** 户籍城市 */
  homeCity?: InputMaybe<Scalars['String']['input']>;
  /** 户籍省份 */
  homeProvince?: InputMaybe<Scalars['String']['input']>;
  /** 身份证号 */
  idNumber: Scalars['String']['input'];
  /** 姓名 */
  name: Scalars['String']['input'];
  /** 手机号 */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 职业技能 */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 接受培训 */
  trainings?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** 完整个人信息(查看即留痕) */
export type PersonalData = {
  __typename?: 'PersonalData';
  /** 身份证号 */
  idNumber: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  /** 手机号 */
  phone?: Maybe<Scalars['String']['output']>;
};

/** 外来务工人员名录的导出:行数不多时直接给出文件;超过设定行数(EXPORT_JOB_ROWS,默认 5000)时给出后台任务,完成后用 organizationsJobFile 下载 */
export type PersonsExport = {
  __typename?: 'PersonsExport';
  /** 文件(行数不多时) */
  file?: Maybe<ExportFile>;
  /** 后台任务(行数较多时),用 organizationsJob(id) 查询进度 */
  job?: Maybe<Job>;
};

/** 为一项主要任务选定任务领域 */
export type PlanAreaInput = {
  area: TaskArea;
  /** 序号,如 一 */
  code: Scalars['String']['input'];
};

/** 建立方案前的预览:从文件全文读出的主要任务和责任单位 */
export type PlanDraft = {
  __typename?: 'PlanDraft';
  documentId: Scalars['ID']['output'];
  /** 该文件已有的主要任务数;已建立的方案不再重复建立 */
  existingTasks: Scalars['Int']['output'];
  tasks: Array<PlanDraftTask>;
  /** 单位名录中找不到的责任单位 */
  unresolvedUnits: Array<Scalars['String']['output']>;
};

/** 从文件全文读出的一项主要任务 */
export type PlanDraftTask = {
  __typename?: 'PlanDraftTask';
  /** 按方案顺序建议的任务领域;第八项之后为空,须选择 */
  area?: Maybe<TaskArea>;
  /** 序号,如 一、二 */
  code: Scalars['String']['output'];
  /** 工作要求 */
  requirement: Scalars['String']['output'];
  /** 责任单位,按方案原文 */
  responsibleUnits: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  units: Array<PlanDraftUnit>;
};

/** 方案列出的一个责任单位及其在单位名录中的对应 */
export type PlanDraftUnit = {
  __typename?: 'PlanDraftUnit';
  /** 方案中的写法;「各乡镇、街道办事处」展开为各乡镇、街道 */
  listedAs: Scalars['String']['output'];
  /** 名录中的单位名称;找不到时为空 */
  name?: Maybe<Scalars['String']['output']>;
  /** 名录中的单位;找不到时为空 */
  organization?: Maybe<Organization>;
};

/** 政策文件 */
export type PolicyDocument = {
  __typename?: 'PolicyDocument';
  /** 依据的文件 */
  basis: Array<DocumentBasis>;
  /** 文号 */
  documentNumber: Scalars['String']['output'];
  /** 正文 */
  fullText: Scalars['String']['output'];
  /** 文种 */
  genre: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 索引号 */
  indexNumber: Scalars['String']['output'];
  /** 发文机关 */
  issuer: Scalars['String']['output'];
  /** 发布日期 */
  publishedOn: Scalars['LocalDate']['output'];
  /** 主题分类 */
  subject: Scalars['String']['output'];
  /** 主要任务数;登记后尚未建立任务时为 0 */
  taskCount: Scalars['Int']['output'];
  /** 标题 */
  title: Scalars['String']['output'];
  /** 有效性;失效文件的方案只作历史查阅 */
  validity: DocumentValidity;
  /** 版本号,修改时回传以防覆盖他人的修改 */
  version: Scalars['Int']['output'];
  /** 成文日期 */
  writtenOn: Scalars['LocalDate']['output'];
};

/** PolicyDocument 分页列表 */
export type PolicyDocumentConnection = {
  __typename?: 'PolicyDocumentConnection';
  edges: Array<PolicyDocumentEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<PolicyDocument>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type PolicyDocumentEdge = {
  __typename?: 'PolicyDocumentEdge';
  cursor: Scalars['String']['output'];
  node: PolicyDocument;
};

/** 进展报告 */
export type ProgressReport = {
  __typename?: 'ProgressReport';
  /** 任务分工 */
  assignment: Assignment;
  /** 任务分工 */
  assignmentId: Scalars['ID']['output'];
  /** 本单位报告任务已全部完成 */
  declaresComplete: Scalars['Boolean']['output'];
  /** 佐证材料 */
  evidence: Array<EvidenceFile>;
  /** 处理记录:提交、退回、重新提交、采纳 */
  history: Array<TaskEvent>;
  id: Scalars['ID']['output'];
  /** 报告期,如 2026-11(月)或 2026-Q4(季度) */
  period: Scalars['String']['output'];
  /** 退回理由 */
  returnReason?: Maybe<Scalars['String']['output']>;
  /** 审核时间 */
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 审核账号 */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** 状态 */
  status: ReportStatus;
  /** 提交时间 */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** 提交账号 */
  submittedBy: Scalars['String']['output'];
  /** 工作进展 */
  summary: Scalars['String']['output'];
  /** 指标填报值 */
  values: Array<IndicatorValue>;
  /** 版本号,修改时回传以防覆盖他人的修改 */
  version: Scalars['Int']['output'];
};

/** ProgressReport 分页列表 */
export type ProgressReportConnection = {
  __typename?: 'ProgressReportConnection';
  edges: Array<ProgressReportEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<ProgressReport>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type ProgressReportEdge = {
  __typename?: 'ProgressReportEdge';
  cursor: Scalars['String']['output'];
  node: ProgressReport;
};

/** 公示名单中的一项(姓名全称;不含身份证号和联系方式) */
export type PublicEntry = {
  __typename?: 'PublicEntry';
  category: TypicalCategory;
  name: Scalars['String']['output'];
  nominator: Scalars['String']['output'];
};

/** 正在公示或已表彰的名单(公开) */
export type PublicList = {
  __typename?: 'PublicList';
  /** 表彰决定日期(确定表彰后) */
  decidedOn?: Maybe<Scalars['String']['output']>;
  /** 表彰决定文号(确定表彰后) */
  decisionNumber?: Maybe<Scalars['String']['output']>;
  entries: Array<PublicEntry>;
  /** 已确定表彰 */
  final: Scalars['Boolean']['output'];
  /** 发布单位(联合表彰单位) */
  issuingAgencies: Array<Scalars['String']['output']>;
  publicityEnds?: Maybe<Scalars['String']['output']>;
  publicityStarts?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** 账号列表(仅管理员) */
  accounts: AccountConnection;
  /** 按登录名查经办人的姓名和单位,供各页面显示谁经办;没有的登录名不返回 */
  actors: Array<Actor>;
  /** 按 id 查任务分工 */
  assignment?: Maybe<Assignment>;
  /** 评审分配看板:各推荐的专家和须回避的专家 */
  assignmentBoard: Array<BoardRow>;
  /** 任务分工,按下达先后;单位账号只看到本单位的和本单位下达的 */
  assignments: AssignmentConnection;
  /** 审计日志,最新的在前(仅管理员) */
  auditLog: AuditRecordConnection;
  /** 某年的放假日和调休上班日(含尚未导入通知、由办公室单独设置的日期) */
  calendarDays: Array<CalendarDay>;
  /** 已导入节假日安排的年度,最近的在前 */
  calendarYears: CalendarYearConnection;
  /** 荣誉证书(每个受表彰单位或个人一份 PDF) */
  commendationCertificates: Array<ExportFile>;
  /** 联合表彰决定(PDF) */
  commendationDecision: ExportFile;
  /** evaluation 的操作记录,最新的在前 */
  evaluationAudit?: Maybe<AuditActConnection>;
  /** evaluation 的后台任务:状态、进度和结果 */
  evaluationJob: Job;
  /** 下载后台任务生成的一个文件 */
  evaluationJobFile: ExportFile;
  /** 下载佐证材料 */
  evidenceFile: ExportFile;
  /** 导出推荐汇总表(.xlsx),可按类别、状态、推荐单位筛选 */
  exportNominationSummary: ExportFile;
  /** 把筛选后的单位名录导出为 .xlsx(列名与导入模板一致) */
  exportOrganizations: ExportFile;
  /** 把筛选后的外来务工人员名录导出为 .xlsx(个人信息脱敏) */
  exportPersons: ExportFile;
  /** 导出评审名单(.xlsx) */
  exportReviewList: ExportFile;
  /** 导出督导报告(.xlsx) */
  exportSupervisionReport: ExportFile;
  /** 表彰记录(含系统启用前的往年表彰),最近录入的在前 */
  honours: HonourConnection;
  /** 当前登录的账号;未登录时为 null */
  me?: Maybe<Account>;
  /** 分配给我的评审任务 */
  myAssignments: Array<EvaluatorAssignment>;
  /** 本单位的站内提醒:临近期限、逾期、待报告、报告被退回 */
  myNotices: NoticeConnection;
  /** 按 id 查推荐 */
  nomination?: Maybe<Nomination>;
  /** 下载附件:推荐单位、活动办公室、评审专家和审批人可下载 */
  nominationAttachmentFile: ExportFile;
  /** 按 id 查评选年度 */
  nominationCycle?: Maybe<NominationCycle>;
  /** 评选年度,最近的在前 */
  nominationCycles: NominationCycleConnection;
  /** 推荐表(PDF),含推荐单位签字、盖章处 */
  nominationForm: ExportFile;
  /** 若现在截止并冻结,有多少推荐不能进入评审(活动办公室) */
  nominationFreezeImpact: FreezeImpact;
  /** 典型推荐列表;单位经办人只看到本单位上报的 */
  nominations: NominationConnection;
  /** nominations 的操作记录,最新的在前 */
  nominationsAudit?: Maybe<AuditActConnection>;
  /** 按 id 查单位 */
  organization?: Maybe<Organization>;
  /** 单位名录,按名称排序,游标分页;单位经办人只看到本辖区 */
  organizations: OrganizationConnection;
  /** organizations 的操作记录,最新的在前 */
  organizationsAudit?: Maybe<AuditActConnection>;
  /** organizations 的后台任务:状态、进度和结果 */
  organizationsJob: Job;
  /** 下载后台任务生成的一个文件 */
  organizationsJobFile: ExportFile;
  /** 一个合作部门接入(仅活动办公室) */
  partnerClient?: Maybe<PartnerClient>;
  /** 合作部门接入列表(仅活动办公室) */
  partnerClients: PartnerClientConnection;
  /** 一个接入的调用统计,按日期倒序、按查询(仅活动办公室) */
  partnerUsage: PartnerUsageConnection;
  /** 按 id 查外来务工人员 */
  person?: Maybe<Person>;
  /** 外来务工人员名录(个人信息脱敏) */
  persons: PersonConnection;
  /** 预览从文件全文读出的主要任务和责任单位(活动办公室) */
  planDraft: PlanDraft;
  /** 按 id 查文件 */
  policyDocument?: Maybe<PolicyDocument>;
  /** 政策文件,按发布日期从新到旧 */
  policyDocuments: PolicyDocumentConnection;
  /** 按 id 查进展报告 */
  progressReport?: Maybe<ProgressReport>;
  /** 公示名单(无需登录;不含身份证号和联系方式) */
  publicList?: Maybe<PublicList>;
  /** 名额使用情况 */
  quotaOverview: Array<QuotaUse>;
  /** 待本单位审核(或已审核)的进展报告,新的在前 */
  reportsToReview: ProgressReportConnection;
  /** 按 id 查评审 */
  review?: Maybe<Review>;
  /** 各评审专家的评分进度 */
  reviewProgress: Array<EvaluatorProgress>;
  /** 评分表:各推荐的专家分数、综合得分和名次,按排名(仅活动办公室) */
  reviewScoreSheet: ScoreSheetEntryConnection;
  /** 考核评审,最近的年度在前 */
  reviews: ReviewConnection;
  /** 督导总览:按任务领域和主要任务的红绿灯 */
  supervisionOverview: SupervisionOverview;
  /** 预警:有风险和已逾期的任务分工,逾期的在前 */
  supervisionWarnings: AssignmentConnection;
  /** 按 id 查任务 */
  task?: Maybe<Task>;
  /** 方案的主要任务,按方案顺序;不指定文件时为现行有效的方案 */
  tasks: TaskConnection;
  /** tasks 的操作记录,最新的在前 */
  tasksAudit?: Maybe<AuditActConnection>;
  /** 单位任务落实绩效排名 */
  unitPerformanceRanking: UnitPerformanceConnection;
  /** 按责任单位汇总,问题多的在前 */
  unitRollups: StatusRollupConnection;
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryActorsArgs = {
  usernames: Array<Scalars['String']['input']>;
};


export type QueryAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssignmentBoardArgs = {
  reviewId: Scalars['ID']['input'];
};


export type QueryAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<TaskArea>;
  documentId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAuditLogArgs = {
  actorAccountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryCalendarDaysArgs = {
  year: Scalars['Int']['input'];
};


export type QueryCalendarYearsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryCommendationCertificatesArgs = {
  reviewId: Scalars['ID']['input'];
};


export type QueryCommendationDecisionArgs = {
  reviewId: Scalars['ID']['input'];
};


export type QueryEvaluationAuditArgs = {
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  actorAccountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryEvaluationJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvaluationJobFileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvidenceFileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExportNominationSummaryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<TypicalCategory>;
  cycleId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  nominatorId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<NominationStatus>;
};


export type QueryExportOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<OrganizationKind>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrganizationStatus>;
  within?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExportPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  employerId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  within?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExportReviewListArgs = {
  reviewId: Scalars['ID']['input'];
};


export type QueryExportSupervisionReportArgs = {
  documentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryHonoursArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyAssignmentsArgs = {
  reviewId: Scalars['ID']['input'];
};


export type QueryMyNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryNominationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNominationAttachmentFileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNominationCycleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNominationCyclesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryNominationFormArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNominationFreezeImpactArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryNominationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<TypicalCategory>;
  cycleId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  nominatorId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<NominationStatus>;
};


export type QueryNominationsAuditArgs = {
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  actorAccountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<OrganizationKind>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrganizationStatus>;
  within?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOrganizationsAuditArgs = {
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  actorAccountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryOrganizationsJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsJobFileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerClientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryPartnerUsageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clientId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  employerId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  within?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPlanDraftArgs = {
  documentId: Scalars['ID']['input'];
};


export type QueryPolicyDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPolicyDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  validity?: InputMaybe<DocumentValidity>;
};


export type QueryProgressReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublicListArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQuotaOverviewArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryReportsToReviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<ReportStatus>;
};


export type QueryReviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewProgressArgs = {
  reviewId: Scalars['ID']['input'];
};


export type QueryReviewScoreSheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  reviewId: Scalars['ID']['input'];
};


export type QueryReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QuerySupervisionOverviewArgs = {
  documentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySupervisionWarningsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  documentId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<TaskArea>;
  documentId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryTasksAuditArgs = {
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  actorAccountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryUnitPerformanceRankingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryUnitRollupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  documentId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};

/** 设定某单位某类别的名额 */
export type QuotaInput = {
  category: TypicalCategory;
  cycleId: Scalars['ID']['input'];
  /** 推荐单位 */
  organizationId: Scalars['ID']['input'];
  quota: Scalars['Int']['input'];
};

/** 名额使用情况 */
export type QuotaUse = {
  __typename?: 'QuotaUse';
  category: TypicalCategory;
  /** 推荐单位 */
  nominator: Organization;
  nominatorOrganizationId: Scalars['ID']['output'];
  /** 名额 */
  quota: Scalars['Int']['output'];
  /** 已用 */
  used: Scalars['Int']['output'];
};

export type RegistryFacts = {
  __typename?: 'RegistryFacts';
  persons: Array<PersonFacts>;
  units: Array<UnitFacts>;
};

/** 进展报告周期 */
export type ReportPeriod =
  /** 每月 */
  | 'MONTHLY'
  /** 每季度 */
  | 'QUARTERLY';

/** 进展报告状态 */
export type ReportStatus =
  /** 已采纳 */
  | 'ACCEPTED'
  /** 已退回 */
  | 'RETURNED'
  /** 待审核 */
  | 'SUBMITTED';

/** 修改被退回的报告并重新提交 */
export type ResubmitReportInput = {
  declaresComplete?: Scalars['Boolean']['input'];
  /** 新增的佐证材料(原有的保留) */
  evidenceIds?: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  summary: Scalars['String']['input'];
  values?: Array<IndicatorValueInput>;
  /** 读取时的版本号 */
  version: Scalars['Int']['input'];
};

/** 评审结果 */
export type ResultOutcome =
  /** 已表彰 */
  | 'COMMENDED'
  /** 未入围 */
  | 'NOT_SHORTLISTED'
  /** 待评审 */
  | 'PENDING'
  /** 入围 */
  | 'SHORTLISTED';

/** 考核评审 */
export type Review = {
  __typename?: 'Review';
  /** 审批记录 */
  approvals: Array<Approval>;
  /** 各类别入围上限,如 {"EMPLOYER": 5};未列出的类别不设上限 */
  categoryCaps: Scalars['JSONObject']['output'];
  /** 联合表彰单位(默认区人社局和区人口计生委) */
  commendingAgencyIds: Array<Scalars['ID']['output']>;
  /** 评分细则 */
  criteria: Array<Criterion>;
  /** 评选年度 id */
  cycleId: Scalars['ID']['output'];
  /** 表彰决定日期(确定表彰名单之日) */
  decidedOn?: Maybe<Scalars['String']['output']>;
  /** 表彰决定文号 */
  decisionNumber?: Maybe<Scalars['String']['output']>;
  /** 每个推荐至少分配的评审专家人数 */
  evaluatorsPerNomination: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 公示期异议 */
  objections: Array<Objection>;
  /** 公示结束日期(含) */
  publicityEnds?: Maybe<Scalars['String']['output']>;
  /** 公示已在线下张贴、补录开始日期的理由 */
  publicityPaperReason?: Maybe<Scalars['String']['output']>;
  /** 开始公示(登记)的时间 */
  publicityStartedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 开始公示的账号 */
  publicityStartedBy?: Maybe<Scalars['String']['output']>;
  /** 公示开始日期 */
  publicityStarts?: Maybe<Scalars['String']['output']>;
  /** 公示期(工作日) */
  publicityWorkingDays: Scalars['Int']['output'];
  /** 评审结果,按排名;公示开始前仅活动办公室和表彰审批单位可查阅,之后其他账号只见公示(或表彰)名单 */
  results: NominationResultConnection;
  /** 计分规则;开始评分后冻结 */
  rules: ReviewRules;
  /** 规则冻结时间(开始评分) */
  rulesFrozenAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 规则版本:评分细则、汇总方式、同分规则、名额每改一次加一,开始评分后冻结 */
  rulesVersion: Scalars['Int']['output'];
  /** 联合表彰名额(前 N 名) */
  shortlistSize: Scalars['Int']['output'];
  /** 入围名单版本;名单有任何变动都会增加,已有审批随之作废 */
  shortlistVersion: Scalars['Int']['output'];
  /** 状态 */
  status: ReviewStatus;
  /** 评审名称 */
  title: Scalars['String']['output'];
  /** 年度 */
  year: Scalars['Int']['output'];
};


/** 考核评审 */
export type ReviewResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** Review 分页列表 */
export type ReviewConnection = {
  __typename?: 'ReviewConnection';
  edges: Array<ReviewEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<Review>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type ReviewEdge = {
  __typename?: 'ReviewEdge';
  cursor: Scalars['String']['output'];
  node: Review;
};

/** 计分规则 */
export type ReviewRules = {
  __typename?: 'ReviewRules';
  method: AggregationMethod;
  /** 按专家做标准化,消除打分松紧差异 */
  normalizePerEvaluator: Scalars['Boolean']['output'];
  /** 依次使用的同分比较规则 */
  tieBreakers: Array<TieBreaker>;
  /** 去掉最高最低分所需的最少评分份数 */
  trimMinScores: Scalars['Int']['output'];
};

export type ReviewRulesInput = {
  method: AggregationMethod;
  /** 按专家做标准化,消除打分松紧差异 */
  normalizePerEvaluator: Scalars['Boolean']['input'];
  /** 依次使用的同分比较规则 */
  tieBreakers: Array<TieBreakerInput>;
  /** 去掉最高最低分所需的最少评分份数 */
  trimMinScores: Scalars['Int']['input'];
};

/** 评审状态 */
export type ReviewStatus =
  /** 已审批 */
  | 'APPROVED'
  /** 筹备中 */
  | 'DRAFT'
  /** 已表彰 */
  | 'FINAL'
  /** 公示中 */
  | 'PUBLICITY'
  /** 已排名 */
  | 'RANKED'
  /** 评分中 */
  | 'SCORING';

/** 账号角色 */
export type Role =
  /** 表彰审批人 */
  | 'APPROVER'
  /** 评审专家 */
  | 'EVALUATOR'
  /** 合作部门(只读) */
  | 'PARTNER_READONLY'
  /** 活动办公室管理员 */
  | 'PROGRAM_ADMIN'
  /** 单位经办人 */
  | 'UNIT_OPERATOR';

/** 评分 */
export type Score = {
  __typename?: 'Score';
  /** 评语 */
  comment?: Maybe<Scalars['String']['output']>;
  criterionId: Scalars['ID']['output'];
  evaluatorAccountId: Scalars['ID']['output'];
  nominationId: Scalars['ID']['output'];
  /** 提交时间;提交后锁定 */
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  value: Scalars['Float']['output'];
};

/** 一项评分 */
export type ScoreInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  criterionId: Scalars['ID']['input'];
  value: Scalars['Float']['input'];
};

/** 评分表中的一项评分细则 */
export type ScoreSheetCriterion = {
  __typename?: 'ScoreSheetCriterion';
  id: Scalars['ID']['output'];
  /** 满分 */
  maxScore: Scalars['Float']['output'];
  /** 名称 */
  name: Scalars['String']['output'];
  /** 权重 */
  weight: Scalars['Float']['output'];
};

/** 评分表:一个推荐的各专家分数、综合得分和名次(仅活动办公室) */
export type ScoreSheetEntry = {
  __typename?: 'ScoreSheetEntry';
  /** 综合得分 */
  aggregateScore?: Maybe<Scalars['Float']['output']>;
  category: TypicalCategory;
  /** 适用于该推荐类别的评分细则 */
  criteria: Array<ScoreSheetCriterion>;
  /** 计入排名的评审专家打分 */
  evaluators: Array<ScoreSheetEvaluator>;
  nomination: Nomination;
  nominationId: Scalars['ID']['output'];
  /** 推荐单位 */
  nominator: Scalars['String']['output'];
  /** 被推荐对象 */
  nominee: Scalars['String']['output'];
  outcome: ResultOutcome;
  /** 总排名 */
  rank?: Maybe<Scalars['Int']['output']>;
  /** 并列且比较规则无法区分 */
  tied: Scalars['Boolean']['output'];
};

/** ScoreSheetEntry 分页列表 */
export type ScoreSheetEntryConnection = {
  __typename?: 'ScoreSheetEntryConnection';
  edges: Array<ScoreSheetEntryEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<ScoreSheetEntry>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type ScoreSheetEntryEdge = {
  __typename?: 'ScoreSheetEntryEdge';
  cursor: Scalars['String']['output'];
  node: ScoreSheetEntry;
};

/** 评分表中一位评审专家的打分 */
export type ScoreSheetEvaluator = {
  __typename?: 'ScoreSheetEvaluator';
  accountId: Scalars['ID']['output'];
  /** 评语 */
  comment?: Maybe<Scalars['String']['output']>;
  /** 汇总时作为最高分或最低分被去掉 */
  dropped: Scalars['Boolean']['output'];
  /** 各项细则的分数,顺序同 criteria */
  marks: Array<ScoreSheetMark>;
  /** 专家姓名 */
  name: Scalars['String']['output'];
  /** 标准化后的合计(按专家标准化时) */
  normalized?: Maybe<Scalars['Float']['output']>;
  /** 加权合计(百分制) */
  total?: Maybe<Scalars['Float']['output']>;
  /** 专家所在单位 */
  unit?: Maybe<Scalars['String']['output']>;
};

/** 一位专家对一项细则的打分 */
export type ScoreSheetMark = {
  __typename?: 'ScoreSheetMark';
  criterionId: Scalars['ID']['output'];
  /** 分数;未打分为空 */
  value?: Maybe<Scalars['Float']['output']>;
};

/** 督导汇总(红绿灯) */
export type StatusRollup = {
  __typename?: 'StatusRollup';
  area?: Maybe<TaskArea>;
  /** 有风险 */
  atRisk: Scalars['Int']['output'];
  /** 已完成 */
  done: Scalars['Int']['output'];
  /** 分组键 */
  key: Scalars['String']['output'];
  /** 分组名称 */
  label: Scalars['String']['output'];
  light: TrafficLight;
  /** 正常推进 */
  onTrack: Scalars['Int']['output'];
  /** 单位(按单位或乡镇汇总时) */
  organization?: Maybe<Organization>;
  /** 已逾期 */
  overdue: Scalars['Int']['output'];
  /** 主要任务 */
  taskId?: Maybe<Scalars['ID']['output']>;
  /** 分工数 */
  total: Scalars['Int']['output'];
};

/** StatusRollup 分页列表 */
export type StatusRollupConnection = {
  __typename?: 'StatusRollupConnection';
  edges: Array<StatusRollupEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<StatusRollup>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type StatusRollupEdge = {
  __typename?: 'StatusRollupEdge';
  cursor: Scalars['String']['output'];
  node: StatusRollup;
};

/** 报告一期进展 */
export type SubmitReportInput = {
  /** 任务分工 */
  assignmentId: Scalars['ID']['input'];
  /** 任务已全部完成 */
  declaresComplete?: Scalars['Boolean']['input'];
  /** 已上传的佐证材料 */
  evidenceIds?: Array<Scalars['ID']['input']>;
  /** 报告期,如 2026-11(月)或 2026-Q4(季度) */
  period: Scalars['String']['input'];
  /** 工作进展 */
  summary: Scalars['String']['input'];
  values?: Array<IndicatorValueInput>;
};

/** 督导总览 */
export type SupervisionOverview = {
  __typename?: 'SupervisionOverview';
  /** 计算所依据的日期 */
  asOf: Scalars['LocalDate']['output'];
  /** 按任务领域 */
  byArea: Array<StatusRollup>;
  /** 按主要任务(含各级分解的子任务) */
  byTask: Array<StatusRollup>;
  /** 按乡镇(街道)汇总,含其辖区内各单位;单位名录服务不可用时为空 */
  byTownship?: Maybe<Array<StatusRollup>>;
  /** 所属文件;为空时为全部现行文件 */
  documentId?: Maybe<Scalars['ID']['output']>;
  totals: StatusRollup;
};

/** 任务(主要任务或本级方案中的子任务) */
export type Task = {
  __typename?: 'Task';
  /** 任务领域 */
  area: TaskArea;
  /** 责任单位 */
  assignments: AssignmentConnection;
  /** 分解出的子任务(本级方案) */
  children: Array<Task>;
  /** 序号,如 一、二 */
  code: Scalars['String']['output'];
  /** 完成期限 */
  deadline?: Maybe<Scalars['LocalDate']['output']>;
  /** 所属文件 */
  document: PolicyDocument;
  id: Scalars['ID']['output'];
  /** 指标 */
  indicators: Array<Indicator>;
  /** 制定本级方案的单位;主要任务为空 */
  ownerOrganization?: Maybe<Organization>;
  /** 上级任务 */
  parent?: Maybe<Task>;
  /** 上级任务;主要任务为空 */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** 进展报告周期 */
  reportPeriod: ReportPeriod;
  /** 工作要求 */
  requirement: Scalars['String']['output'];
  /** 任务名称 */
  title: Scalars['String']['output'];
  /** 版本号,修改时回传以防覆盖他人的修改 */
  version: Scalars['Int']['output'];
};


/** 任务(主要任务或本级方案中的子任务) */
export type TaskAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** 任务领域(八个方面) */
export type TaskArea =
  /** 社区示范化创建 */
  | 'COMMUNITY'
  /** 公共文化体育 */
  | 'CULTURE_SPORTS'
  /** 基本公共教育 */
  | 'EDUCATION'
  /** 就业保障 */
  | 'EMPLOYMENT'
  /** 计划生育服务管理 */
  | 'FAMILY_PLANNING'
  /** 基本医疗卫生 */
  | 'HEALTH'
  /** 基本生活保障 */
  | 'LIVELIHOOD'
  /** 社会保障 */
  | 'SOCIAL_SECURITY';

/** Task 分页列表 */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  edges: Array<TaskEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<Task>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

/** 操作记录 */
export type TaskEvent = {
  __typename?: 'TaskEvent';
  /** 操作 */
  action: Scalars['String']['output'];
  /** 操作账号 */
  actorUsername?: Maybe<Scalars['String']['output']>;
  /** 详情 */
  detail: Scalars['JSONObject']['output'];
  id: Scalars['ID']['output'];
  /** 时间 */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** 对象 id */
  subjectId: Scalars['ID']['output'];
  /** 对象类型 */
  subjectType: Scalars['String']['output'];
};

/** 同分比较规则 */
export type TieBreaker = {
  __typename?: 'TieBreaker';
  /** kind 为 CRITERION 时的评分细则 id */
  criterionId?: Maybe<Scalars['String']['output']>;
  kind: TieBreakerKind;
};

export type TieBreakerInput = {
  /** kind 为 CRITERION 时的评分细则 id */
  criterionId?: InputMaybe<Scalars['String']['input']>;
  kind: TieBreakerKind;
};

/** 同分时的比较规则 */
export type TieBreakerKind =
  /** 某一评分细则得分高者在前 */
  | 'CRITERION'
  /** 单个专家最高分高者在前 */
  | 'HIGHEST_SINGLE_TOTAL'
  /** 推荐单位排序靠前者在前 */
  | 'NOMINATOR_ORDER';

/** 红绿灯 */
export type TrafficLight =
  /** 绿灯 */
  | 'GREEN'
  /** 红灯 */
  | 'RED'
  /** 黄灯 */
  | 'YELLOW';

/** 十类典型 */
export type TypicalCategory =
  /** 社区(都市村庄) */
  | 'COMMUNITY'
  /** 区直机关 */
  | 'DISTRICT_AGENCY'
  /** 用工单位 */
  | 'EMPLOYER'
  /** 市(商)场 */
  | 'MARKET'
  /** 优秀外来务工人员 */
  | 'MIGRANT_WORKER'
  /** 服务管理机构 */
  | 'SERVICE_AGENCY'
  /** 社团组织 */
  | 'SOCIAL_ORGANIZATION'
  /** 街道办事处 */
  | 'SUBDISTRICT'
  /** 乡镇 */
  | 'TOWNSHIP'
  /** 培训教育机构 */
  | 'TRAINING_INSTITUTION';

/** 单位的辖区事实(供其他子图在写入时核对) */
export type UnitFacts = {
  __typename?: 'UnitFacts';
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  /** 从区到本单位的各级单位 id(含本单位) */
  lineage: Array<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  status: OrganizationStatus;
};

/** 单位的任务落实绩效 */
export type UnitPerformance = {
  __typename?: 'UnitPerformance';
  /** 承担的分工数 */
  assignments: Scalars['Int']['output'];
  /** 已完成 */
  done: Scalars['Int']['output'];
  /** 指标完成度(%) */
  indicatorAttainment: Scalars['Float']['output'];
  organization: Organization;
  /** 已逾期 */
  overdue: Scalars['Int']['output'];
  /** 名次 */
  rank: Scalars['Int']['output'];
  /** 得分(满分 100):指标完成 60%,按时 40% */
  score: Scalars['Float']['output'];
  /** 按时率(%):未逾期且按期报告 */
  timeliness: Scalars['Float']['output'];
};

/** UnitPerformance 分页列表 */
export type UnitPerformanceConnection = {
  __typename?: 'UnitPerformanceConnection';
  edges: Array<UnitPerformanceEdge>;
  /** 本页的条目(edges 中 node 的简写) */
  nodes: Array<UnitPerformance>;
  pageInfo: PageInfo;
  /** 符合条件的总条数 */
  totalCount: Scalars['Int']['output'];
};

export type UnitPerformanceEdge = {
  __typename?: 'UnitPerformanceEdge';
  cursor: Scalars['String']['output'];
  node: UnitPerformance;
};

/** 单位的任务落实绩效(供评审子图作为佐证) */
export type UnitPerformanceFacts = {
  __typename?: 'UnitPerformanceFacts';
  assignments: Scalars['Int']['output'];
  indicatorAttainment: Scalars['Float']['output'];
  organizationId: Scalars['ID']['output'];
  rank: Scalars['Int']['output'];
  /** 参与排名的单位数 */
  rankedUnits: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
  timeliness: Scalars['Float']['output'];
};

/** 修改账号 */
export type UpdateAccountInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  roles?: InputMaybe<Array<Role>>;
  /** 停用后现有登录随即失效 */
  status?: InputMaybe<AccountStatus>;
  /** 读取时的版本号 */
  version: Scalars['Int']['input'];
};

/** 修改评选年度设置 */
export type UpdateCycleInput = {
  closesAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  defaultQuota?: InputMaybe<Scalars['Int']['input']>;
  honourLookbackYears?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  nominatorKinds?: InputMaybe<Array<OrganizationKind>>;
  openCategories?: InputMaybe<Array<TypicalCategory>>;
  opensAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  version: Scalars['Int']['input'];
};

/** 修改推荐(仅草稿或退回的) */
export type UpdateNominationInput = {
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  deeds?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** 读取时的版本号 */
  version: Scalars['Int']['input'];
};

/** 修改单位信息;只改给出的字段 */
export type UpdateOrganizationInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  contactPerson?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  creditCode?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<OrganizationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** 读取时的版本号;其间被他人修改则拒绝 */
  version: Scalars['Int']['input'];
};

/** 修改合作部门接入的限额 */
export type UpdatePartnerLimitsInput = {
  /** 每日请求配额 */
  dailyQuota?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** 每分钟请求上限 */
  ratePerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** 读取时的版本号 */
  version: Scalars['Int']['input'];
};

/** 修改外来务工人员信息;表单只见脱敏的身份证号和手机号,不填则不变 */
export type UpdatePersonInput = {
  /** 来本区时间 */
  arrivalDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 居住社区 */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** 就业单位 */
  employerId?: InputMaybe<Scalars['ID']['input']>;
  /** 性别 */
  gender: Gender;
  /** 户籍城市 */
  homeCity?: InputMaybe<Scalars['String']['input']>;
  /** 户籍省份 */
  homeProvince?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** 身份证号;不填则不变 */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** 姓名 */
  name: Scalars['String']['input'];
  /** 手机号;不填则不变,空字符串为清除 */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 职业技能 */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 接受培训 */
  trainings?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 读取时的版本号 */
  version: Scalars['Int']['input'];
};

/** 修改任务的期限和报告周期 */
export type UpdateTaskScheduleInput = {
  /** 完成期限 */
  deadline?: InputMaybe<Scalars['LocalDate']['input']>;
  id: Scalars['ID']['input'];
  /** 进展报告周期 */
  reportPeriod: ReportPeriod;
  /** 读取时的版本号 */
  version: Scalars['Int']['input'];
};

export type AccountsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccountsQuery = { __typename?: 'Query', accounts: { __typename?: 'AccountConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Account', id: string, username: string, displayName: string, roles: Array<Role>, status: AccountStatus, version: number, lockedUntil?: string | null, mustChangePassword: boolean, organization: { __typename?: 'Organization', id: string, name: string } }> } };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { __typename?: 'Mutation', createAccount: { __typename?: 'Account', id: string } };

export type UpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type UpdateAccountMutation = { __typename?: 'Mutation', updateAccount: { __typename?: 'Account', id: string, version: number, roles: Array<Role>, status: AccountStatus } };

export type ResetPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename?: 'Account', id: string } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string } };

export type AuditActsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['ID']['input']>;
  actions?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type AuditActsQuery = { __typename?: 'Query', organizationsAudit?: { __typename?: 'AuditActConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename?: 'AuditAct', id: string, service: string, occurredAt: string, action: string, subjectType: string, subjectId: string, detail: Record<string, unknown>, actor?: { __typename?: 'AuditActor', id: string, displayName: string, unit?: { __typename?: 'Organization', id: string, name: string } | null } | null }> } | null, tasksAudit?: { __typename?: 'AuditActConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename?: 'AuditAct', id: string, service: string, occurredAt: string, action: string, subjectType: string, subjectId: string, detail: Record<string, unknown>, actor?: { __typename?: 'AuditActor', id: string, displayName: string, unit?: { __typename?: 'Organization', id: string, name: string } | null } | null }> } | null, nominationsAudit?: { __typename?: 'AuditActConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename?: 'AuditAct', id: string, service: string, occurredAt: string, action: string, subjectType: string, subjectId: string, detail: Record<string, unknown>, actor?: { __typename?: 'AuditActor', id: string, displayName: string, unit?: { __typename?: 'Organization', id: string, name: string } | null } | null }> } | null, evaluationAudit?: { __typename?: 'AuditActConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename?: 'AuditAct', id: string, service: string, occurredAt: string, action: string, subjectType: string, subjectId: string, detail: Record<string, unknown>, actor?: { __typename?: 'AuditActor', id: string, displayName: string, unit?: { __typename?: 'Organization', id: string, name: string } | null } | null }> } | null };

export type AuditActPageFragment = { __typename?: 'AuditActConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename?: 'AuditAct', id: string, service: string, occurredAt: string, action: string, subjectType: string, subjectId: string, detail: Record<string, unknown>, actor?: { __typename?: 'AuditActor', id: string, displayName: string, unit?: { __typename?: 'Organization', id: string, name: string } | null } | null }> };

export type AuditActorsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditActorsQuery = { __typename?: 'Query', accounts: { __typename?: 'AccountConnection', nodes: Array<{ __typename?: 'Account', id: string, displayName: string, organization: { __typename?: 'Organization', id: string, name: string } }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Account', id: string, username: string, displayName: string, roles: Array<Role>, mustChangePassword: boolean, organization: { __typename?: 'Organization', id: string, name: string } } | null };

export type ChangePasswordMutationVariables = Exact<{
  oldPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'Account', id: string } };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string } };

export type FollowJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  organizations: Scalars['Boolean']['input'];
}>;


export type FollowJobQuery = { __typename?: 'Query', evaluationJob?: { __typename?: 'Job', id: string, kind: string, state: JobState, progress: number, message?: string | null, result?: Record<string, unknown> | null, error?: { __typename?: 'JobError', code: string, message: string } | null, files: Array<{ __typename?: 'JobFile', id: string, fileName: string, mimeType: string, size: number }> }, organizationsJob?: { __typename?: 'Job', id: string, kind: string, state: JobState, progress: number, message?: string | null, result?: Record<string, unknown> | null, error?: { __typename?: 'JobError', code: string, message: string } | null, files: Array<{ __typename?: 'JobFile', id: string, fileName: string, mimeType: string, size: number }> } };

export type ActorsQueryVariables = Exact<{
  usernames: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type ActorsQuery = { __typename?: 'Query', actors: Array<{ __typename?: 'Actor', username: string, displayName: string, organizationName: string }> };

export type ReviewApprovalsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewApprovalsQuery = { __typename?: 'Query', review?: { __typename?: 'Review', id: string, status: ReviewStatus, shortlistVersion: number, approvals: Array<{ __typename?: 'Approval', id: string, approverUsername: string, decision: ApprovalDecision, reason?: string | null, shortlistVersion: number, approvedAt: string, voidedAt?: string | null }> } | null };

export type ApproveShortlistMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type ApproveShortlistMutation = { __typename?: 'Mutation', approveShortlist: { __typename?: 'Review', id: string, status: ReviewStatus } };

export type DeclineShortlistMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type DeclineShortlistMutation = { __typename?: 'Mutation', declineShortlist: { __typename?: 'Review', id: string, status: ReviewStatus } };

export type ReviewableCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewableCyclesQuery = { __typename?: 'Query', nominationCycles: { __typename?: 'NominationCycleConnection', nodes: Array<{ __typename?: 'NominationCycle', id: string, year: number, status: NominationCycleStatus, frozenAt?: string | null }> }, reviews: { __typename?: 'ReviewConnection', nodes: Array<{ __typename?: 'Review', id: string, cycleId: string }> } };

export type CreateReviewMutationVariables = Exact<{
  input: CreateReviewInput;
}>;


export type CreateReviewMutation = { __typename?: 'Mutation', createReview: { __typename?: 'Review', id: string, title: string } };

export type CalendarYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarYearsQuery = { __typename?: 'Query', calendarYears: { __typename?: 'CalendarYearConnection', nodes: Array<{ __typename?: 'CalendarYear', year: number, documentNumber: string, title: string, issuedOn: string, source: string, importedAt: string, importedBy: string }> } };

export type CalendarDaysQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type CalendarDaysQuery = { __typename?: 'Query', calendarDays: Array<{ __typename?: 'CalendarDay', day: string, kind: string, note?: string | null }> };

export type SetCalendarDaysMutationVariables = Exact<{
  days: Array<CalendarDayInput> | CalendarDayInput;
}>;


export type SetCalendarDaysMutation = { __typename?: 'Mutation', setCalendarDays: number };

export type RemoveCalendarDaysMutationVariables = Exact<{
  days: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type RemoveCalendarDaysMutation = { __typename?: 'Mutation', removeCalendarDays: number };

export type ImportHolidayCalendarMutationVariables = Exact<{
  input: CalendarYearInput;
}>;


export type ImportHolidayCalendarMutation = { __typename?: 'Mutation', importHolidayCalendar: { __typename?: 'CalendarYear', year: number } };

export type PublicListQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PublicListQuery = { __typename?: 'Query', publicList?: { __typename?: 'PublicList', year: number, title: string, final: boolean, publicityStarts?: string | null, publicityEnds?: string | null, issuingAgencies: Array<string>, decisionNumber?: string | null, decidedOn?: string | null, entries: Array<{ __typename?: 'PublicEntry', name: string, category: TypicalCategory, nominator: string }> } | null };

export type PublicityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublicityQuery = { __typename?: 'Query', review?: { __typename?: 'Review', id: string, status: ReviewStatus, publicityStarts?: string | null, publicityEnds?: string | null, publicityPaperReason?: string | null, publicityStartedBy?: string | null, decisionNumber?: string | null, decidedOn?: string | null, results: { __typename?: 'NominationResultConnection', nodes: Array<{ __typename?: 'NominationResult', id: string, outcome: ResultOutcome, nomination: { __typename?: 'Nomination', id: string, nominee:
            | { __typename: 'Organization', name: string }
            | { __typename: 'Person', name: string }
           } }> }, objections: Array<{ __typename?: 'Objection', id: string, nominationId: string, objectorName: string, objectorContact: string, content: string, status: ObjectionStatus, answer?: string | null, receivedAt: string }> } | null };

export type StartPublicityMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  startDate?: InputMaybe<Scalars['String']['input']>;
  paperReason?: InputMaybe<Scalars['String']['input']>;
}>;


export type StartPublicityMutation = { __typename?: 'Mutation', startPublicity: { __typename?: 'Review', id: string } };

export type RaiseObjectionMutationVariables = Exact<{
  input: ObjectionInput;
}>;


export type RaiseObjectionMutation = { __typename?: 'Mutation', raiseObjection: { __typename?: 'Objection', id: string } };

export type AnswerObjectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  upheld: Scalars['Boolean']['input'];
  answer: Scalars['String']['input'];
}>;


export type AnswerObjectionMutation = { __typename?: 'Mutation', answerObjection: { __typename?: 'Objection', id: string } };

export type FinalizeCommendationMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
}>;


export type FinalizeCommendationMutation = { __typename?: 'Mutation', finalizeCommendation: { __typename?: 'Review', id: string } };

export type ReviewResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewResultsQuery = { __typename?: 'Query', review?: { __typename?: 'Review', id: string, title: string, status: ReviewStatus, shortlistSize: number, shortlistVersion: number, publicityStarts?: string | null, publicityEnds?: string | null, approvals: Array<{ __typename?: 'Approval', approverUsername: string, shortlistVersion: number, approvedAt: string, voidedAt?: string | null }>, results: { __typename?: 'NominationResultConnection', nodes: Array<{ __typename?: 'NominationResult', id: string, rank?: number | null, aggregateScore?: number | null, outcome: ResultOutcome, tied: boolean, removedReason?: string | null, nomination: { __typename?: 'Nomination', id: string, category: TypicalCategory, nominator: { __typename?: 'Organization', name: string }, nominee:
            | { __typename: 'Organization', name: string }
            | { __typename: 'Person', name: string }
           } }> } } | null };

export type ExportReviewListQueryVariables = Exact<{
  reviewId: Scalars['ID']['input'];
}>;


export type ExportReviewListQuery = { __typename?: 'Query', exportReviewList: { __typename?: 'ExportFile', fileName: string, mimeType: string, contentBase64: string } };

export type CommendationDecisionQueryVariables = Exact<{
  reviewId: Scalars['ID']['input'];
}>;


export type CommendationDecisionQuery = { __typename?: 'Query', commendationDecision: { __typename?: 'ExportFile', fileName: string, mimeType: string, contentBase64: string } };

export type CommendationCertificatesQueryVariables = Exact<{
  reviewId: Scalars['ID']['input'];
}>;


export type CommendationCertificatesQuery = { __typename?: 'Query', commendationCertificates: Array<{ __typename?: 'ExportFile', fileName: string, mimeType: string, contentBase64: string }> };

export type ChangeShortlistMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  nominationId: Scalars['ID']['input'];
  include: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
}>;


export type ChangeShortlistMutation = { __typename?: 'Mutation', changeShortlist: { __typename?: 'Review', id: string } };

export type ComputeRankingMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
}>;


export type ComputeRankingMutation = { __typename?: 'Mutation', computeRanking: { __typename?: 'Job', id: string } };

export type GenerateCommendationDocumentsMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
}>;


export type GenerateCommendationDocumentsMutation = { __typename?: 'Mutation', generateCommendationDocuments: { __typename?: 'Job', id: string } };

export type DistrictAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictAgenciesQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', nodes: Array<{ __typename?: 'Organization', id: string, name: string }> } };

export type ReviewSetupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewSetupQuery = { __typename?: 'Query', review?: { __typename?: 'Review', id: string, title: string, status: ReviewStatus, rulesFrozenAt?: string | null, evaluatorsPerNomination: number, shortlistSize: number, categoryCaps: Record<string, unknown>, rulesVersion: number, commendingAgencyIds: Array<string>, rules: { __typename?: 'ReviewRules', method: AggregationMethod, trimMinScores: number, normalizePerEvaluator: boolean, tieBreakers: Array<{ __typename?: 'TieBreaker', kind: TieBreakerKind, criterionId?: string | null }> }, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, weight: number, maxScore: number, taskArea?: TaskArea | null, categories: Array<TypicalCategory> }> } | null, reviewProgress: Array<{ __typename?: 'EvaluatorProgress', evaluatorAccountId: string, username: string, assigned: number, recused: number, submitted: number }> };

export type AssignmentBoardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssignmentBoardQuery = { __typename?: 'Query', assignmentBoard: Array<{ __typename?: 'BoardRow', nominationId: string, category: TypicalCategory, conflicted: Array<string>, assigned: Array<{ __typename?: 'EvaluatorAssignment', evaluatorAccountId: string, evaluatorUsername: string, recusedAt?: string | null, recusalReason?: string | null, scores: Array<{ __typename?: 'Score', submittedAt?: string | null }> }>, nomination: { __typename?: 'Nomination', id: string, nominee:
        | { __typename: 'Organization', name: string }
        | { __typename: 'Person', name: string }
       } }> };

export type EvaluatorAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluatorAccountsQuery = { __typename?: 'Query', accounts: { __typename?: 'AccountConnection', nodes: Array<{ __typename?: 'Account', id: string, username: string, displayName: string, roles: Array<Role>, status: AccountStatus }> } };

export type AssignOneMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  nominationId: Scalars['ID']['input'];
  evaluatorAccountId: Scalars['ID']['input'];
}>;


export type AssignOneMutation = { __typename?: 'Mutation', assignEvaluator: { __typename?: 'EvaluatorAssignment', nominationId: string } };

export type UnassignEvaluatorMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  nominationId: Scalars['ID']['input'];
  evaluatorAccountId: Scalars['ID']['input'];
}>;


export type UnassignEvaluatorMutation = { __typename?: 'Mutation', unassignEvaluator: boolean };

export type ReopenScoresMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  nominationId: Scalars['ID']['input'];
  evaluatorAccountId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReopenScoresMutation = { __typename?: 'Mutation', reopenScores: boolean };

export type SetCapsMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  caps: Scalars['JSONObject']['input'];
}>;


export type SetCapsMutation = { __typename?: 'Mutation', setCategoryCaps: { __typename?: 'Review', id: string } };

export type SetCriteriaMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  criteria: Array<CriterionInput> | CriterionInput;
}>;


export type SetCriteriaMutation = { __typename?: 'Mutation', setReviewCriteria: Array<{ __typename?: 'Criterion', id: string }> };

export type SetRulesMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  rules: ReviewRulesInput;
}>;


export type SetRulesMutation = { __typename?: 'Mutation', setReviewRules: { __typename?: 'Review', id: string } };

export type SetCommendingAgenciesMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  agencyIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SetCommendingAgenciesMutation = { __typename?: 'Mutation', setCommendingAgencies: { __typename?: 'Review', id: string } };

export type StartScoringMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
}>;


export type StartScoringMutation = { __typename?: 'Mutation', startReviewScoring: { __typename?: 'Review', id: string } };

export type AssignEvaluatorsMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
}>;


export type AssignEvaluatorsMutation = { __typename?: 'Mutation', assignEvaluators: Array<{ __typename?: 'EvaluatorAssignment', nominationId: string }> };

export type ScoreSheetQueryVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ScoreSheetQuery = { __typename?: 'Query', reviewScoreSheet: { __typename?: 'ScoreSheetEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'ScoreSheetEntry', nominationId: string, nominee: string, nominator: string, category: TypicalCategory, rank?: number | null, aggregateScore?: number | null, tied: boolean, outcome: ResultOutcome, criteria: Array<{ __typename?: 'ScoreSheetCriterion', id: string, name: string, weight: number, maxScore: number }>, evaluators: Array<{ __typename?: 'ScoreSheetEvaluator', accountId: string, name: string, unit?: string | null, total?: number | null, normalized?: number | null, dropped: boolean, comment?: string | null, marks: Array<{ __typename?: 'ScoreSheetMark', criterionId: string, value?: number | null }> }> }> } };

export type ExportScoreSheetMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
}>;


export type ExportScoreSheetMutation = { __typename?: 'Mutation', exportScoreSheet: { __typename?: 'Job', id: string } };

export type MyAssignmentsQueryVariables = Exact<{
  reviewId: Scalars['ID']['input'];
}>;


export type MyAssignmentsQuery = { __typename?: 'Query', review?: { __typename?: 'Review', id: string, status: ReviewStatus, criteria: Array<{ __typename?: 'Criterion', id: string, name: string, weight: number, maxScore: number, categories: Array<TypicalCategory> }> } | null, unitPerformanceRanking: { __typename?: 'UnitPerformanceConnection', totalCount: number }, myAssignments: Array<{ __typename?: 'EvaluatorAssignment', nominationId: string, recusedAt?: string | null, scores: Array<{ __typename?: 'Score', criterionId: string, value: number, comment?: string | null, submittedAt?: string | null }>, nomination: { __typename?: 'Nomination', id: string, category: TypicalCategory, deeds: string, nominator: { __typename?: 'Organization', name: string }, nominee:
        | { __typename: 'Organization', name: string, taskPerformance?: { __typename?: 'UnitPerformance', score: number, rank: number, indicatorAttainment: number, timeliness: number, assignments: number } | null }
        | { __typename: 'Person', name: string }
       } }> };

export type RecuseMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  nominationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RecuseMutation = { __typename?: 'Mutation', recuseFromNomination: { __typename?: 'EvaluatorAssignment', nominationId: string } };

export type SaveScoresMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  nominationId: Scalars['ID']['input'];
  scores: Array<ScoreInput> | ScoreInput;
  submit: Scalars['Boolean']['input'];
}>;


export type SaveScoresMutation = { __typename?: 'Mutation', saveScores: Array<{ __typename?: 'Score', criterionId: string, submittedAt?: string | null }> };

export type ReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewsQuery = { __typename?: 'Query', reviews: { __typename?: 'ReviewConnection', nodes: Array<{ __typename?: 'Review', id: string, year: number, title: string, status: ReviewStatus, shortlistVersion: number, shortlistSize: number }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type NominationAttachmentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NominationAttachmentsQuery = { __typename?: 'Query', nomination?: { __typename?: 'Nomination', id: string, attachments: Array<{ __typename?: 'NominationAttachment', id: string, fileName: string, mimeType: string, size: number, uploadedAt: string }> } | null };

export type NominationAttachmentFileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NominationAttachmentFileQuery = { __typename?: 'Query', nominationAttachmentFile: { __typename?: 'ExportFile', fileName: string, mimeType: string, contentBase64: string } };

export type AddAttachmentMutationVariables = Exact<{
  nominationId: Scalars['ID']['input'];
  fileName: Scalars['String']['input'];
  mimeType: Scalars['String']['input'];
  contentBase64: Scalars['String']['input'];
}>;


export type AddAttachmentMutation = { __typename?: 'Mutation', addNominationAttachment: { __typename?: 'NominationAttachment', id: string } };

export type RemoveAttachmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveAttachmentMutation = { __typename?: 'Mutation', removeNominationAttachment: { __typename?: 'NominationAttachment', id: string } };

export type CreateCycleMutationVariables = Exact<{
  input: CreateCycleInput;
}>;


export type CreateCycleMutation = { __typename?: 'Mutation', createNominationCycle: { __typename?: 'NominationCycle', id: string } };

export type UpdateCycleMutationVariables = Exact<{
  input: UpdateCycleInput;
}>;


export type UpdateCycleMutation = { __typename?: 'Mutation', updateNominationCycle: { __typename?: 'NominationCycle', id: string } };

export type AdvanceCycleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  to: NominationCycleStatus;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdvanceCycleMutation = { __typename?: 'Mutation', advanceNominationCycle: { __typename?: 'NominationCycle', id: string, status: NominationCycleStatus } };

export type FreezeImpactQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type FreezeImpactQuery = { __typename?: 'Query', nominationFreezeImpact: { __typename?: 'FreezeImpact', submitted: number, returned: number, beforeWindowEnds: boolean } };

export type HonoursQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type HonoursQuery = { __typename?: 'Query', honours: { __typename?: 'HonourConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Honour', id: string, year: number, category: TypicalCategory, title: string, nominee:
        | { __typename: 'Organization', name: string }
        | { __typename: 'Person', name: string }
       }> } };

export type RecordHonourMutationVariables = Exact<{
  input: HonourInput;
}>;


export type RecordHonourMutation = { __typename?: 'Mutation', recordHonour: { __typename?: 'Honour', id: string, year: number, title: string } };

export type SetQuotaMutationVariables = Exact<{
  input: QuotaInput;
}>;


export type SetQuotaMutation = { __typename?: 'Mutation', setNominationQuota: { __typename?: 'NominationQuota', quota: number } };

export type GrantExtensionMutationVariables = Exact<{
  input: ExtensionInput;
}>;


export type GrantExtensionMutation = { __typename?: 'Mutation', grantNominationExtension: { __typename?: 'NominationExtension', id: string } };

export type NominationDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NominationDetailQuery = { __typename?: 'Query', nomination?: { __typename?: 'Nomination', id: string, category: TypicalCategory, status: NominationStatus, statusReason?: string | null, deeds: string, contactName?: string | null, contactPhone?: string | null, flags: Array<string>, position: number, submittedAt?: string | null, version: number, cycle: { __typename?: 'NominationCycle', year: number }, nominator: { __typename?: 'Organization', name: string }, nominee:
      | { __typename: 'Organization', name: string }
      | { __typename: 'Person', name: string, idNumber: string }
    , history: Array<{ __typename?: 'NominationEvent', toStatus: NominationStatus, fromStatus?: NominationStatus | null, actorUsername?: string | null, reason?: string | null, occurredAt: string }> } | null };

export type NominationFormPdfQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NominationFormPdfQuery = { __typename?: 'Query', nominationForm: { __typename?: 'ExportFile', fileName: string, mimeType: string, contentBase64: string } };

export type UpdateNominationMutationVariables = Exact<{
  input: UpdateNominationInput;
}>;


export type UpdateNominationMutation = { __typename?: 'Mutation', updateNomination: { __typename?: 'Nomination', id: string, version: number, deeds: string, contactName?: string | null, contactPhone?: string | null } };

export type NominatorKindQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NominatorKindQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, kind: OrganizationKind } | null };

export type CreateNominationMutationVariables = Exact<{
  input: CreateNominationInput;
}>;


export type CreateNominationMutation = { __typename?: 'Mutation', createNomination: { __typename?: 'Nomination', id: string, version: number } };

export type SubmitNewNominationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type SubmitNewNominationMutation = { __typename?: 'Mutation', submitNomination: { __typename?: 'Nomination', id: string, status: NominationStatus } };

export type NominationListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  cycleId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<TypicalCategory>;
  status?: InputMaybe<NominationStatus>;
  nominatorId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type NominationListQuery = { __typename?: 'Query', nominations: { __typename?: 'NominationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Nomination', id: string, category: TypicalCategory, status: NominationStatus, statusReason?: string | null, position: number, flags: Array<string>, version: number, submittedAt?: string | null, nominator: { __typename?: 'Organization', id: string, name: string }, nominee:
        | { __typename: 'Organization', name: string }
        | { __typename: 'Person', name: string }
       }> } };

export type ExportSummaryQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  category?: InputMaybe<TypicalCategory>;
  status?: InputMaybe<NominationStatus>;
  nominatorId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ExportSummaryQuery = { __typename?: 'Query', exportNominationSummary: { __typename?: 'ExportFile', fileName: string, mimeType: string, contentBase64: string } };

export type SubmitNominationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type SubmitNominationMutation = { __typename?: 'Mutation', submitNomination: { __typename?: 'Nomination', id: string, status: NominationStatus } };

export type WithdrawNominationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type WithdrawNominationMutation = { __typename?: 'Mutation', withdrawNomination: { __typename?: 'Nomination', id: string, status: NominationStatus } };

export type AcceptNominationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type AcceptNominationMutation = { __typename?: 'Mutation', acceptNomination: { __typename?: 'Nomination', id: string, status: NominationStatus } };

export type NominationGroupQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  category: TypicalCategory;
  nominatorId: Scalars['ID']['input'];
}>;


export type NominationGroupQuery = { __typename?: 'Query', nominations: { __typename?: 'NominationConnection', nodes: Array<{ __typename?: 'Nomination', id: string, position: number, status: NominationStatus }> } };

export type ReorderMutationVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  nominatorId: Scalars['ID']['input'];
  category: TypicalCategory;
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ReorderMutation = { __typename?: 'Mutation', reorderNominations: Array<{ __typename?: 'Nomination', id: string, position: number }> };

export type ReturnNominationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReturnNominationMutation = { __typename?: 'Mutation', returnNomination: { __typename?: 'Nomination', id: string, status: NominationStatus } };

export type DisqualifyNominationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type DisqualifyNominationMutation = { __typename?: 'Mutation', disqualifyNomination: { __typename?: 'Nomination', id: string, status: NominationStatus } };

export type NomineeUnitsQueryVariables = Exact<{
  kind?: InputMaybe<OrganizationKind>;
  within?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type NomineeUnitsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', nodes: Array<{ __typename?: 'Organization', id: string, name: string, parent?: { __typename?: 'Organization', name: string } | null }> } };

export type NomineePersonsQueryVariables = Exact<{
  within?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type NomineePersonsQuery = { __typename?: 'Query', persons: { __typename?: 'PersonConnection', nodes: Array<{ __typename?: 'Person', id: string, name: string, idNumber: string, community?: { __typename?: 'Organization', name: string } | null }> } };

export type QuotaOverviewQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type QuotaOverviewQuery = { __typename?: 'Query', quotaOverview: Array<{ __typename?: 'QuotaUse', category: TypicalCategory, used: number, quota: number, nominator: { __typename?: 'Organization', id: string, name: string } }> };

export type NominationCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type NominationCyclesQuery = { __typename?: 'Query', nominationCycles: { __typename?: 'NominationCycleConnection', nodes: Array<{ __typename?: 'NominationCycle', id: string, year: number, status: NominationCycleStatus, opensAt: string, closesAt: string, openCategories: Array<TypicalCategory>, nominatorKinds: Array<OrganizationKind>, defaultQuota: number, honourLookbackYears: number, frozenAt?: string | null, freezeReason?: string | null, frozenByUsername?: string | null, version: number, extensions: Array<{ __typename?: 'NominationExtension', id: string, organizationId: string, until: string, reason: string }> }> } };

export type JurisdictionRootsQueryVariables = Exact<{ [key: string]: never; }>;


export type JurisdictionRootsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', nodes: Array<{ __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, status: OrganizationStatus, counts: { __typename?: 'OrganizationCounts', children: number, persons: number } }> } };

export type JurisdictionOwnUnitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JurisdictionOwnUnitQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, status: OrganizationStatus, counts: { __typename?: 'OrganizationCounts', children: number, persons: number } } | null };

export type JurisdictionChildrenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type JurisdictionChildrenQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, children: { __typename?: 'OrganizationConnection', totalCount: number, nodes: Array<{ __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, status: OrganizationStatus, counts: { __typename?: 'OrganizationCounts', children: number, persons: number } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type TreeUnitFragment = { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, status: OrganizationStatus, counts: { __typename?: 'OrganizationCounts', children: number, persons: number } };

export type MovingUnitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MovingUnitQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, status: OrganizationStatus, version: number, parent?: { __typename?: 'Organization', id: string, name: string } | null, counts: { __typename?: 'OrganizationCounts', activeDescendants: number, persons: number } } | null };

export type NewParentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NewParentQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, ancestors: Array<{ __typename?: 'Organization', id: string }> } | null };

export type MoveOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  parentId: Scalars['ID']['input'];
}>;


export type MoveOrganizationMutation = { __typename?: 'Mutation', moveOrganization: { __typename?: 'Organization', id: string, version: number, parent?: { __typename?: 'Organization', id: string, name: string } | null } };

export type UnitPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnitPageQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, shortName?: string | null, kind: OrganizationKind, status: OrganizationStatus, creditCode?: string | null, address?: string | null, contactPerson?: string | null, contactPhone?: string | null, version: number, counts: { __typename?: 'OrganizationCounts', children: number, activeDescendants: number, persons: number }, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }>, children: { __typename?: 'OrganizationConnection', totalCount: number, nodes: Array<{ __typename?: 'Organization', id: string, name: string, kind: OrganizationKind }> }, moveHistory: Array<{ __typename?: 'OrganizationMove', movedAt: string, from?: { __typename?: 'Organization', name: string } | null, to?: { __typename?: 'Organization', name: string } | null }>, nominationsReceived?: { __typename?: 'NominationConnection', nodes: Array<{ __typename?: 'Nomination', id: string, category: TypicalCategory, status: NominationStatus, cycle: { __typename?: 'NominationCycle', year: number }, nominator: { __typename?: 'Organization', name: string }, result?: { __typename?: 'NominationResult', rank?: number | null, aggregateScore?: number | null, outcome: ResultOutcome } | null }> } | null, nominationsMade?: { __typename?: 'NominationConnection', nodes: Array<{ __typename?: 'Nomination', id: string, category: TypicalCategory, status: NominationStatus, cycle: { __typename?: 'NominationCycle', year: number }, nominee:
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Person', name: string }
         }> } | null } | null };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string, name: string } };

export type UpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', id: string, name: string, shortName?: string | null, kind: OrganizationKind, creditCode?: string | null, address?: string | null, contactPerson?: string | null, contactPhone?: string | null, version: number } };

export type DissolveOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type DissolveOrganizationMutation = { __typename?: 'Mutation', dissolveOrganization: { __typename?: 'Organization', id: string, status: OrganizationStatus, version: number } };

export type DissolveImpactQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DissolveImpactQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, counts: { __typename?: 'OrganizationCounts', activeDescendants: number, persons: number }, assignments?: { __typename?: 'AssignmentConnection', totalCount: number } | null } | null };

export type OrganizationPickerQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrganizationStatus>;
}>;


export type OrganizationPickerQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', nodes: Array<{ __typename?: 'Organization', id: string, name: string, parent?: { __typename?: 'Organization', name: string } | null }> } };

export type OrganizationPickedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationPickedQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string } | null };

export type ExportOrganizationsQueryVariables = Exact<{
  kind?: InputMaybe<OrganizationKind>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExportOrganizationsQuery = { __typename?: 'Query', exportOrganizations: { __typename?: 'ExportFile', fileName: string, mimeType: string, contentBase64: string } };

export type OrganizationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Organization', id: string, name: string, shortName?: string | null, kind: OrganizationKind, status: OrganizationStatus, creditCode?: string | null, parent?: { __typename?: 'Organization', id: string, name: string } | null }> } };

export type OrganizationAssignmentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  validity?: InputMaybe<DocumentValidity>;
}>;


export type OrganizationAssignmentsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, assignments?: { __typename?: 'AssignmentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Assignment', id: string, role: AssignmentRole, status: AssignmentStatus, deadline?: string | null, task: { __typename?: 'Task', code: string, title: string, area: TaskArea, document: { __typename?: 'PolicyDocument', documentNumber: string, validity: DocumentValidity } } }> } | null, taskPerformance?: { __typename?: 'UnitPerformance', rank: number, score: number } | null } | null };

export type PartnerClientsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnerClientsQuery = { __typename?: 'Query', partnerClients: { __typename?: 'PartnerClientConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'PartnerClient', id: string, name: string, keyPrefix: string, status: PartnerClientStatus, ratePerMinute: number, dailyQuota: number, keyIssuedAt: string, revokedAt?: string | null, callsToday: number, version: number, organization?: { __typename?: 'Organization', id: string, name: string } | null }> } };

export type IssuePartnerClientMutationVariables = Exact<{
  input: IssuePartnerClientInput;
}>;


export type IssuePartnerClientMutation = { __typename?: 'Mutation', issuePartnerClient: { __typename?: 'IssuedPartnerKey', apiKey: string, client: { __typename?: 'PartnerClient', id: string, name: string } } };

export type RotatePartnerKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type RotatePartnerKeyMutation = { __typename?: 'Mutation', rotatePartnerKey: { __typename?: 'IssuedPartnerKey', apiKey: string, client: { __typename?: 'PartnerClient', id: string, name: string } } };

export type RevokePartnerClientMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type RevokePartnerClientMutation = { __typename?: 'Mutation', revokePartnerClient: { __typename?: 'PartnerClient', id: string, status: PartnerClientStatus } };

export type PartnerOperationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnerOperationsQuery = { __typename?: 'Query', partnerClient?: { __typename?: 'PartnerClient', id: string, operations: { __typename?: 'PartnerOperationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'PartnerOperation', id: string, name: string, hash: string, document: string, createdAt: string }> } } | null };

export type PartnerUsageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnerUsageQuery = { __typename?: 'Query', partnerUsage: { __typename?: 'PartnerUsageConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'PartnerUsage', day: string, operationHash: string, operationName: string, count: number, errors: number, averageLatencyMs: number, latencyMsMax: number }> } };

export type RegisterPartnerOperationMutationVariables = Exact<{
  clientId: Scalars['ID']['input'];
  document: Scalars['String']['input'];
}>;


export type RegisterPartnerOperationMutation = { __typename?: 'Mutation', registerPartnerOperation: { __typename?: 'PartnerOperation', id: string, hash: string, name: string } };

export type RemovePartnerOperationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemovePartnerOperationMutation = { __typename?: 'Mutation', removePartnerOperation: boolean };

export type CreatePersonMutationVariables = Exact<{
  input: PersonInput;
}>;


export type CreatePersonMutation = { __typename?: 'Mutation', createPerson: { __typename?: 'Person', id: string } };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { __typename?: 'Mutation', updatePerson: { __typename?: 'Person', id: string, version: number } };

export type PersonsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PersonsQuery = { __typename?: 'Query', persons: { __typename?: 'PersonConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Person', id: string, version: number, name: string, gender: Gender, idNumber: string, phone?: string | null, homeProvince?: string | null, homeCity?: string | null, arrivalDate?: string | null, skills: Array<string>, trainings: Array<string>, employer?: { __typename?: 'Organization', id: string, name: string } | null, community?: { __typename?: 'Organization', id: string, name: string } | null }> } };

export type RequestPersonsExportMutationVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type RequestPersonsExportMutation = { __typename?: 'Mutation', requestPersonsExport: { __typename?: 'PersonsExport', file?: { __typename?: 'ExportFile', fileName: string, mimeType: string, contentBase64: string } | null, job?: { __typename?: 'Job', id: string } | null } };

export type DeletePersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type DeletePersonMutation = { __typename?: 'Mutation', deletePerson: { __typename?: 'Person', id: string } };

export type RevealPersonalDataMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevealPersonalDataMutation = { __typename?: 'Mutation', revealPersonalData: { __typename?: 'PersonalData', personId: string, idNumber: string, phone?: string | null } };

export type AssignmentDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssignmentDetailQuery = { __typename?: 'Query', assignment?: { __typename?: 'Assignment', id: string, role: AssignmentRole, status: AssignmentStatus, deadline?: string | null, organization: { __typename?: 'Organization', id: string, name: string }, task: { __typename?: 'Task', id: string, code: string, title: string, requirement: string, document: { __typename?: 'PolicyDocument', documentNumber: string } }, indicatorProgress: Array<{ __typename?: 'IndicatorProgress', value?: number | null, checkedItems: Array<string>, met: boolean, progress: number, falling: boolean, previousValue?: number | null, indicator: { __typename?: 'Indicator', id: string, name: string, kind: IndicatorKind, target?: number | null, unitOfMeasure: string, checklistItems: Array<string> } }>, reports: { __typename?: 'ProgressReportConnection', nodes: Array<{ __typename?: 'ProgressReport', id: string, period: string, status: ReportStatus, summary: string, declaresComplete: boolean, returnReason?: string | null, submittedAt: string, submittedBy: string, reviewedAt?: string | null, reviewedBy?: string | null, values: Array<{ __typename?: 'IndicatorValue', indicatorId: string, value?: number | null, checkedItems: Array<string> }>, evidence: Array<{ __typename?: 'EvidenceFile', id: string, fileName: string, size: number }> }> } } | null };

export type SupervisionOverviewQueryVariables = Exact<{
  documentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SupervisionOverviewQuery = { __typename?: 'Query', supervisionOverview: { __typename?: 'SupervisionOverview', asOf: string, documentId?: string | null, totals: { __typename?: 'StatusRollup', key: string, label: string, area?: TaskArea | null, taskId?: string | null, light: TrafficLight, total: number, onTrack: number, atRisk: number, overdue: number, done: number }, byArea: Array<{ __typename?: 'StatusRollup', key: string, label: string, area?: TaskArea | null, taskId?: string | null, light: TrafficLight, total: number, onTrack: number, atRisk: number, overdue: number, done: number }>, byTask: Array<{ __typename?: 'StatusRollup', key: string, label: string, area?: TaskArea | null, taskId?: string | null, light: TrafficLight, total: number, onTrack: number, atRisk: number, overdue: number, done: number }>, byTownship?: Array<{ __typename?: 'StatusRollup', key: string, label: string, area?: TaskArea | null, taskId?: string | null, light: TrafficLight, total: number, onTrack: number, atRisk: number, overdue: number, done: number, organization?: { __typename?: 'Organization', id: string, name: string } | null }> | null } };

export type StatusRollupFieldsFragment = { __typename?: 'StatusRollup', key: string, label: string, area?: TaskArea | null, taskId?: string | null, light: TrafficLight, total: number, onTrack: number, atRisk: number, overdue: number, done: number };

export type UnitRollupsQueryVariables = Exact<{
  documentId?: InputMaybe<Scalars['ID']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnitRollupsQuery = { __typename?: 'Query', unitRollups: { __typename?: 'StatusRollupConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'StatusRollup', key: string, label: string, area?: TaskArea | null, taskId?: string | null, light: TrafficLight, total: number, onTrack: number, atRisk: number, overdue: number, done: number, organization?: { __typename?: 'Organization', id: string, name: string } | null }> } };

export type SupervisionWarningsQueryVariables = Exact<{
  documentId?: InputMaybe<Scalars['ID']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SupervisionWarningsQuery = { __typename?: 'Query', supervisionWarnings: { __typename?: 'AssignmentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Assignment', id: string, status: AssignmentStatus, deadline?: string | null, role: AssignmentRole, organization: { __typename?: 'Organization', id: string, name: string }, task: { __typename?: 'Task', id: string, code: string, title: string, area: TaskArea }, latestReport?: { __typename?: 'ProgressReport', period: string, status: ReportStatus } | null }> } };

export type UnitPerformanceRankingQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnitPerformanceRankingQuery = { __typename?: 'Query', unitPerformanceRanking: { __typename?: 'UnitPerformanceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'UnitPerformance', rank: number, score: number, indicatorAttainment: number, timeliness: number, assignments: number, done: number, overdue: number, organization: { __typename?: 'Organization', id: string, name: string } }> } };

export type ExportSupervisionReportQueryVariables = Exact<{
  documentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ExportSupervisionReportQuery = { __typename?: 'Query', exportSupervisionReport: { __typename?: 'ExportFile', fileName: string, mimeType: string, contentBase64: string } };

export type UnitAssignmentsQueryVariables = Exact<{
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnitAssignmentsQuery = { __typename?: 'Query', assignments: { __typename?: 'AssignmentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Assignment', id: string, role: AssignmentRole, status: AssignmentStatus, deadline?: string | null, version: number, organization: { __typename?: 'Organization', id: string, name: string }, task: { __typename?: 'Task', id: string, code: string, title: string, area: TaskArea, reportPeriod: ReportPeriod, deadline?: string | null, document: { __typename?: 'PolicyDocument', id: string, documentNumber: string, validity: DocumentValidity }, indicators: Array<{ __typename?: 'Indicator', id: string, name: string, kind: IndicatorKind, target?: number | null, unitOfMeasure: string, checklistItems: Array<string> }> }, latestReport?: { __typename?: 'ProgressReport', id: string, period: string, status: ReportStatus, version: number, summary: string, declaresComplete: boolean, returnReason?: string | null, values: Array<{ __typename?: 'IndicatorValue', indicatorId: string, value?: number | null, checkedItems: Array<string> }>, evidence: Array<{ __typename?: 'EvidenceFile', id: string, fileName: string }> } | null }> } };

export type MyNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNoticesQuery = { __typename?: 'Query', myNotices: { __typename?: 'NoticeConnection', totalCount: number, nodes: Array<{ __typename?: 'Notice', id: string, kind: NoticeKind, message: string, dueOn?: string | null, assignmentId: string }> } };

export type PlanDraftQueryVariables = Exact<{
  documentId: Scalars['ID']['input'];
}>;


export type PlanDraftQuery = { __typename?: 'Query', planDraft: { __typename?: 'PlanDraft', existingTasks: number, unresolvedUnits: Array<string>, tasks: Array<{ __typename?: 'PlanDraftTask', code: string, title: string, area?: TaskArea | null, responsibleUnits: Array<string>, units: Array<{ __typename?: 'PlanDraftUnit', listedAs: string, name?: string | null }> }> } };

export type CreatePlanTasksMutationVariables = Exact<{
  documentId: Scalars['ID']['input'];
  areas?: InputMaybe<Array<PlanAreaInput> | PlanAreaInput>;
}>;


export type CreatePlanTasksMutation = { __typename?: 'Mutation', createPlanTasks: Array<{ __typename?: 'Task', id: string, code: string }> };

export type CreatePolicyDocumentMutationVariables = Exact<{
  input: CreatePolicyDocumentInput;
}>;


export type CreatePolicyDocumentMutation = { __typename?: 'Mutation', createPolicyDocument: { __typename?: 'PolicyDocument', id: string, documentNumber: string } };

export type PolicyDocumentDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PolicyDocumentDetailQuery = { __typename?: 'Query', policyDocument?: { __typename?: 'PolicyDocument', id: string, title: string, indexNumber: string, issuer: string, subject: string, writtenOn: string, publishedOn: string, genre: string, documentNumber: string, validity: DocumentValidity, version: number, fullText: string, basis: Array<{ __typename?: 'DocumentBasis', documentNumber: string, title: string }> } | null, tasks: { __typename?: 'TaskConnection', nodes: Array<{ __typename?: 'Task', id: string, code: string, title: string, area: TaskArea, deadline?: string | null }> } };

export type SetPolicyDocumentValidityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  validity: DocumentValidity;
  version: Scalars['Int']['input'];
}>;


export type SetPolicyDocumentValidityMutation = { __typename?: 'Mutation', setPolicyDocumentValidity: { __typename?: 'PolicyDocument', id: string, validity: DocumentValidity, version: number } };

export type UploadEvidenceMutationVariables = Exact<{
  input: EvidenceUploadInput;
}>;


export type UploadEvidenceMutation = { __typename?: 'Mutation', uploadEvidence: { __typename?: 'EvidenceFile', id: string, fileName: string, size: number } };

export type SubmitProgressReportMutationVariables = Exact<{
  input: SubmitReportInput;
}>;


export type SubmitProgressReportMutation = { __typename?: 'Mutation', submitProgressReport: { __typename?: 'ProgressReport', id: string, status: ReportStatus, period: string, version: number } };

export type ResubmitProgressReportMutationVariables = Exact<{
  input: ResubmitReportInput;
}>;


export type ResubmitProgressReportMutation = { __typename?: 'Mutation', resubmitProgressReport: { __typename?: 'ProgressReport', id: string, status: ReportStatus, period: string, version: number } };

export type ReportsToReviewQueryVariables = Exact<{
  status?: InputMaybe<ReportStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportsToReviewQuery = { __typename?: 'Query', reportsToReview: { __typename?: 'ProgressReportConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'ProgressReport', id: string, period: string, status: ReportStatus, summary: string, declaresComplete: boolean, returnReason?: string | null, submittedAt: string, submittedBy: string, version: number, values: Array<{ __typename?: 'IndicatorValue', indicatorId: string, value?: number | null, checkedItems: Array<string> }>, evidence: Array<{ __typename?: 'EvidenceFile', id: string, fileName: string, size: number }>, assignment: { __typename?: 'Assignment', id: string, organization: { __typename?: 'Organization', id: string, name: string }, task: { __typename?: 'Task', id: string, code: string, title: string, area: TaskArea, indicators: Array<{ __typename?: 'Indicator', id: string, name: string, kind: IndicatorKind, target?: number | null, unitOfMeasure: string }> } } }> } };

export type AcceptProgressReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type AcceptProgressReportMutation = { __typename?: 'Mutation', acceptProgressReport: { __typename?: 'ProgressReport', id: string, status: ReportStatus, version: number } };

export type ReturnProgressReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReturnProgressReportMutation = { __typename?: 'Mutation', returnProgressReport: { __typename?: 'ProgressReport', id: string, status: ReportStatus, version: number } };

export type CreateSubTaskMutationVariables = Exact<{
  input: CreateSubTaskInput;
}>;


export type CreateSubTaskMutation = { __typename?: 'Mutation', createSubTask: { __typename?: 'Task', id: string, code: string } };

export type CreateIndicatorMutationVariables = Exact<{
  input: CreateIndicatorInput;
}>;


export type CreateIndicatorMutation = { __typename?: 'Mutation', createIndicator: { __typename?: 'Indicator', id: string, name: string } };

export type AddAssigneeMutationVariables = Exact<{
  input: AddAssigneeInput;
}>;


export type AddAssigneeMutation = { __typename?: 'Mutation', addAssignee: { __typename?: 'Assignment', id: string, role: AssignmentRole } };

export type UpdateTaskScheduleMutationVariables = Exact<{
  input: UpdateTaskScheduleInput;
}>;


export type UpdateTaskScheduleMutation = { __typename?: 'Mutation', updateTaskSchedule: { __typename?: 'Task', id: string, deadline?: string | null, reportPeriod: ReportPeriod, version: number } };

export type TaskTreeQueryVariables = Exact<{
  documentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type TaskTreeQuery = { __typename?: 'Query', tasks: { __typename?: 'TaskConnection', nodes: Array<{ __typename?: 'Task', id: string, code: string, title: string, area: TaskArea, requirement: string, deadline?: string | null, reportPeriod: ReportPeriod, version: number, children: Array<{ __typename?: 'Task', id: string, code: string, title: string, area: TaskArea, requirement: string, deadline?: string | null, reportPeriod: ReportPeriod, version: number, children: Array<{ __typename?: 'Task', id: string, code: string, title: string, area: TaskArea, requirement: string, deadline?: string | null, reportPeriod: ReportPeriod, version: number, children: Array<{ __typename?: 'Task', id: string, code: string, title: string, area: TaskArea, requirement: string, deadline?: string | null, reportPeriod: ReportPeriod, version: number, ownerOrganization?: { __typename?: 'Organization', id: string, name: string } | null, document: { __typename?: 'PolicyDocument', id: string, validity: DocumentValidity }, indicators: Array<{ __typename?: 'Indicator', id: string, name: string, kind: IndicatorKind, target?: number | null, unitOfMeasure: string, checklistItems: Array<string>, deadline?: string | null }>, assignments: { __typename?: 'AssignmentConnection', totalCount: number, nodes: Array<{ __typename?: 'Assignment', id: string, role: AssignmentRole, status: AssignmentStatus, version: number, organization: { __typename?: 'Organization', id: string, name: string } }> } }>, ownerOrganization?: { __typename?: 'Organization', id: string, name: string } | null, document: { __typename?: 'PolicyDocument', id: string, validity: DocumentValidity }, indicators: Array<{ __typename?: 'Indicator', id: string, name: string, kind: IndicatorKind, target?: number | null, unitOfMeasure: string, checklistItems: Array<string>, deadline?: string | null }>, assignments: { __typename?: 'AssignmentConnection', totalCount: number, nodes: Array<{ __typename?: 'Assignment', id: string, role: AssignmentRole, status: AssignmentStatus, version: number, organization: { __typename?: 'Organization', id: string, name: string } }> } }>, ownerOrganization?: { __typename?: 'Organization', id: string, name: string } | null, document: { __typename?: 'PolicyDocument', id: string, validity: DocumentValidity }, indicators: Array<{ __typename?: 'Indicator', id: string, name: string, kind: IndicatorKind, target?: number | null, unitOfMeasure: string, checklistItems: Array<string>, deadline?: string | null }>, assignments: { __typename?: 'AssignmentConnection', totalCount: number, nodes: Array<{ __typename?: 'Assignment', id: string, role: AssignmentRole, status: AssignmentStatus, version: number, organization: { __typename?: 'Organization', id: string, name: string } }> } }>, ownerOrganization?: { __typename?: 'Organization', id: string, name: string } | null, document: { __typename?: 'PolicyDocument', id: string, validity: DocumentValidity }, indicators: Array<{ __typename?: 'Indicator', id: string, name: string, kind: IndicatorKind, target?: number | null, unitOfMeasure: string, checklistItems: Array<string>, deadline?: string | null }>, assignments: { __typename?: 'AssignmentConnection', totalCount: number, nodes: Array<{ __typename?: 'Assignment', id: string, role: AssignmentRole, status: AssignmentStatus, version: number, organization: { __typename?: 'Organization', id: string, name: string } }> } }> } };

export type TaskNodeFragment = { __typename?: 'Task', id: string, code: string, title: string, area: TaskArea, requirement: string, deadline?: string | null, reportPeriod: ReportPeriod, version: number, ownerOrganization?: { __typename?: 'Organization', id: string, name: string } | null, document: { __typename?: 'PolicyDocument', id: string, validity: DocumentValidity }, indicators: Array<{ __typename?: 'Indicator', id: string, name: string, kind: IndicatorKind, target?: number | null, unitOfMeasure: string, checklistItems: Array<string>, deadline?: string | null }>, assignments: { __typename?: 'AssignmentConnection', totalCount: number, nodes: Array<{ __typename?: 'Assignment', id: string, role: AssignmentRole, status: AssignmentStatus, version: number, organization: { __typename?: 'Organization', id: string, name: string } }> } };

export type DesignateLeadMutationVariables = Exact<{
  input: DesignateLeadInput;
}>;


export type DesignateLeadMutation = { __typename?: 'Mutation', designateLead: { __typename?: 'Assignment', id: string, role: AssignmentRole, version: number } };

export type JurisdictionUnitsQueryVariables = Exact<{
  within?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type JurisdictionUnitsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', nodes: Array<{ __typename?: 'Organization', id: string, name: string, parent?: { __typename?: 'Organization', id: string, name: string } | null }> } };

export type PolicyDocumentsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PolicyDocumentsQuery = { __typename?: 'Query', policyDocuments: { __typename?: 'PolicyDocumentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'PolicyDocument', id: string, title: string, indexNumber: string, issuer: string, subject: string, writtenOn: string, publishedOn: string, genre: string, documentNumber: string, validity: DocumentValidity, version: number, taskCount: number, basis: Array<{ __typename?: 'DocumentBasis', documentNumber: string, title: string }> }> } };

export type EvidenceFileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EvidenceFileQuery = { __typename?: 'Query', evidenceFile: { __typename?: 'ExportFile', fileName: string, mimeType: string, contentBase64: string } };

export type ImportOrganizationsMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type ImportOrganizationsMutation = { __typename?: 'Mutation', importOrganizations: { __typename?: 'ImportReport', totalRows: number, created: number, updated: number, unchanged: number, failed: number, applied: boolean, errors: Array<{ __typename?: 'ImportError', row: number, column: string, reason: string }> } };

export type ImportPersonsMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type ImportPersonsMutation = { __typename?: 'Mutation', importPersons: { __typename?: 'ImportReport', totalRows: number, created: number, updated: number, unchanged: number, failed: number, applied: boolean, errors: Array<{ __typename?: 'ImportError', row: number, column: string, reason: string }> } };

export const AuditActPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditActPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditActConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditActPageFragment, unknown>;
export const TreeUnitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreeUnit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}}]}}]} as unknown as DocumentNode<TreeUnitFragment, unknown>;
export const StatusRollupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusRollupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusRollup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]} as unknown as DocumentNode<StatusRollupFieldsFragment, unknown>;
export const TaskNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reportPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"checklistItems"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskNodeFragment, unknown>;
export const AccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountsQuery, AccountsQueryVariables>;
export const CreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const UpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateAccountMutation, UpdateAccountMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"temporaryPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const AuditActsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actions"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationsAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"actions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actions"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditActPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasksAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"actions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actions"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditActPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominationsAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"actions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actions"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditActPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluationAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"actions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actions"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditActPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditActPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditActConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditActsQuery, AuditActsQueryVariables>;
export const AuditActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditActorsQuery, AuditActorsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"oldPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"oldPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"oldPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const FollowJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizations"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizations"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationsJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizations"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]} as unknown as DocumentNode<FollowJobQuery, FollowJobQueryVariables>;
export const ActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Actors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usernames"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"usernames"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usernames"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]} as unknown as DocumentNode<ActorsQuery, ActorsQueryVariables>;
export const ReviewApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewApprovals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shortlistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approverUsername"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"shortlistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewApprovalsQuery, ReviewApprovalsQueryVariables>;
export const ApproveShortlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveShortlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveShortlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"shortlistVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveShortlistMutation, ApproveShortlistMutationVariables>;
export const DeclineShortlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineShortlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineShortlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"shortlistVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclineShortlistMutation, DeclineShortlistMutationVariables>;
export const ReviewableCyclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewableCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationCycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewableCyclesQuery, ReviewableCyclesQueryVariables>;
export const CreateReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateReviewMutation, CreateReviewMutationVariables>;
export const CalendarYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarYears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"importedBy"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarYearsQuery, CalendarYearsQueryVariables>;
export const CalendarDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CalendarDaysQuery, CalendarDaysQueryVariables>;
export const SetCalendarDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCalendarDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarDayInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCalendarDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}]}]}}]} as unknown as DocumentNode<SetCalendarDaysMutation, SetCalendarDaysMutationVariables>;
export const RemoveCalendarDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCalendarDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCalendarDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}]}]}}]} as unknown as DocumentNode<RemoveCalendarDaysMutation, RemoveCalendarDaysMutationVariables>;
export const ImportHolidayCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportHolidayCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importHolidayCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<ImportHolidayCalendarMutation, ImportHolidayCalendarMutationVariables>;
export const PublicListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStarts"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnds"}},{"kind":"Field","name":{"kind":"Name","value":"issuingAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"nominator"}}]}}]}}]}}]} as unknown as DocumentNode<PublicListQuery, PublicListQueryVariables>;
export const PublicityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Publicity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStarts"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnds"}},{"kind":"Field","name":{"kind":"Name","value":"publicityPaperReason"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStartedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"objectorName"}},{"kind":"Field","name":{"kind":"Name","value":"objectorContact"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PublicityQuery, PublicityQueryVariables>;
export const StartPublicityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPublicity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paperReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPublicity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"startDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"paperReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paperReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartPublicityMutation, StartPublicityMutationVariables>;
export const RaiseObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaiseObjectionMutation, RaiseObjectionMutationVariables>;
export const AnswerObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upheld"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"upheld"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upheld"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnswerObjectionMutation, AnswerObjectionMutationVariables>;
export const FinalizeCommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinalizeCommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizeCommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"decisionNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FinalizeCommendationMutation, FinalizeCommendationMutationVariables>;
export const ReviewResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shortlistSize"}},{"kind":"Field","name":{"kind":"Name","value":"shortlistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStarts"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnds"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverUsername"}},{"kind":"Field","name":{"kind":"Name","value":"shortlistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateScore"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"tied"}},{"kind":"Field","name":{"kind":"Name","value":"removedReason"}},{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"nominator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewResultsQuery, ReviewResultsQueryVariables>;
export const ExportReviewListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportReviewList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportReviewList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportReviewListQuery, ExportReviewListQueryVariables>;
export const CommendationDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommendationDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commendationDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<CommendationDecisionQuery, CommendationDecisionQueryVariables>;
export const CommendationCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommendationCertificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commendationCertificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<CommendationCertificatesQuery, CommendationCertificatesQueryVariables>;
export const ChangeShortlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeShortlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"include"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeShortlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"nominationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"include"},"value":{"kind":"Variable","name":{"kind":"Name","value":"include"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangeShortlistMutation, ChangeShortlistMutationVariables>;
export const ComputeRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComputeRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ComputeRankingMutation, ComputeRankingMutationVariables>;
export const GenerateCommendationDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateCommendationDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateCommendationDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GenerateCommendationDocumentsMutation, GenerateCommendationDocumentsMutationVariables>;
export const DistrictAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DISTRICT_AGENCY"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictAgenciesQuery, DistrictAgenciesQueryVariables>;
export const ReviewSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rulesFrozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatorsPerNomination"}},{"kind":"Field","name":{"kind":"Name","value":"shortlistSize"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCaps"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"commendingAgencyIds"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"trimMinScores"}},{"kind":"Field","name":{"kind":"Name","value":"normalizePerEvaluator"}},{"kind":"Field","name":{"kind":"Name","value":"tieBreakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"taskArea"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluatorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"recused"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}}]}}]}}]} as unknown as DocumentNode<ReviewSetupQuery, ReviewSetupQueryVariables>;
export const AssignmentBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"conflicted"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluatorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"recusedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentBoardQuery, AssignmentBoardQueryVariables>;
export const EvaluatorAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluatorAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluatorAccountsQuery, EvaluatorAccountsQueryVariables>;
export const AssignOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evaluatorAccountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignEvaluator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"nominationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"evaluatorAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evaluatorAccountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}}]}}]}}]} as unknown as DocumentNode<AssignOneMutation, AssignOneMutationVariables>;
export const UnassignEvaluatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnassignEvaluator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evaluatorAccountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignEvaluator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"nominationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"evaluatorAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evaluatorAccountId"}}}]}]}}]} as unknown as DocumentNode<UnassignEvaluatorMutation, UnassignEvaluatorMutationVariables>;
export const ReopenScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evaluatorAccountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"nominationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"evaluatorAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evaluatorAccountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<ReopenScoresMutation, ReopenScoresMutationVariables>;
export const SetCapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caps"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCategoryCaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"caps"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caps"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetCapsMutation, SetCapsMutationVariables>;
export const SetCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criteria"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReviewCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"criteria"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criteria"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetCriteriaMutation, SetCriteriaMutationVariables>;
export const SetRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rules"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReviewRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rules"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rules"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetRulesMutation, SetRulesMutationVariables>;
export const SetCommendingAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCommendingAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommendingAgencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetCommendingAgenciesMutation, SetCommendingAgenciesMutationVariables>;
export const StartScoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartScoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReviewScoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartScoringMutation, StartScoringMutationVariables>;
export const AssignEvaluatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignEvaluators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignEvaluators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}}]}}]}}]} as unknown as DocumentNode<AssignEvaluatorsMutation, AssignEvaluatorsMutationVariables>;
export const ScoreSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoreSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewScoreSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"nominee"}},{"kind":"Field","name":{"kind":"Name","value":"nominator"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateScore"}},{"kind":"Field","name":{"kind":"Name","value":"tied"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"marks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}},{"kind":"Field","name":{"kind":"Name","value":"dropped"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoreSheetQuery, ScoreSheetQueryVariables>;
export const ExportScoreSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportScoreSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportScoreSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ExportScoreSheetMutation, ExportScoreSheetMutationVariables>;
export const MyAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPerformanceRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}},{"kind":"Field","name":{"kind":"Name","value":"recusedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"deeds"}},{"kind":"Field","name":{"kind":"Name","value":"nominator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taskPerformance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAssignmentsQuery, MyAssignmentsQueryVariables>;
export const RecuseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Recuse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recuseFromNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"nominationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationId"}}]}}]}}]} as unknown as DocumentNode<RecuseMutation, RecuseMutationVariables>;
export const SaveScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"submit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"nominationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}},{"kind":"Argument","name":{"kind":"Name","value":"submit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"submit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SaveScoresMutation, SaveScoresMutationVariables>;
export const ReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shortlistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"shortlistSize"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewsQuery, ReviewsQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const NominationAttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominationAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]}}]}}]} as unknown as DocumentNode<NominationAttachmentsQuery, NominationAttachmentsQueryVariables>;
export const NominationAttachmentFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominationAttachmentFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationAttachmentFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<NominationAttachmentFileQuery, NominationAttachmentFileQueryVariables>;
export const AddAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mimeType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentBase64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNominationAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nominationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nominationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}},{"kind":"Argument","name":{"kind":"Name","value":"mimeType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mimeType"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentBase64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentBase64"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddAttachmentMutation, AddAttachmentMutationVariables>;
export const RemoveAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeNominationAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveAttachmentMutation, RemoveAttachmentMutationVariables>;
export const CreateCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNominationCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCycleMutation, CreateCycleMutationVariables>;
export const UpdateCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNominationCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateCycleMutation, UpdateCycleMutationVariables>;
export const AdvanceCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominationCycleStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceNominationCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdvanceCycleMutation, AdvanceCycleMutationVariables>;
export const FreezeImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FreezeImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationFreezeImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"beforeWindowEnds"}}]}}]}}]} as unknown as DocumentNode<FreezeImpactQuery, FreezeImpactQueryVariables>;
export const HonoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Honours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"honours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"nominee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HonoursQuery, HonoursQueryVariables>;
export const RecordHonourDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHonour"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HonourInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHonour"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RecordHonourMutation, RecordHonourMutationVariables>;
export const SetQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNominationQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quota"}}]}}]}}]} as unknown as DocumentNode<SetQuotaMutation, SetQuotaMutationVariables>;
export const GrantExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantNominationExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GrantExtensionMutation, GrantExtensionMutationVariables>;
export const NominationDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominationDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"deeds"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<NominationDetailQuery, NominationDetailQueryVariables>;
export const NominationFormPdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominationFormPdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<NominationFormPdfQuery, NominationFormPdfQueryVariables>;
export const UpdateNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deeds"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]} as unknown as DocumentNode<UpdateNominationMutation, UpdateNominationMutationVariables>;
export const NominatorKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominatorKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<NominatorKindQuery, NominatorKindQueryVariables>;
export const CreateNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateNominationMutation, CreateNominationMutationVariables>;
export const SubmitNewNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitNewNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitNewNominationMutation, SubmitNewNominationMutationVariables>;
export const NominationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TypicalCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NominationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nominatorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"nominatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nominatorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NominationListQuery, NominationListQueryVariables>;
export const ExportSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TypicalCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NominationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nominatorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportNominationSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"nominatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nominatorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportSummaryQuery, ExportSummaryQueryVariables>;
export const SubmitNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitNominationMutation, SubmitNominationMutationVariables>;
export const WithdrawNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawNominationMutation, WithdrawNominationMutationVariables>;
export const AcceptNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptNominationMutation, AcceptNominationMutationVariables>;
export const NominationGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominationGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TypicalCategory"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nominatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"nominatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nominatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<NominationGroupQuery, NominationGroupQueryVariables>;
export const ReorderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reorder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nominatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TypicalCategory"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"nominatorOrganizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nominatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderedIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReorderMutation, ReorderMutationVariables>;
export const ReturnNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReturnNominationMutation, ReturnNominationMutationVariables>;
export const DisqualifyNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisqualifyNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disqualifyNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DisqualifyNominationMutation, DisqualifyNominationMutationVariables>;
export const NomineeUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NomineeUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"within"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NomineeUnitsQuery, NomineeUnitsQueryVariables>;
export const NomineePersonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NomineePersons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"within"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NomineePersonsQuery, NomineePersonsQueryVariables>;
export const QuotaOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuotaOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"nominator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<QuotaOverviewQuery, QuotaOverviewQueryVariables>;
export const NominationCyclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominationCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationCycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"openCategories"}},{"kind":"Field","name":{"kind":"Name","value":"nominatorKinds"}},{"kind":"Field","name":{"kind":"Name","value":"defaultQuota"}},{"kind":"Field","name":{"kind":"Name","value":"honourLookbackYears"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"freezeReason"}},{"kind":"Field","name":{"kind":"Name","value":"frozenByUsername"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NominationCyclesQuery, NominationCyclesQueryVariables>;
export const JurisdictionRootsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurisdictionRoots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DISTRICT_GOVERNMENT"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeUnit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreeUnit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}}]}}]} as unknown as DocumentNode<JurisdictionRootsQuery, JurisdictionRootsQueryVariables>;
export const JurisdictionOwnUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurisdictionOwnUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeUnit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreeUnit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}}]}}]} as unknown as DocumentNode<JurisdictionOwnUnitQuery, JurisdictionOwnUnitQueryVariables>;
export const JurisdictionChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurisdictionChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreeUnit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}}]}}]} as unknown as DocumentNode<JurisdictionChildrenQuery, JurisdictionChildrenQueryVariables>;
export const MovingUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MovingUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeDescendants"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}}]}}]}}]} as unknown as DocumentNode<MovingUnitQuery, MovingUnitQueryVariables>;
export const NewParentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewParent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NewParentQuery, NewParentQueryVariables>;
export const MoveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MoveOrganizationMutation, MoveOrganizationMutationVariables>;
export const UnitPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"activeDescendants"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"moveHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movedAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominationsReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateScore"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominationsMade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitPageQuery, UnitPageQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const DissolveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DissolveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dissolveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DissolveOrganizationMutation, DissolveOrganizationMutationVariables>;
export const DissolveImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DissolveImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeDescendants"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"validity"},"value":{"kind":"EnumValue","value":"VALID"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<DissolveImpactQuery, DissolveImpactQueryVariables>;
export const OrganizationPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationPickerQuery, OrganizationPickerQueryVariables>;
export const OrganizationPickedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPicked"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganizationPickedQuery, OrganizationPickedQueryVariables>;
export const ExportOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportOrganizationsQuery, ExportOrganizationsQueryVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentValidity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"validity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskPerformance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationAssignmentsQuery, OrganizationAssignmentsQueryVariables>;
export const PartnerClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"dailyQuota"}},{"kind":"Field","name":{"kind":"Name","value":"keyIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"callsToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerClientsQuery, PartnerClientsQueryVariables>;
export const IssuePartnerClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssuePartnerClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssuePartnerClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuePartnerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IssuePartnerClientMutation, IssuePartnerClientMutationVariables>;
export const RotatePartnerKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotatePartnerKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotatePartnerKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RotatePartnerKeyMutation, RotatePartnerKeyMutationVariables>;
export const RevokePartnerClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokePartnerClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePartnerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevokePartnerClientMutation, RevokePartnerClientMutationVariables>;
export const PartnerOperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOperations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerOperationsQuery, PartnerOperationsQueryVariables>;
export const PartnerUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"operationHash"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"averageLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMsMax"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerUsageQuery, PartnerUsageQueryVariables>;
export const RegisterPartnerOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPartnerOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPartnerOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegisterPartnerOperationMutation, RegisterPartnerOperationMutationVariables>;
export const RemovePartnerOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePartnerOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePartnerOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemovePartnerOperationMutation, RemovePartnerOperationMutationVariables>;
export const CreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const PersonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Persons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"homeProvince"}},{"kind":"Field","name":{"kind":"Name","value":"homeCity"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"trainings"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonsQuery, PersonsQueryVariables>;
export const RequestPersonsExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPersonsExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPersonsExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPersonsExportMutation, RequestPersonsExportMutationVariables>;
export const DeletePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeletePersonMutation, DeletePersonMutationVariables>;
export const RevealPersonalDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealPersonalData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealPersonalData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<RevealPersonalDataMutation, RevealPersonalDataMutationVariables>;
export const AssignmentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"checkedItems"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"falling"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"checklistItems"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"declaresComplete"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"checkedItems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentDetailQuery, AssignmentDetailQueryVariables>;
export const SupervisionOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusRollupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusRollupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusRollupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusRollupFields"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusRollupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusRollup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]} as unknown as DocumentNode<SupervisionOverviewQuery, SupervisionOverviewQueryVariables>;
export const UnitRollupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitRollups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitRollups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusRollupFields"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusRollupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusRollup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]} as unknown as DocumentNode<UnitRollupsQuery, UnitRollupsQueryVariables>;
export const SupervisionWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionWarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionWarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionWarningsQuery, SupervisionWarningsQueryVariables>;
export const UnitPerformanceRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitPerformanceRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitPerformanceRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitPerformanceRankingQuery, UnitPerformanceRankingQueryVariables>;
export const ExportSupervisionReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportSupervisionReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportSupervisionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportSupervisionReportQuery, ExportSupervisionReportQueryVariables>;
export const UnitAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"reportPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"checklistItems"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"declaresComplete"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"checkedItems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitAssignmentsQuery, UnitAssignmentsQueryVariables>;
export const MyNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}}]}}]}}]}}]} as unknown as DocumentNode<MyNoticesQuery, MyNoticesQueryVariables>;
export const PlanDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"existingTasks"}},{"kind":"Field","name":{"kind":"Name","value":"unresolvedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnits"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listedAs"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanDraftQuery, PlanDraftQueryVariables>;
export const CreatePlanTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areas"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAreaInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlanTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"areas"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areas"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreatePlanTasksMutation, CreatePlanTasksMutationVariables>;
export const CreatePolicyDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePolicyDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePolicyDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicyDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}}]}}]} as unknown as DocumentNode<CreatePolicyDocumentMutation, CreatePolicyDocumentMutationVariables>;
export const PolicyDocumentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyDocumentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"indexNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"genre"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullText"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyDocumentDetailQuery, PolicyDocumentDetailQueryVariables>;
export const SetPolicyDocumentValidityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPolicyDocumentValidity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentValidity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPolicyDocumentValidity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"validity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validity"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetPolicyDocumentValidityMutation, SetPolicyDocumentValidityMutationVariables>;
export const UploadEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<UploadEvidenceMutation, UploadEvidenceMutationVariables>;
export const SubmitProgressReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitProgressReportMutation, SubmitProgressReportMutationVariables>;
export const ResubmitProgressReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubmitProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResubmitReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ResubmitProgressReportMutation, ResubmitProgressReportMutationVariables>;
export const ReportsToReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsToReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportsToReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"declaresComplete"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"checkedItems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsToReviewQuery, ReportsToReviewQueryVariables>;
export const AcceptProgressReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AcceptProgressReportMutation, AcceptProgressReportMutationVariables>;
export const ReturnProgressReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReturnProgressReportMutation, ReturnProgressReportMutationVariables>;
export const CreateSubTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSubTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSubTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSubTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateSubTaskMutation, CreateSubTaskMutationVariables>;
export const CreateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateIndicatorMutation, CreateIndicatorMutationVariables>;
export const AddAssigneeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAssignee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAssigneeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAssignee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AddAssigneeMutation, AddAssigneeMutationVariables>;
export const UpdateTaskScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTaskSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTaskSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reportPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateTaskScheduleMutation, UpdateTaskScheduleMutationVariables>;
export const TaskTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskNode"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reportPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"checklistItems"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskTreeQuery, TaskTreeQueryVariables>;
export const DesignateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DesignateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DesignateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DesignateLeadMutation, DesignateLeadMutationVariables>;
export const JurisdictionUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurisdictionUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"within"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JurisdictionUnitsQuery, JurisdictionUnitsQueryVariables>;
export const PolicyDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"indexNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"genre"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyDocumentsQuery, PolicyDocumentsQueryVariables>;
export const EvidenceFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<EvidenceFileQuery, EvidenceFileQueryVariables>;
export const ImportOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ImportOrganizationsMutation, ImportOrganizationsMutationVariables>;
export const ImportPersonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPersons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPersons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ImportPersonsMutation, ImportPersonsMutationVariables>;