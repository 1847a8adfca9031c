/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Accounts($first: Int!, $after: String, $search: String) {\n    accounts(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id username displayName roles status version lockedUntil mustChangePassword organization { id name } }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }\n": typeof types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { id version roles status } }\n": typeof types.UpdateAccountDocument,
    "\n  mutation ResetPassword($id: ID!, $password: String!) { resetPassword(accountId: $id, temporaryPassword: $password) { id } }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) { accessToken refreshToken expiresAt }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  query AuditActs($first: Int!, $after: String, $actor: ID, $actions: [String!], $subject: ID, $from: DateTimeISO, $to: DateTimeISO) {\n    organizationsAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n    tasksAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n    nominationsAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n    evaluationAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n  }\n  fragment AuditActPage on AuditActConnection {\n    totalCount\n    pageInfo { hasNextPage }\n    nodes { id service occurredAt action subjectType subjectId detail actor { id displayName unit { id name } } }\n  }\n": typeof types.AuditActsDocument,
    "\n  query AuditActors($search: String) {\n    accounts(first: 20, search: $search) { nodes { id displayName organization { id name } } }\n  }\n": typeof types.AuditActorsDocument,
    "\n  query Me {\n    me { id username displayName roles mustChangePassword organization { id name } }\n  }\n": typeof types.MeDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { id } }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { accessToken refreshToken expiresAt }\n  }\n": typeof types.LoginDocument,
    "\n  query FollowJob($id: ID!, $organizations: Boolean!) {\n    evaluationJob(id: $id) @skip(if: $organizations) {\n      id kind state progress message result error { code message } files { id fileName mimeType size }\n    }\n    organizationsJob(id: $id) @include(if: $organizations) {\n      id kind state progress message result error { code message } files { id fileName mimeType size }\n    }\n  }\n": typeof types.FollowJobDocument,
    "\n  query Actors($usernames: [String!]!) { actors(usernames: $usernames) { username displayName organizationName } }\n": typeof types.ActorsDocument,
    "\n  query ReviewApprovals($id: ID!) {\n    review(id: $id) {\n      id status shortlistVersion\n      approvals { id approverUsername decision reason shortlistVersion approvedAt voidedAt }\n    }\n  }\n": typeof types.ReviewApprovalsDocument,
    "mutation ApproveShortlist($reviewId: ID!, $version: Int!) { approveShortlist(reviewId: $reviewId, shortlistVersion: $version) { id status } }": typeof types.ApproveShortlistDocument,
    "mutation DeclineShortlist($reviewId: ID!, $version: Int!, $reason: String!) { declineShortlist(reviewId: $reviewId, shortlistVersion: $version, reason: $reason) { id status } }": typeof types.DeclineShortlistDocument,
    "\n  query ReviewableCycles {\n    nominationCycles(first: 50) { nodes { id year status frozenAt } }\n    reviews(first: 100) { nodes { id cycleId } }\n  }\n": typeof types.ReviewableCyclesDocument,
    "\n  mutation CreateReview($input: CreateReviewInput!) { createReview(input: $input) { id title } }\n": typeof types.CreateReviewDocument,
    "\n  query CalendarYears { calendarYears(first: 50) { nodes { year documentNumber title issuedOn source importedAt importedBy } } }\n": typeof types.CalendarYearsDocument,
    "query CalendarDays($year: Int!) { calendarDays(year: $year) { day kind note } }": typeof types.CalendarDaysDocument,
    "mutation SetCalendarDays($days: [CalendarDayInput!]!) { setCalendarDays(days: $days) }": typeof types.SetCalendarDaysDocument,
    "mutation RemoveCalendarDays($days: [String!]!) { removeCalendarDays(days: $days) }": typeof types.RemoveCalendarDaysDocument,
    "\n  mutation ImportHolidayCalendar($input: CalendarYearInput!) { importHolidayCalendar(input: $input) { year } }\n": typeof types.ImportHolidayCalendarDocument,
    "\n  query PublicList($year: Int) {\n    publicList(year: $year) {\n      year title final publicityStarts publicityEnds issuingAgencies decisionNumber decidedOn\n      entries { name category nominator }\n    }\n  }\n": typeof types.PublicListDocument,
    "\n  query Publicity($id: ID!) {\n    review(id: $id) {\n      id status publicityStarts publicityEnds publicityPaperReason publicityStartedBy decisionNumber decidedOn\n      results(first: 100) { nodes { id outcome nomination { id nominee { __typename ... on Organization { name } ... on Person { name } } } } }\n      objections { id nominationId objectorName objectorContact content status answer receivedAt }\n    }\n  }\n": typeof types.PublicityDocument,
    "mutation StartPublicity($reviewId: ID!, $startDate: String, $paperReason: String) { startPublicity(reviewId: $reviewId, startDate: $startDate, paperReason: $paperReason) { id } }": typeof types.StartPublicityDocument,
    "mutation RaiseObjection($input: ObjectionInput!) { raiseObjection(input: $input) { id } }": typeof types.RaiseObjectionDocument,
    "mutation AnswerObjection($id: ID!, $upheld: Boolean!, $answer: String!) { answerObjection(objectionId: $id, upheld: $upheld, answer: $answer) { id } }": typeof types.AnswerObjectionDocument,
    "mutation FinalizeCommendation($reviewId: ID!, $decisionNumber: String) { finalizeCommendation(reviewId: $reviewId, decisionNumber: $decisionNumber) { id } }": typeof types.FinalizeCommendationDocument,
    "\n  query ReviewResults($id: ID!) {\n    review(id: $id) {\n      id title status shortlistSize shortlistVersion publicityStarts publicityEnds\n      approvals { approverUsername shortlistVersion approvedAt voidedAt }\n      results(first: 100) {\n        nodes { id rank aggregateScore outcome tied removedReason\n          nomination { id category nominator { name } nominee { __typename ... on Organization { name } ... on Person { name } } } }\n      }\n    }\n  }\n": typeof types.ReviewResultsDocument,
    "query ExportReviewList($reviewId: ID!) { exportReviewList(reviewId: $reviewId) { fileName mimeType contentBase64 } }": typeof types.ExportReviewListDocument,
    "query CommendationDecision($reviewId: ID!) { commendationDecision(reviewId: $reviewId) { fileName mimeType contentBase64 } }": typeof types.CommendationDecisionDocument,
    "query CommendationCertificates($reviewId: ID!) { commendationCertificates(reviewId: $reviewId) { fileName mimeType contentBase64 } }": typeof types.CommendationCertificatesDocument,
    "mutation ChangeShortlist($reviewId: ID!, $nominationId: ID!, $include: Boolean!, $reason: String!) { changeShortlist(reviewId: $reviewId, nominationId: $nominationId, include: $include, reason: $reason) { id } }": typeof types.ChangeShortlistDocument,
    "mutation ComputeRanking($reviewId: ID!) { computeRanking(reviewId: $reviewId) { id } }": typeof types.ComputeRankingDocument,
    "mutation GenerateCommendationDocuments($reviewId: ID!) { generateCommendationDocuments(reviewId: $reviewId) { id } }": typeof types.GenerateCommendationDocumentsDocument,
    "\n  query DistrictAgencies { organizations(first: 100, kind: DISTRICT_AGENCY, status: ACTIVE) { nodes { id name } } }\n": typeof types.DistrictAgenciesDocument,
    "\n  query ReviewSetup($id: ID!) {\n    review(id: $id) {\n      id title status rulesFrozenAt evaluatorsPerNomination shortlistSize categoryCaps rulesVersion commendingAgencyIds\n      rules { method trimMinScores normalizePerEvaluator tieBreakers { kind criterionId } }\n      criteria { id name weight maxScore taskArea categories }\n    }\n    reviewProgress(reviewId: $id) { evaluatorAccountId username assigned recused submitted }\n  }\n": typeof types.ReviewSetupDocument,
    "\n  query AssignmentBoard($id: ID!) {\n    assignmentBoard(reviewId: $id) {\n      nominationId category conflicted\n      assigned { evaluatorAccountId evaluatorUsername recusedAt recusalReason scores { submittedAt } }\n      nomination { id nominee { __typename ... on Organization { name } ... on Person { name } } }\n    }\n  }\n": typeof types.AssignmentBoardDocument,
    "query EvaluatorAccounts { accounts(first: 100) { nodes { id username displayName roles status } } }": typeof types.EvaluatorAccountsDocument,
    "mutation AssignOne($reviewId: ID!, $nominationId: ID!, $evaluatorAccountId: ID!) { assignEvaluator(reviewId: $reviewId, nominationId: $nominationId, evaluatorAccountId: $evaluatorAccountId) { nominationId } }": typeof types.AssignOneDocument,
    "mutation UnassignEvaluator($reviewId: ID!, $nominationId: ID!, $evaluatorAccountId: ID!) { unassignEvaluator(reviewId: $reviewId, nominationId: $nominationId, evaluatorAccountId: $evaluatorAccountId) }": typeof types.UnassignEvaluatorDocument,
    "mutation ReopenScores($reviewId: ID!, $nominationId: ID!, $evaluatorAccountId: ID!, $reason: String!) { reopenScores(reviewId: $reviewId, nominationId: $nominationId, evaluatorAccountId: $evaluatorAccountId, reason: $reason) }": typeof types.ReopenScoresDocument,
    "mutation SetCaps($reviewId: ID!, $caps: JSONObject!) { setCategoryCaps(reviewId: $reviewId, caps: $caps) { id } }": typeof types.SetCapsDocument,
    "mutation SetCriteria($reviewId: ID!, $criteria: [CriterionInput!]!) { setReviewCriteria(reviewId: $reviewId, criteria: $criteria) { id } }": typeof types.SetCriteriaDocument,
    "mutation SetRules($reviewId: ID!, $rules: ReviewRulesInput!) { setReviewRules(reviewId: $reviewId, rules: $rules) { id } }": typeof types.SetRulesDocument,
    "mutation SetCommendingAgencies($reviewId: ID!, $agencyIds: [ID!]!) { setCommendingAgencies(reviewId: $reviewId, agencyIds: $agencyIds) { id } }": typeof types.SetCommendingAgenciesDocument,
    "mutation StartScoring($reviewId: ID!) { startReviewScoring(reviewId: $reviewId) { id } }": typeof types.StartScoringDocument,
    "mutation AssignEvaluators($reviewId: ID!) { assignEvaluators(reviewId: $reviewId) { nominationId } }": typeof types.AssignEvaluatorsDocument,
    "\n  query ScoreSheet($reviewId: ID!, $after: String) {\n    reviewScoreSheet(reviewId: $reviewId, first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        nominationId nominee nominator category rank aggregateScore tied outcome\n        criteria { id name weight maxScore }\n        evaluators { accountId name unit marks { criterionId value } total normalized dropped comment }\n      }\n    }\n  }\n": typeof types.ScoreSheetDocument,
    "mutation ExportScoreSheet($reviewId: ID!) { exportScoreSheet(reviewId: $reviewId) { id } }": typeof types.ExportScoreSheetDocument,
    "\n  query MyAssignments($reviewId: ID!) {\n    review(id: $reviewId) { id status criteria { id name weight maxScore categories } }\n    unitPerformanceRanking(first: 1) { totalCount }\n    myAssignments(reviewId: $reviewId) {\n      nominationId recusedAt\n      scores { criterionId value comment submittedAt }\n      nomination {\n        id category deeds nominator { name }\n        nominee { __typename ... on Organization { name taskPerformance { score rank indicatorAttainment timeliness assignments } } ... on Person { name } }\n      }\n    }\n  }\n": typeof types.MyAssignmentsDocument,
    "\n  mutation Recuse($reviewId: ID!, $nominationId: ID!, $reason: String!) { recuseFromNomination(reviewId: $reviewId, nominationId: $nominationId, reason: $reason) { nominationId } }\n": typeof types.RecuseDocument,
    "\n  mutation SaveScores($reviewId: ID!, $nominationId: ID!, $scores: [ScoreInput!]!, $submit: Boolean!) {\n    saveScores(reviewId: $reviewId, nominationId: $nominationId, scores: $scores, submit: $submit) { criterionId submittedAt }\n  }\n": typeof types.SaveScoresDocument,
    "\n  query Reviews { reviews(first: 20) { nodes { id year title status shortlistVersion shortlistSize } } }\n": typeof types.ReviewsDocument,
    "\n  mutation Logout { logout }\n": typeof types.LogoutDocument,
    "\n  query NominationAttachments($id: ID!) {\n    nomination(id: $id) { id attachments { id fileName mimeType size uploadedAt } }\n  }\n": typeof types.NominationAttachmentsDocument,
    "\n  query NominationAttachmentFile($id: ID!) { nominationAttachmentFile(id: $id) { fileName mimeType contentBase64 } }\n": typeof types.NominationAttachmentFileDocument,
    "\n  mutation AddAttachment($nominationId: ID!, $fileName: String!, $mimeType: String!, $contentBase64: String!) {\n    addNominationAttachment(nominationId: $nominationId, fileName: $fileName, mimeType: $mimeType, contentBase64: $contentBase64) { id }\n  }\n": typeof types.AddAttachmentDocument,
    "mutation RemoveAttachment($id: ID!) { removeNominationAttachment(id: $id) { id } }": typeof types.RemoveAttachmentDocument,
    "mutation CreateCycle($input: CreateCycleInput!) { createNominationCycle(input: $input) { id } }": typeof types.CreateCycleDocument,
    "mutation UpdateCycle($input: UpdateCycleInput!) { updateNominationCycle(input: $input) { id } }": typeof types.UpdateCycleDocument,
    "mutation AdvanceCycle($id: ID!, $version: Int!, $to: NominationCycleStatus!, $reason: String) { advanceNominationCycle(id: $id, version: $version, to: $to, reason: $reason) { id status } }": typeof types.AdvanceCycleDocument,
    "\n  query FreezeImpact($cycleId: ID!) { nominationFreezeImpact(cycleId: $cycleId) { submitted returned beforeWindowEnds } }\n": typeof types.FreezeImpactDocument,
    "\n  query Honours($first: Int!, $after: String) {\n    honours(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id year category title nominee { __typename ... on Organization { name } ... on Person { name } } }\n    }\n  }\n": typeof types.HonoursDocument,
    "mutation RecordHonour($input: HonourInput!) { recordHonour(input: $input) { id year title } }": typeof types.RecordHonourDocument,
    "mutation SetQuota($input: QuotaInput!) { setNominationQuota(input: $input) { quota } }": typeof types.SetQuotaDocument,
    "mutation GrantExtension($input: ExtensionInput!) { grantNominationExtension(input: $input) { id } }": typeof types.GrantExtensionDocument,
    "\n  query NominationDetail($id: ID!) {\n    nomination(id: $id) {\n      id category status statusReason deeds contactName contactPhone flags position submittedAt version\n      cycle { year }\n      nominator { name }\n      nominee { __typename ... on Organization { name } ... on Person { name idNumber } }\n      history { toStatus fromStatus actorUsername reason occurredAt }\n    }\n  }\n": typeof types.NominationDetailDocument,
    "query NominationFormPdf($id: ID!) { nominationForm(id: $id) { fileName mimeType contentBase64 } }": typeof types.NominationFormPdfDocument,
    "\n  mutation UpdateNomination($input: UpdateNominationInput!) {\n    updateNomination(input: $input) { id version deeds contactName contactPhone }\n  }\n": typeof types.UpdateNominationDocument,
    "query NominatorKind($id: ID!) { organization(id: $id) { id kind } }": typeof types.NominatorKindDocument,
    "mutation CreateNomination($input: CreateNominationInput!) { createNomination(input: $input) { id version } }": typeof types.CreateNominationDocument,
    "mutation SubmitNewNomination($id: ID!, $version: Int!) { submitNomination(id: $id, version: $version) { id status } }": typeof types.SubmitNewNominationDocument,
    "\n  query NominationList($first: Int!, $after: String, $cycleId: ID, $category: TypicalCategory, $status: NominationStatus, $nominatorId: ID) {\n    nominations(first: $first, after: $after, cycleId: $cycleId, category: $category, status: $status, nominatorId: $nominatorId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id category status statusReason position flags version submittedAt\n        nominator { id name }\n        nominee { __typename ... on Organization { name } ... on Person { name } } }\n    }\n  }\n": typeof types.NominationListDocument,
    "\n  query ExportSummary($cycleId: ID!, $category: TypicalCategory, $status: NominationStatus, $nominatorId: ID) {\n    exportNominationSummary(cycleId: $cycleId, category: $category, status: $status, nominatorId: $nominatorId) { fileName mimeType contentBase64 }\n  }\n": typeof types.ExportSummaryDocument,
    "mutation SubmitNomination($id: ID!, $version: Int!) { submitNomination(id: $id, version: $version) { id status } }": typeof types.SubmitNominationDocument,
    "mutation WithdrawNomination($id: ID!, $version: Int!) { withdrawNomination(id: $id, version: $version) { id status } }": typeof types.WithdrawNominationDocument,
    "mutation AcceptNomination($id: ID!, $version: Int!) { acceptNomination(id: $id, version: $version) { id status } }": typeof types.AcceptNominationDocument,
    "\n  query NominationGroup($cycleId: ID!, $category: TypicalCategory!, $nominatorId: ID!) {\n    nominations(cycleId: $cycleId, category: $category, nominatorId: $nominatorId, first: 100) { nodes { id position status } }\n  }\n": typeof types.NominationGroupDocument,
    "\n  mutation Reorder($cycleId: ID!, $nominatorId: ID!, $category: TypicalCategory!, $ids: [ID!]!) {\n    reorderNominations(cycleId: $cycleId, nominatorOrganizationId: $nominatorId, category: $category, orderedIds: $ids) { id position }\n  }\n": typeof types.ReorderDocument,
    "mutation ReturnNomination($id: ID!, $version: Int!, $reason: String!) { returnNomination(id: $id, version: $version, reason: $reason) { id status } }": typeof types.ReturnNominationDocument,
    "mutation DisqualifyNomination($id: ID!, $version: Int!, $reason: String!) { disqualifyNomination(id: $id, version: $version, reason: $reason) { id status } }": typeof types.DisqualifyNominationDocument,
    "\n  query NomineeUnits($kind: OrganizationKind, $within: ID, $search: String) {\n    organizations(first: 30, kind: $kind, within: $within, search: $search) { nodes { id name parent { name } } }\n  }\n": typeof types.NomineeUnitsDocument,
    "\n  query NomineePersons($within: ID, $search: String) {\n    persons(first: 30, within: $within, search: $search) { nodes { id name idNumber community { name } } }\n  }\n": typeof types.NomineePersonsDocument,
    "\n  query QuotaOverview($cycleId: ID!) { quotaOverview(cycleId: $cycleId) { category used quota nominator { id name } } }\n": typeof types.QuotaOverviewDocument,
    "\n  query NominationCycles {\n    nominationCycles(first: 20) {\n      nodes { id year status opensAt closesAt openCategories nominatorKinds defaultQuota honourLookbackYears frozenAt freezeReason frozenByUsername version\n        extensions { id organizationId until reason } }\n    }\n  }\n": typeof types.NominationCyclesDocument,
    "\n  query JurisdictionRoots { organizations(kind: DISTRICT_GOVERNMENT, first: 10) { nodes { ...TreeUnit } } }\n": typeof types.JurisdictionRootsDocument,
    "\n  query JurisdictionOwnUnit($id: ID!) { organization(id: $id) { ...TreeUnit } }\n": typeof types.JurisdictionOwnUnitDocument,
    "\n  query JurisdictionChildren($id: ID!, $after: String) {\n    organization(id: $id) { id children(first: 50, after: $after) { totalCount nodes { ...TreeUnit } pageInfo { hasNextPage endCursor } } }\n  }\n": typeof types.JurisdictionChildrenDocument,
    "\n  fragment TreeUnit on Organization { id name kind status counts { children persons } }\n": typeof types.TreeUnitFragmentDoc,
    "\n  query MovingUnit($id: ID!) {\n    organization(id: $id) { id name status version parent { id name } counts { activeDescendants persons } }\n  }\n": typeof types.MovingUnitDocument,
    "\n  query NewParent($id: ID!) { organization(id: $id) { id name ancestors { id } } }\n": typeof types.NewParentDocument,
    "\n  mutation MoveOrganization($id: ID!, $version: Int!, $parentId: ID!) {\n    moveOrganization(id: $id, version: $version, parentId: $parentId) { id version parent { id name } }\n  }\n": typeof types.MoveOrganizationDocument,
    "\n  query UnitPage($id: ID!) {\n    organization(id: $id) {\n      id name shortName kind status creditCode address contactPerson contactPhone version\n      counts { children activeDescendants persons }\n      ancestors { id name }\n      children(first: 100) { totalCount nodes { id name kind } }\n      moveHistory { movedAt from { name } to { name } }\n      nominationsReceived(first: 50) { nodes { id category status cycle { year } nominator { name } result { rank aggregateScore outcome } } }\n      nominationsMade(first: 50) { nodes { id category status cycle { year } nominee { ... on Organization { name } ... on Person { name } } } }\n    }\n  }\n": typeof types.UnitPageDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) { id name shortName kind creditCode address contactPerson contactPhone version }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation DissolveOrganization($id: ID!, $version: Int!) { dissolveOrganization(id: $id, version: $version) { id status version } }\n": typeof types.DissolveOrganizationDocument,
    "\n  query DissolveImpact($id: ID!) {\n    organization(id: $id) { id counts { activeDescendants persons } assignments(first: 1, validity: VALID) { totalCount } }\n  }\n": typeof types.DissolveImpactDocument,
    "\n  query OrganizationPicker($search: String, $status: OrganizationStatus) {\n    organizations(first: 20, search: $search, status: $status) { nodes { id name parent { name } } }\n  }\n": typeof types.OrganizationPickerDocument,
    "\n  query OrganizationPicked($id: ID!) { organization(id: $id) { id name } }\n": typeof types.OrganizationPickedDocument,
    "\n  query ExportOrganizations($kind: OrganizationKind, $search: String) {\n    exportOrganizations(kind: $kind, search: $search) { fileName mimeType contentBase64 }\n  }\n": typeof types.ExportOrganizationsDocument,
    "\n  query Organizations($first: Int!, $after: String, $kind: OrganizationKind, $search: String) {\n    organizations(first: $first, after: $after, kind: $kind, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name shortName kind status creditCode parent { id name } }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query OrganizationAssignments($id: ID!, $first: Int!, $after: String, $validity: DocumentValidity) {\n    organization(id: $id) {\n      id\n      assignments(first: $first, after: $after, validity: $validity) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id role status deadline task { code title area document { documentNumber validity } } }\n      }\n      taskPerformance { rank score }\n    }\n  }\n": typeof types.OrganizationAssignmentsDocument,
    "\n  query PartnerClients($first: Int!, $after: String) {\n    partnerClients(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name keyPrefix status ratePerMinute dailyQuota keyIssuedAt revokedAt callsToday version organization { id name } }\n    }\n  }\n": typeof types.PartnerClientsDocument,
    "\n  mutation IssuePartnerClient($input: IssuePartnerClientInput!) { issuePartnerClient(input: $input) { apiKey client { id name } } }\n": typeof types.IssuePartnerClientDocument,
    "\n  mutation RotatePartnerKey($id: ID!, $version: Int!) { rotatePartnerKey(id: $id, version: $version) { apiKey client { id name } } }\n": typeof types.RotatePartnerKeyDocument,
    "\n  mutation RevokePartnerClient($id: ID!, $version: Int!) { revokePartnerClient(id: $id, version: $version) { id status } }\n": typeof types.RevokePartnerClientDocument,
    "\n  query PartnerOperations($id: ID!, $first: Int!, $after: String) {\n    partnerClient(id: $id) {\n      id\n      operations(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id name hash document createdAt }\n      }\n    }\n  }\n": typeof types.PartnerOperationsDocument,
    "\n  query PartnerUsage($id: ID!, $first: Int!, $after: String) {\n    partnerUsage(clientId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { day operationHash operationName count errors averageLatencyMs latencyMsMax }\n    }\n  }\n": typeof types.PartnerUsageDocument,
    "\n  mutation RegisterPartnerOperation($clientId: ID!, $document: String!) {\n    registerPartnerOperation(clientId: $clientId, document: $document) { id hash name }\n  }\n": typeof types.RegisterPartnerOperationDocument,
    "\n  mutation RemovePartnerOperation($id: ID!) { removePartnerOperation(id: $id) }\n": typeof types.RemovePartnerOperationDocument,
    "\n  mutation CreatePerson($input: PersonInput!) { createPerson(input: $input) { id } }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) { updatePerson(input: $input) { id version } }\n": typeof types.UpdatePersonDocument,
    "\n  query Persons($first: Int!, $after: String, $search: String) {\n    persons(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id version name gender idNumber phone homeProvince homeCity arrivalDate skills trainings\n        employer { id name } community { id name }\n      }\n    }\n  }\n": typeof types.PersonsDocument,
    "\n  mutation RequestPersonsExport($search: String) {\n    requestPersonsExport(search: $search) { file { fileName mimeType contentBase64 } job { id } }\n  }\n": typeof types.RequestPersonsExportDocument,
    "\n  mutation DeletePerson($id: ID!, $version: Int!) { deletePerson(id: $id, version: $version) { id } }\n": typeof types.DeletePersonDocument,
    "\n  mutation RevealPersonalData($id: ID!) { revealPersonalData(id: $id) { personId idNumber phone } }\n": typeof types.RevealPersonalDataDocument,
    "\n  query AssignmentDetail($id: ID!) {\n    assignment(id: $id) {\n      id role status deadline\n      organization { id name }\n      task { id code title requirement document { documentNumber } }\n      indicatorProgress { value checkedItems met progress falling previousValue\n        indicator { id name kind target unitOfMeasure checklistItems } }\n      reports(first: 50) {\n        nodes { id period status summary declaresComplete returnReason submittedAt submittedBy reviewedAt reviewedBy\n          values { indicatorId value checkedItems }\n          evidence { id fileName size } }\n      }\n    }\n  }\n": typeof types.AssignmentDetailDocument,
    "\n  query SupervisionOverview($documentId: ID) {\n    supervisionOverview(documentId: $documentId) {\n      asOf documentId\n      totals { ...StatusRollupFields }\n      byArea { ...StatusRollupFields }\n      byTask { ...StatusRollupFields }\n      byTownship { ...StatusRollupFields organization { id name } }\n    }\n  }\n  fragment StatusRollupFields on StatusRollup { key label area taskId light total onTrack atRisk overdue done }\n": typeof types.SupervisionOverviewDocument,
    "\n  query UnitRollups($documentId: ID, $first: Int!, $after: String) {\n    unitRollups(documentId: $documentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...StatusRollupFields organization { id name } }\n    }\n  }\n": typeof types.UnitRollupsDocument,
    "\n  query SupervisionWarnings($documentId: ID, $first: Int!, $after: String) {\n    supervisionWarnings(documentId: $documentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status deadline role organization { id name } task { id code title area }\n        latestReport { period status } }\n    }\n  }\n": typeof types.SupervisionWarningsDocument,
    "\n  query UnitPerformanceRanking($first: Int!, $after: String) {\n    unitPerformanceRanking(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { rank score indicatorAttainment timeliness assignments done overdue organization { id name } }\n    }\n  }\n": typeof types.UnitPerformanceRankingDocument,
    "\n  query ExportSupervisionReport($documentId: ID) { exportSupervisionReport(documentId: $documentId) { fileName mimeType contentBase64 } }\n": typeof types.ExportSupervisionReportDocument,
    "\n  query UnitAssignments($organizationId: ID, $first: Int!, $after: String) {\n    assignments(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id role status deadline version\n        organization { id name }\n        task { id code title area reportPeriod deadline\n          document { id documentNumber validity }\n          indicators { id name kind target unitOfMeasure checklistItems } }\n        latestReport { id period status version summary declaresComplete returnReason\n          values { indicatorId value checkedItems }\n          evidence { id fileName } }\n      }\n    }\n  }\n": typeof types.UnitAssignmentsDocument,
    "\n  query MyNotices { myNotices(first: 20) { totalCount nodes { id kind message dueOn assignmentId } } }\n": typeof types.MyNoticesDocument,
    "\n  query PlanDraft($documentId: ID!) {\n    planDraft(documentId: $documentId) {\n      existingTasks unresolvedUnits\n      tasks { code title area responsibleUnits units { listedAs name } }\n    }\n  }\n": typeof types.PlanDraftDocument,
    "\n  mutation CreatePlanTasks($documentId: ID!, $areas: [PlanAreaInput!]) {\n    createPlanTasks(documentId: $documentId, areas: $areas) { id code }\n  }\n": typeof types.CreatePlanTasksDocument,
    "\n  mutation CreatePolicyDocument($input: CreatePolicyDocumentInput!) { createPolicyDocument(input: $input) { id documentNumber } }\n": typeof types.CreatePolicyDocumentDocument,
    "\n  query PolicyDocumentDetail($id: ID!) {\n    policyDocument(id: $id) {\n      id title indexNumber issuer subject writtenOn publishedOn genre documentNumber validity version fullText\n      basis { documentNumber title }\n    }\n    tasks(documentId: $id, first: 50) { nodes { id code title area deadline } }\n  }\n": typeof types.PolicyDocumentDetailDocument,
    "\n  mutation SetPolicyDocumentValidity($id: ID!, $validity: DocumentValidity!, $version: Int!) {\n    setPolicyDocumentValidity(id: $id, validity: $validity, version: $version) { id validity version }\n  }\n": typeof types.SetPolicyDocumentValidityDocument,
    "\n  mutation UploadEvidence($input: EvidenceUploadInput!) { uploadEvidence(input: $input) { id fileName size } }\n": typeof types.UploadEvidenceDocument,
    "\n  mutation SubmitProgressReport($input: SubmitReportInput!) { submitProgressReport(input: $input) { id status period version } }\n": typeof types.SubmitProgressReportDocument,
    "\n  mutation ResubmitProgressReport($input: ResubmitReportInput!) { resubmitProgressReport(input: $input) { id status period version } }\n": typeof types.ResubmitProgressReportDocument,
    "\n  query ReportsToReview($status: ReportStatus, $first: Int!, $after: String) {\n    reportsToReview(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id period status summary declaresComplete returnReason submittedAt submittedBy version\n        values { indicatorId value checkedItems }\n        evidence { id fileName size }\n        assignment { id organization { id name }\n          task { id code title area indicators { id name kind target unitOfMeasure } } } }\n    }\n  }\n": typeof types.ReportsToReviewDocument,
    "\n  mutation AcceptProgressReport($id: ID!, $version: Int!) { acceptProgressReport(id: $id, version: $version) { id status version } }\n": typeof types.AcceptProgressReportDocument,
    "\n  mutation ReturnProgressReport($id: ID!, $version: Int!, $reason: String!) { returnProgressReport(id: $id, version: $version, reason: $reason) { id status version } }\n": typeof types.ReturnProgressReportDocument,
    "\n  mutation CreateSubTask($input: CreateSubTaskInput!) { createSubTask(input: $input) { id code } }\n": typeof types.CreateSubTaskDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) { createIndicator(input: $input) { id name } }\n": typeof types.CreateIndicatorDocument,
    "\n  mutation AddAssignee($input: AddAssigneeInput!) { addAssignee(input: $input) { id role } }\n": typeof types.AddAssigneeDocument,
    "\n  mutation UpdateTaskSchedule($input: UpdateTaskScheduleInput!) { updateTaskSchedule(input: $input) { id deadline reportPeriod version } }\n": typeof types.UpdateTaskScheduleDocument,
    "\n  query TaskTree($documentId: ID) {\n    tasks(documentId: $documentId, first: 50) {\n      nodes {\n        ...TaskNode\n        children { ...TaskNode children { ...TaskNode children { ...TaskNode } } }\n      }\n    }\n  }\n  fragment TaskNode on Task {\n    id code title area requirement deadline reportPeriod version\n    ownerOrganization { id name }\n    document { id validity }\n    indicators { id name kind target unitOfMeasure checklistItems deadline }\n    assignments(first: 100) { totalCount nodes { id role status version organization { id name } } }\n  }\n": typeof types.TaskTreeDocument,
    "\n  mutation DesignateLead($input: DesignateLeadInput!) { designateLead(input: $input) { id role version } }\n": typeof types.DesignateLeadDocument,
    "\n  query JurisdictionUnits($within: ID, $search: String) {\n    organizations(first: 50, within: $within, search: $search, status: ACTIVE) { nodes { id name parent { id name } } }\n  }\n": typeof types.JurisdictionUnitsDocument,
    "\n  query PolicyDocuments($first: Int!, $after: String) {\n    policyDocuments(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title indexNumber issuer subject writtenOn publishedOn genre documentNumber validity version taskCount\n        basis { documentNumber title } }\n    }\n  }\n": typeof types.PolicyDocumentsDocument,
    "\n  query EvidenceFile($id: ID!) { evidenceFile(id: $id) { fileName mimeType contentBase64 } }\n": typeof types.EvidenceFileDocument,
    "\n  mutation ImportOrganizations($file: ImportFileInput!) {\n    importOrganizations(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n": typeof types.ImportOrganizationsDocument,
    "\n  mutation ImportPersons($file: ImportFileInput!) {\n    importPersons(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n": typeof types.ImportPersonsDocument,
};
const documents: Documents = {
    "\n  query Accounts($first: Int!, $after: String, $search: String) {\n    accounts(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id username displayName roles status version lockedUntil mustChangePassword organization { id name } }\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }\n": types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { id version roles status } }\n": types.UpdateAccountDocument,
    "\n  mutation ResetPassword($id: ID!, $password: String!) { resetPassword(accountId: $id, temporaryPassword: $password) { id } }\n": types.ResetPasswordDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) { accessToken refreshToken expiresAt }\n  }\n": types.RefreshSessionDocument,
    "\n  query AuditActs($first: Int!, $after: String, $actor: ID, $actions: [String!], $subject: ID, $from: DateTimeISO, $to: DateTimeISO) {\n    organizationsAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n    tasksAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n    nominationsAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n    evaluationAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n  }\n  fragment AuditActPage on AuditActConnection {\n    totalCount\n    pageInfo { hasNextPage }\n    nodes { id service occurredAt action subjectType subjectId detail actor { id displayName unit { id name } } }\n  }\n": types.AuditActsDocument,
    "\n  query AuditActors($search: String) {\n    accounts(first: 20, search: $search) { nodes { id displayName organization { id name } } }\n  }\n": types.AuditActorsDocument,
    "\n  query Me {\n    me { id username displayName roles mustChangePassword organization { id name } }\n  }\n": types.MeDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { id } }\n": types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { accessToken refreshToken expiresAt }\n  }\n": types.LoginDocument,
    "\n  query FollowJob($id: ID!, $organizations: Boolean!) {\n    evaluationJob(id: $id) @skip(if: $organizations) {\n      id kind state progress message result error { code message } files { id fileName mimeType size }\n    }\n    organizationsJob(id: $id) @include(if: $organizations) {\n      id kind state progress message result error { code message } files { id fileName mimeType size }\n    }\n  }\n": types.FollowJobDocument,
    "\n  query Actors($usernames: [String!]!) { actors(usernames: $usernames) { username displayName organizationName } }\n": types.ActorsDocument,
    "\n  query ReviewApprovals($id: ID!) {\n    review(id: $id) {\n      id status shortlistVersion\n      approvals { id approverUsername decision reason shortlistVersion approvedAt voidedAt }\n    }\n  }\n": types.ReviewApprovalsDocument,
    "mutation ApproveShortlist($reviewId: ID!, $version: Int!) { approveShortlist(reviewId: $reviewId, shortlistVersion: $version) { id status } }": types.ApproveShortlistDocument,
    "mutation DeclineShortlist($reviewId: ID!, $version: Int!, $reason: String!) { declineShortlist(reviewId: $reviewId, shortlistVersion: $version, reason: $reason) { id status } }": types.DeclineShortlistDocument,
    "\n  query ReviewableCycles {\n    nominationCycles(first: 50) { nodes { id year status frozenAt } }\n    reviews(first: 100) { nodes { id cycleId } }\n  }\n": types.ReviewableCyclesDocument,
    "\n  mutation CreateReview($input: CreateReviewInput!) { createReview(input: $input) { id title } }\n": types.CreateReviewDocument,
    "\n  query CalendarYears { calendarYears(first: 50) { nodes { year documentNumber title issuedOn source importedAt importedBy } } }\n": types.CalendarYearsDocument,
    "query CalendarDays($year: Int!) { calendarDays(year: $year) { day kind note } }": types.CalendarDaysDocument,
    "mutation SetCalendarDays($days: [CalendarDayInput!]!) { setCalendarDays(days: $days) }": types.SetCalendarDaysDocument,
    "mutation RemoveCalendarDays($days: [String!]!) { removeCalendarDays(days: $days) }": types.RemoveCalendarDaysDocument,
    "\n  mutation ImportHolidayCalendar($input: CalendarYearInput!) { importHolidayCalendar(input: $input) { year } }\n": types.ImportHolidayCalendarDocument,
    "\n  query PublicList($year: Int) {\n    publicList(year: $year) {\n      year title final publicityStarts publicityEnds issuingAgencies decisionNumber decidedOn\n      entries { name category nominator }\n    }\n  }\n": types.PublicListDocument,
    "\n  query Publicity($id: ID!) {\n    review(id: $id) {\n      id status publicityStarts publicityEnds publicityPaperReason publicityStartedBy decisionNumber decidedOn\n      results(first: 100) { nodes { id outcome nomination { id nominee { __typename ... on Organization { name } ... on Person { name } } } } }\n      objections { id nominationId objectorName objectorContact content status answer receivedAt }\n    }\n  }\n": types.PublicityDocument,
    "mutation StartPublicity($reviewId: ID!, $startDate: String, $paperReason: String) { startPublicity(reviewId: $reviewId, startDate: $startDate, paperReason: $paperReason) { id } }": types.StartPublicityDocument,
    "mutation RaiseObjection($input: ObjectionInput!) { raiseObjection(input: $input) { id } }": types.RaiseObjectionDocument,
    "mutation AnswerObjection($id: ID!, $upheld: Boolean!, $answer: String!) { answerObjection(objectionId: $id, upheld: $upheld, answer: $answer) { id } }": types.AnswerObjectionDocument,
    "mutation FinalizeCommendation($reviewId: ID!, $decisionNumber: String) { finalizeCommendation(reviewId: $reviewId, decisionNumber: $decisionNumber) { id } }": types.FinalizeCommendationDocument,
    "\n  query ReviewResults($id: ID!) {\n    review(id: $id) {\n      id title status shortlistSize shortlistVersion publicityStarts publicityEnds\n      approvals { approverUsername shortlistVersion approvedAt voidedAt }\n      results(first: 100) {\n        nodes { id rank aggregateScore outcome tied removedReason\n          nomination { id category nominator { name } nominee { __typename ... on Organization { name } ... on Person { name } } } }\n      }\n    }\n  }\n": types.ReviewResultsDocument,
    "query ExportReviewList($reviewId: ID!) { exportReviewList(reviewId: $reviewId) { fileName mimeType contentBase64 } }": types.ExportReviewListDocument,
    "query CommendationDecision($reviewId: ID!) { commendationDecision(reviewId: $reviewId) { fileName mimeType contentBase64 } }": types.CommendationDecisionDocument,
    "query CommendationCertificates($reviewId: ID!) { commendationCertificates(reviewId: $reviewId) { fileName mimeType contentBase64 } }": types.CommendationCertificatesDocument,
    "mutation ChangeShortlist($reviewId: ID!, $nominationId: ID!, $include: Boolean!, $reason: String!) { changeShortlist(reviewId: $reviewId, nominationId: $nominationId, include: $include, reason: $reason) { id } }": types.ChangeShortlistDocument,
    "mutation ComputeRanking($reviewId: ID!) { computeRanking(reviewId: $reviewId) { id } }": types.ComputeRankingDocument,
    "mutation GenerateCommendationDocuments($reviewId: ID!) { generateCommendationDocuments(reviewId: $reviewId) { id } }": types.GenerateCommendationDocumentsDocument,
    "\n  query DistrictAgencies { organizations(first: 100, kind: DISTRICT_AGENCY, status: ACTIVE) { nodes { id name } } }\n": types.DistrictAgenciesDocument,
    "\n  query ReviewSetup($id: ID!) {\n    review(id: $id) {\n      id title status rulesFrozenAt evaluatorsPerNomination shortlistSize categoryCaps rulesVersion commendingAgencyIds\n      rules { method trimMinScores normalizePerEvaluator tieBreakers { kind criterionId } }\n      criteria { id name weight maxScore taskArea categories }\n    }\n    reviewProgress(reviewId: $id) { evaluatorAccountId username assigned recused submitted }\n  }\n": types.ReviewSetupDocument,
    "\n  query AssignmentBoard($id: ID!) {\n    assignmentBoard(reviewId: $id) {\n      nominationId category conflicted\n      assigned { evaluatorAccountId evaluatorUsername recusedAt recusalReason scores { submittedAt } }\n      nomination { id nominee { __typename ... on Organization { name } ... on Person { name } } }\n    }\n  }\n": types.AssignmentBoardDocument,
    "query EvaluatorAccounts { accounts(first: 100) { nodes { id username displayName roles status } } }": types.EvaluatorAccountsDocument,
    "mutation AssignOne($reviewId: ID!, $nominationId: ID!, $evaluatorAccountId: ID!) { assignEvaluator(reviewId: $reviewId, nominationId: $nominationId, evaluatorAccountId: $evaluatorAccountId) { nominationId } }": types.AssignOneDocument,
    "mutation UnassignEvaluator($reviewId: ID!, $nominationId: ID!, $evaluatorAccountId: ID!) { unassignEvaluator(reviewId: $reviewId, nominationId: $nominationId, evaluatorAccountId: $evaluatorAccountId) }": types.UnassignEvaluatorDocument,
    "mutation ReopenScores($reviewId: ID!, $nominationId: ID!, $evaluatorAccountId: ID!, $reason: String!) { reopenScores(reviewId: $reviewId, nominationId: $nominationId, evaluatorAccountId: $evaluatorAccountId, reason: $reason) }": types.ReopenScoresDocument,
    "mutation SetCaps($reviewId: ID!, $caps: JSONObject!) { setCategoryCaps(reviewId: $reviewId, caps: $caps) { id } }": types.SetCapsDocument,
    "mutation SetCriteria($reviewId: ID!, $criteria: [CriterionInput!]!) { setReviewCriteria(reviewId: $reviewId, criteria: $criteria) { id } }": types.SetCriteriaDocument,
    "mutation SetRules($reviewId: ID!, $rules: ReviewRulesInput!) { setReviewRules(reviewId: $reviewId, rules: $rules) { id } }": types.SetRulesDocument,
    "mutation SetCommendingAgencies($reviewId: ID!, $agencyIds: [ID!]!) { setCommendingAgencies(reviewId: $reviewId, agencyIds: $agencyIds) { id } }": types.SetCommendingAgenciesDocument,
    "mutation StartScoring($reviewId: ID!) { startReviewScoring(reviewId: $reviewId) { id } }": types.StartScoringDocument,
    "mutation AssignEvaluators($reviewId: ID!) { assignEvaluators(reviewId: $reviewId) { nominationId } }": types.AssignEvaluatorsDocument,
    "\n  query ScoreSheet($reviewId: ID!, $after: String) {\n    reviewScoreSheet(reviewId: $reviewId, first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        nominationId nominee nominator category rank aggregateScore tied outcome\n        criteria { id name weight maxScore }\n        evaluators { accountId name unit marks { criterionId value } total normalized dropped comment }\n      }\n    }\n  }\n": types.ScoreSheetDocument,
    "mutation ExportScoreSheet($reviewId: ID!) { exportScoreSheet(reviewId: $reviewId) { id } }": types.ExportScoreSheetDocument,
    "\n  query MyAssignments($reviewId: ID!) {\n    review(id: $reviewId) { id status criteria { id name weight maxScore categories } }\n    unitPerformanceRanking(first: 1) { totalCount }\n    myAssignments(reviewId: $reviewId) {\n      nominationId recusedAt\n      scores { criterionId value comment submittedAt }\n      nomination {\n        id category deeds nominator { name }\n        nominee { __typename ... on Organization { name taskPerformance { score rank indicatorAttainment timeliness assignments } } ... on Person { name } }\n      }\n    }\n  }\n": types.MyAssignmentsDocument,
    "\n  mutation Recuse($reviewId: ID!, $nominationId: ID!, $reason: String!) { recuseFromNomination(reviewId: $reviewId, nominationId: $nominationId, reason: $reason) { nominationId } }\n": types.RecuseDocument,
    "\n  mutation SaveScores($reviewId: ID!, $nominationId: ID!, $scores: [ScoreInput!]!, $submit: Boolean!) {\n    saveScores(reviewId: $reviewId, nominationId: $nominationId, scores: $scores, submit: $submit) { criterionId submittedAt }\n  }\n": types.SaveScoresDocument,
    "\n  query Reviews { reviews(first: 20) { nodes { id year title status shortlistVersion shortlistSize } } }\n": types.ReviewsDocument,
    "\n  mutation Logout { logout }\n": types.LogoutDocument,
    "\n  query NominationAttachments($id: ID!) {\n    nomination(id: $id) { id attachments { id fileName mimeType size uploadedAt } }\n  }\n": types.NominationAttachmentsDocument,
    "\n  query NominationAttachmentFile($id: ID!) { nominationAttachmentFile(id: $id) { fileName mimeType contentBase64 } }\n": types.NominationAttachmentFileDocument,
    "\n  mutation AddAttachment($nominationId: ID!, $fileName: String!, $mimeType: String!, $contentBase64: String!) {\n    addNominationAttachment(nominationId: $nominationId, fileName: $fileName, mimeType: $mimeType, contentBase64: $contentBase64) { id }\n  }\n": types.AddAttachmentDocument,
    "mutation RemoveAttachment($id: ID!) { removeNominationAttachment(id: $id) { id } }": types.RemoveAttachmentDocument,
    "mutation CreateCycle($input: CreateCycleInput!) { createNominationCycle(input: $input) { id } }": types.CreateCycleDocument,
    "mutation UpdateCycle($input: UpdateCycleInput!) { updateNominationCycle(input: $input) { id } }": types.UpdateCycleDocument,
    "mutation AdvanceCycle($id: ID!, $version: Int!, $to: NominationCycleStatus!, $reason: String) { advanceNominationCycle(id: $id, version: $version, to: $to, reason: $reason) { id status } }": types.AdvanceCycleDocument,
    "\n  query FreezeImpact($cycleId: ID!) { nominationFreezeImpact(cycleId: $cycleId) { submitted returned beforeWindowEnds } }\n": types.FreezeImpactDocument,
    "\n  query Honours($first: Int!, $after: String) {\n    honours(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id year category title nominee { __typename ... on Organization { name } ... on Person { name } } }\n    }\n  }\n": types.HonoursDocument,
    "mutation RecordHonour($input: HonourInput!) { recordHonour(input: $input) { id year title } }": types.RecordHonourDocument,
    "mutation SetQuota($input: QuotaInput!) { setNominationQuota(input: $input) { quota } }": types.SetQuotaDocument,
    "mutation GrantExtension($input: ExtensionInput!) { grantNominationExtension(input: $input) { id } }": types.GrantExtensionDocument,
    "\n  query NominationDetail($id: ID!) {\n    nomination(id: $id) {\n      id category status statusReason deeds contactName contactPhone flags position submittedAt version\n      cycle { year }\n      nominator { name }\n      nominee { __typename ... on Organization { name } ... on Person { name idNumber } }\n      history { toStatus fromStatus actorUsername reason occurredAt }\n    }\n  }\n": types.NominationDetailDocument,
    "query NominationFormPdf($id: ID!) { nominationForm(id: $id) { fileName mimeType contentBase64 } }": types.NominationFormPdfDocument,
    "\n  mutation UpdateNomination($input: UpdateNominationInput!) {\n    updateNomination(input: $input) { id version deeds contactName contactPhone }\n  }\n": types.UpdateNominationDocument,
    "query NominatorKind($id: ID!) { organization(id: $id) { id kind } }": types.NominatorKindDocument,
    "mutation CreateNomination($input: CreateNominationInput!) { createNomination(input: $input) { id version } }": types.CreateNominationDocument,
    "mutation SubmitNewNomination($id: ID!, $version: Int!) { submitNomination(id: $id, version: $version) { id status } }": types.SubmitNewNominationDocument,
    "\n  query NominationList($first: Int!, $after: String, $cycleId: ID, $category: TypicalCategory, $status: NominationStatus, $nominatorId: ID) {\n    nominations(first: $first, after: $after, cycleId: $cycleId, category: $category, status: $status, nominatorId: $nominatorId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id category status statusReason position flags version submittedAt\n        nominator { id name }\n        nominee { __typename ... on Organization { name } ... on Person { name } } }\n    }\n  }\n": types.NominationListDocument,
    "\n  query ExportSummary($cycleId: ID!, $category: TypicalCategory, $status: NominationStatus, $nominatorId: ID) {\n    exportNominationSummary(cycleId: $cycleId, category: $category, status: $status, nominatorId: $nominatorId) { fileName mimeType contentBase64 }\n  }\n": types.ExportSummaryDocument,
    "mutation SubmitNomination($id: ID!, $version: Int!) { submitNomination(id: $id, version: $version) { id status } }": types.SubmitNominationDocument,
    "mutation WithdrawNomination($id: ID!, $version: Int!) { withdrawNomination(id: $id, version: $version) { id status } }": types.WithdrawNominationDocument,
    "mutation AcceptNomination($id: ID!, $version: Int!) { acceptNomination(id: $id, version: $version) { id status } }": types.AcceptNominationDocument,
    "\n  query NominationGroup($cycleId: ID!, $category: TypicalCategory!, $nominatorId: ID!) {\n    nominations(cycleId: $cycleId, category: $category, nominatorId: $nominatorId, first: 100) { nodes { id position status } }\n  }\n": types.NominationGroupDocument,
    "\n  mutation Reorder($cycleId: ID!, $nominatorId: ID!, $category: TypicalCategory!, $ids: [ID!]!) {\n    reorderNominations(cycleId: $cycleId, nominatorOrganizationId: $nominatorId, category: $category, orderedIds: $ids) { id position }\n  }\n": types.ReorderDocument,
    "mutation ReturnNomination($id: ID!, $version: Int!, $reason: String!) { returnNomination(id: $id, version: $version, reason: $reason) { id status } }": types.ReturnNominationDocument,
    "mutation DisqualifyNomination($id: ID!, $version: Int!, $reason: String!) { disqualifyNomination(id: $id, version: $version, reason: $reason) { id status } }": types.DisqualifyNominationDocument,
    "\n  query NomineeUnits($kind: OrganizationKind, $within: ID, $search: String) {\n    organizations(first: 30, kind: $kind, within: $within, search: $search) { nodes { id name parent { name } } }\n  }\n": types.NomineeUnitsDocument,
    "\n  query NomineePersons($within: ID, $search: String) {\n    persons(first: 30, within: $within, search: $search) { nodes { id name idNumber community { name } } }\n  }\n": types.NomineePersonsDocument,
    "\n  query QuotaOverview($cycleId: ID!) { quotaOverview(cycleId: $cycleId) { category used quota nominator { id name } } }\n": types.QuotaOverviewDocument,
    "\n  query NominationCycles {\n    nominationCycles(first: 20) {\n      nodes { id year status opensAt closesAt openCategories nominatorKinds defaultQuota honourLookbackYears frozenAt freezeReason frozenByUsername version\n        extensions { id organizationId until reason } }\n    }\n  }\n": types.NominationCyclesDocument,
    "\n  query JurisdictionRoots { organizations(kind: DISTRICT_GOVERNMENT, first: 10) { nodes { ...TreeUnit } } }\n": types.JurisdictionRootsDocument,
    "\n  query JurisdictionOwnUnit($id: ID!) { organization(id: $id) { ...TreeUnit } }\n": types.JurisdictionOwnUnitDocument,
    "\n  query JurisdictionChildren($id: ID!, $after: String) {\n    organization(id: $id) { id children(first: 50, after: $after) { totalCount nodes { ...TreeUnit } pageInfo { hasNextPage endCursor } } }\n  }\n": types.JurisdictionChildrenDocument,
    "\n  fragment TreeUnit on Organization { id name kind status counts { children persons } }\n": types.TreeUnitFragmentDoc,
    "\n  query MovingUnit($id: ID!) {\n    organization(id: $id) { id name status version parent { id name } counts { activeDescendants persons } }\n  }\n": types.MovingUnitDocument,
    "\n  query NewParent($id: ID!) { organization(id: $id) { id name ancestors { id } } }\n": types.NewParentDocument,
    "\n  mutation MoveOrganization($id: ID!, $version: Int!, $parentId: ID!) {\n    moveOrganization(id: $id, version: $version, parentId: $parentId) { id version parent { id name } }\n  }\n": types.MoveOrganizationDocument,
    "\n  query UnitPage($id: ID!) {\n    organization(id: $id) {\n      id name shortName kind status creditCode address contactPerson contactPhone version\n      counts { children activeDescendants persons }\n      ancestors { id name }\n      children(first: 100) { totalCount nodes { id name kind } }\n      moveHistory { movedAt from { name } to { name } }\n      nominationsReceived(first: 50) { nodes { id category status cycle { year } nominator { name } result { rank aggregateScore outcome } } }\n      nominationsMade(first: 50) { nodes { id category status cycle { year } nominee { ... on Organization { name } ... on Person { name } } } }\n    }\n  }\n": types.UnitPageDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) { id name shortName kind creditCode address contactPerson contactPhone version }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation DissolveOrganization($id: ID!, $version: Int!) { dissolveOrganization(id: $id, version: $version) { id status version } }\n": types.DissolveOrganizationDocument,
    "\n  query DissolveImpact($id: ID!) {\n    organization(id: $id) { id counts { activeDescendants persons } assignments(first: 1, validity: VALID) { totalCount } }\n  }\n": types.DissolveImpactDocument,
    "\n  query OrganizationPicker($search: String, $status: OrganizationStatus) {\n    organizations(first: 20, search: $search, status: $status) { nodes { id name parent { name } } }\n  }\n": types.OrganizationPickerDocument,
    "\n  query OrganizationPicked($id: ID!) { organization(id: $id) { id name } }\n": types.OrganizationPickedDocument,
    "\n  query ExportOrganizations($kind: OrganizationKind, $search: String) {\n    exportOrganizations(kind: $kind, search: $search) { fileName mimeType contentBase64 }\n  }\n": types.ExportOrganizationsDocument,
    "\n  query Organizations($first: Int!, $after: String, $kind: OrganizationKind, $search: String) {\n    organizations(first: $first, after: $after, kind: $kind, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name shortName kind status creditCode parent { id name } }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  query OrganizationAssignments($id: ID!, $first: Int!, $after: String, $validity: DocumentValidity) {\n    organization(id: $id) {\n      id\n      assignments(first: $first, after: $after, validity: $validity) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id role status deadline task { code title area document { documentNumber validity } } }\n      }\n      taskPerformance { rank score }\n    }\n  }\n": types.OrganizationAssignmentsDocument,
    "\n  query PartnerClients($first: Int!, $after: String) {\n    partnerClients(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name keyPrefix status ratePerMinute dailyQuota keyIssuedAt revokedAt callsToday version organization { id name } }\n    }\n  }\n": types.PartnerClientsDocument,
    "\n  mutation IssuePartnerClient($input: IssuePartnerClientInput!) { issuePartnerClient(input: $input) { apiKey client { id name } } }\n": types.IssuePartnerClientDocument,
    "\n  mutation RotatePartnerKey($id: ID!, $version: Int!) { rotatePartnerKey(id: $id, version: $version) { apiKey client { id name } } }\n": types.RotatePartnerKeyDocument,
    "\n  mutation RevokePartnerClient($id: ID!, $version: Int!) { revokePartnerClient(id: $id, version: $version) { id status } }\n": types.RevokePartnerClientDocument,
    "\n  query PartnerOperations($id: ID!, $first: Int!, $after: String) {\n    partnerClient(id: $id) {\n      id\n      operations(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id name hash document createdAt }\n      }\n    }\n  }\n": types.PartnerOperationsDocument,
    "\n  query PartnerUsage($id: ID!, $first: Int!, $after: String) {\n    partnerUsage(clientId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { day operationHash operationName count errors averageLatencyMs latencyMsMax }\n    }\n  }\n": types.PartnerUsageDocument,
    "\n  mutation RegisterPartnerOperation($clientId: ID!, $document: String!) {\n    registerPartnerOperation(clientId: $clientId, document: $document) { id hash name }\n  }\n": types.RegisterPartnerOperationDocument,
    "\n  mutation RemovePartnerOperation($id: ID!) { removePartnerOperation(id: $id) }\n": types.RemovePartnerOperationDocument,
    "\n  mutation CreatePerson($input: PersonInput!) { createPerson(input: $input) { id } }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) { updatePerson(input: $input) { id version } }\n": types.UpdatePersonDocument,
    "\n  query Persons($first: Int!, $after: String, $search: String) {\n    persons(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id version name gender idNumber phone homeProvince homeCity arrivalDate skills trainings\n        employer { id name } community { id name }\n      }\n    }\n  }\n": types.PersonsDocument,
    "\n  mutation RequestPersonsExport($search: String) {\n    requestPersonsExport(search: $search) { file { fileName mimeType contentBase64 } job { id } }\n  }\n": types.RequestPersonsExportDocument,
    "\n  mutation DeletePerson($id: ID!, $version: Int!) { deletePerson(id: $id, version: $version) { id } }\n": types.DeletePersonDocument,
    "\n  mutation RevealPersonalData($id: ID!) { revealPersonalData(id: $id) { personId idNumber phone } }\n": types.RevealPersonalDataDocument,
    "\n  query AssignmentDetail($id: ID!) {\n    assignment(id: $id) {\n      id role status deadline\n      organization { id name }\n      task { id code title requirement document { documentNumber } }\n      indicatorProgress { value checkedItems met progress falling previousValue\n        indicator { id name kind target unitOfMeasure checklistItems } }\n      reports(first: 50) {\n        nodes { id period status summary declaresComplete returnReason submittedAt submittedBy reviewedAt reviewedBy\n          values { indicatorId value checkedItems }\n          evidence { id fileName size } }\n      }\n    }\n  }\n": types.AssignmentDetailDocument,
    "\n  query SupervisionOverview($documentId: ID) {\n    supervisionOverview(documentId: $documentId) {\n      asOf documentId\n      totals { ...StatusRollupFields }\n      byArea { ...StatusRollupFields }\n      byTask { ...StatusRollupFields }\n      byTownship { ...StatusRollupFields organization { id name } }\n    }\n  }\n  fragment StatusRollupFields on StatusRollup { key label area taskId light total onTrack atRisk overdue done }\n": types.SupervisionOverviewDocument,
    "\n  query UnitRollups($documentId: ID, $first: Int!, $after: String) {\n    unitRollups(documentId: $documentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...StatusRollupFields organization { id name } }\n    }\n  }\n": types.UnitRollupsDocument,
    "\n  query SupervisionWarnings($documentId: ID, $first: Int!, $after: String) {\n    supervisionWarnings(documentId: $documentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status deadline role organization { id name } task { id code title area }\n        latestReport { period status } }\n    }\n  }\n": types.SupervisionWarningsDocument,
    "\n  query UnitPerformanceRanking($first: Int!, $after: String) {\n    unitPerformanceRanking(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { rank score indicatorAttainment timeliness assignments done overdue organization { id name } }\n    }\n  }\n": types.UnitPerformanceRankingDocument,
    "\n  query ExportSupervisionReport($documentId: ID) { exportSupervisionReport(documentId: $documentId) { fileName mimeType contentBase64 } }\n": types.ExportSupervisionReportDocument,
    "\n  query UnitAssignments($organizationId: ID, $first: Int!, $after: String) {\n    assignments(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id role status deadline version\n        organization { id name }\n        task { id code title area reportPeriod deadline\n          document { id documentNumber validity }\n          indicators { id name kind target unitOfMeasure checklistItems } }\n        latestReport { id period status version summary declaresComplete returnReason\n          values { indicatorId value checkedItems }\n          evidence { id fileName } }\n      }\n    }\n  }\n": types.UnitAssignmentsDocument,
    "\n  query MyNotices { myNotices(first: 20) { totalCount nodes { id kind message dueOn assignmentId } } }\n": types.MyNoticesDocument,
    "\n  query PlanDraft($documentId: ID!) {\n    planDraft(documentId: $documentId) {\n      existingTasks unresolvedUnits\n      tasks { code title area responsibleUnits units { listedAs name } }\n    }\n  }\n": types.PlanDraftDocument,
    "\n  mutation CreatePlanTasks($documentId: ID!, $areas: [PlanAreaInput!]) {\n    createPlanTasks(documentId: $documentId, areas: $areas) { id code }\n  }\n": types.CreatePlanTasksDocument,
    "\n  mutation CreatePolicyDocument($input: CreatePolicyDocumentInput!) { createPolicyDocument(input: $input) { id documentNumber } }\n": types.CreatePolicyDocumentDocument,
    "\n  query PolicyDocumentDetail($id: ID!) {\n    policyDocument(id: $id) {\n      id title indexNumber issuer subject writtenOn publishedOn genre documentNumber validity version fullText\n      basis { documentNumber title }\n    }\n    tasks(documentId: $id, first: 50) { nodes { id code title area deadline } }\n  }\n": types.PolicyDocumentDetailDocument,
    "\n  mutation SetPolicyDocumentValidity($id: ID!, $validity: DocumentValidity!, $version: Int!) {\n    setPolicyDocumentValidity(id: $id, validity: $validity, version: $version) { id validity version }\n  }\n": types.SetPolicyDocumentValidityDocument,
    "\n  mutation UploadEvidence($input: EvidenceUploadInput!) { uploadEvidence(input: $input) { id fileName size } }\n": types.UploadEvidenceDocument,
    "\n  mutation SubmitProgressReport($input: SubmitReportInput!) { submitProgressReport(input: $input) { id status period version } }\n": types.SubmitProgressReportDocument,
    "\n  mutation ResubmitProgressReport($input: ResubmitReportInput!) { resubmitProgressReport(input: $input) { id status period version } }\n": types.ResubmitProgressReportDocument,
    "\n  query ReportsToReview($status: ReportStatus, $first: Int!, $after: String) {\n    reportsToReview(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id period status summary declaresComplete returnReason submittedAt submittedBy version\n        values { indicatorId value checkedItems }\n        evidence { id fileName size }\n        assignment { id organization { id name }\n          task { id code title area indicators { id name kind target unitOfMeasure } } } }\n    }\n  }\n": types.ReportsToReviewDocument,
    "\n  mutation AcceptProgressReport($id: ID!, $version: Int!) { acceptProgressReport(id: $id, version: $version) { id status version } }\n": types.AcceptProgressReportDocument,
    "\n  mutation ReturnProgressReport($id: ID!, $version: Int!, $reason: String!) { returnProgressReport(id: $id, version: $version, reason: $reason) { id status version } }\n": types.ReturnProgressReportDocument,
    "\n  mutation CreateSubTask($input: CreateSubTaskInput!) { createSubTask(input: $input) { id code } }\n": types.CreateSubTaskDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) { createIndicator(input: $input) { id name } }\n": types.CreateIndicatorDocument,
    "\n  mutation AddAssignee($input: AddAssigneeInput!) { addAssignee(input: $input) { id role } }\n": types.AddAssigneeDocument,
    "\n  mutation UpdateTaskSchedule($input: UpdateTaskScheduleInput!) { updateTaskSchedule(input: $input) { id deadline reportPeriod version } }\n": types.UpdateTaskScheduleDocument,
    "\n  query TaskTree($documentId: ID) {\n    tasks(documentId: $documentId, first: 50) {\n      nodes {\n        ...TaskNode\n        children { ...TaskNode children { ...TaskNode children { ...TaskNode } } }\n      }\n    }\n  }\n  fragment TaskNode on Task {\n    id code title area requirement deadline reportPeriod version\n    ownerOrganization { id name }\n    document { id validity }\n    indicators { id name kind target unitOfMeasure checklistItems deadline }\n    assignments(first: 100) { totalCount nodes { id role status version organization { id name } } }\n  }\n": types.TaskTreeDocument,
    "\n  mutation DesignateLead($input: DesignateLeadInput!) { designateLead(input: $input) { id role version } }\n": types.DesignateLeadDocument,
    "\n  query JurisdictionUnits($within: ID, $search: String) {\n    organizations(first: 50, within: $within, search: $search, status: ACTIVE) { nodes { id name parent { id name } } }\n  }\n": types.JurisdictionUnitsDocument,
    "\n  query PolicyDocuments($first: Int!, $after: String) {\n    policyDocuments(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title indexNumber issuer subject writtenOn publishedOn genre documentNumber validity version taskCount\n        basis { documentNumber title } }\n    }\n  }\n": types.PolicyDocumentsDocument,
    "\n  query EvidenceFile($id: ID!) { evidenceFile(id: $id) { fileName mimeType contentBase64 } }\n": types.EvidenceFileDocument,
    "\n  mutation ImportOrganizations($file: ImportFileInput!) {\n    importOrganizations(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n": types.ImportOrganizationsDocument,
    "\n  mutation ImportPersons($file: ImportFileInput!) {\n    importPersons(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n": types.ImportPersonsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($first: Int!, $after: String, $search: String) {\n    accounts(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id username displayName roles status version lockedUntil mustChangePassword organization { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($first: Int!, $after: String, $search: String) {\n    accounts(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id username displayName roles status version lockedUntil mustChangePassword organization { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { id version roles status } }\n"): (typeof documents)["\n  mutation UpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { id version roles status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($id: ID!, $password: String!) { resetPassword(accountId: $id, temporaryPassword: $password) { id } }\n"): (typeof documents)["\n  mutation ResetPassword($id: ID!, $password: String!) { resetPassword(accountId: $id, temporaryPassword: $password) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) { accessToken refreshToken expiresAt }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) { accessToken refreshToken expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActs($first: Int!, $after: String, $actor: ID, $actions: [String!], $subject: ID, $from: DateTimeISO, $to: DateTimeISO) {\n    organizationsAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n    tasksAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n    nominationsAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n    evaluationAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n  }\n  fragment AuditActPage on AuditActConnection {\n    totalCount\n    pageInfo { hasNextPage }\n    nodes { id service occurredAt action subjectType subjectId detail actor { id displayName unit { id name } } }\n  }\n"): (typeof documents)["\n  query AuditActs($first: Int!, $after: String, $actor: ID, $actions: [String!], $subject: ID, $from: DateTimeISO, $to: DateTimeISO) {\n    organizationsAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n    tasksAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n    nominationsAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n    evaluationAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {\n      ...AuditActPage\n    }\n  }\n  fragment AuditActPage on AuditActConnection {\n    totalCount\n    pageInfo { hasNextPage }\n    nodes { id service occurredAt action subjectType subjectId detail actor { id displayName unit { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors($search: String) {\n    accounts(first: 20, search: $search) { nodes { id displayName organization { id name } } }\n  }\n"): (typeof documents)["\n  query AuditActors($search: String) {\n    accounts(first: 20, search: $search) { nodes { id displayName organization { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id username displayName roles mustChangePassword organization { id name } }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id username displayName roles mustChangePassword organization { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { id } }\n"): (typeof documents)["\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { accessToken refreshToken expiresAt }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { accessToken refreshToken expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowJob($id: ID!, $organizations: Boolean!) {\n    evaluationJob(id: $id) @skip(if: $organizations) {\n      id kind state progress message result error { code message } files { id fileName mimeType size }\n    }\n    organizationsJob(id: $id) @include(if: $organizations) {\n      id kind state progress message result error { code message } files { id fileName mimeType size }\n    }\n  }\n"): (typeof documents)["\n  query FollowJob($id: ID!, $organizations: Boolean!) {\n    evaluationJob(id: $id) @skip(if: $organizations) {\n      id kind state progress message result error { code message } files { id fileName mimeType size }\n    }\n    organizationsJob(id: $id) @include(if: $organizations) {\n      id kind state progress message result error { code message } files { id fileName mimeType size }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Actors($usernames: [String!]!) { actors(usernames: $usernames) { username displayName organizationName } }\n"): (typeof documents)["\n  query Actors($usernames: [String!]!) { actors(usernames: $usernames) { username displayName organizationName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewApprovals($id: ID!) {\n    review(id: $id) {\n      id status shortlistVersion\n      approvals { id approverUsername decision reason shortlistVersion approvedAt voidedAt }\n    }\n  }\n"): (typeof documents)["\n  query ReviewApprovals($id: ID!) {\n    review(id: $id) {\n      id status shortlistVersion\n      approvals { id approverUsername decision reason shortlistVersion approvedAt voidedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveShortlist($reviewId: ID!, $version: Int!) { approveShortlist(reviewId: $reviewId, shortlistVersion: $version) { id status } }"): (typeof documents)["mutation ApproveShortlist($reviewId: ID!, $version: Int!) { approveShortlist(reviewId: $reviewId, shortlistVersion: $version) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineShortlist($reviewId: ID!, $version: Int!, $reason: String!) { declineShortlist(reviewId: $reviewId, shortlistVersion: $version, reason: $reason) { id status } }"): (typeof documents)["mutation DeclineShortlist($reviewId: ID!, $version: Int!, $reason: String!) { declineShortlist(reviewId: $reviewId, shortlistVersion: $version, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewableCycles {\n    nominationCycles(first: 50) { nodes { id year status frozenAt } }\n    reviews(first: 100) { nodes { id cycleId } }\n  }\n"): (typeof documents)["\n  query ReviewableCycles {\n    nominationCycles(first: 50) { nodes { id year status frozenAt } }\n    reviews(first: 100) { nodes { id cycleId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReview($input: CreateReviewInput!) { createReview(input: $input) { id title } }\n"): (typeof documents)["\n  mutation CreateReview($input: CreateReviewInput!) { createReview(input: $input) { id title } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarYears { calendarYears(first: 50) { nodes { year documentNumber title issuedOn source importedAt importedBy } } }\n"): (typeof documents)["\n  query CalendarYears { calendarYears(first: 50) { nodes { year documentNumber title issuedOn source importedAt importedBy } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarDays($year: Int!) { calendarDays(year: $year) { day kind note } }"): (typeof documents)["query CalendarDays($year: Int!) { calendarDays(year: $year) { day kind note } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetCalendarDays($days: [CalendarDayInput!]!) { setCalendarDays(days: $days) }"): (typeof documents)["mutation SetCalendarDays($days: [CalendarDayInput!]!) { setCalendarDays(days: $days) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveCalendarDays($days: [String!]!) { removeCalendarDays(days: $days) }"): (typeof documents)["mutation RemoveCalendarDays($days: [String!]!) { removeCalendarDays(days: $days) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportHolidayCalendar($input: CalendarYearInput!) { importHolidayCalendar(input: $input) { year } }\n"): (typeof documents)["\n  mutation ImportHolidayCalendar($input: CalendarYearInput!) { importHolidayCalendar(input: $input) { year } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicList($year: Int) {\n    publicList(year: $year) {\n      year title final publicityStarts publicityEnds issuingAgencies decisionNumber decidedOn\n      entries { name category nominator }\n    }\n  }\n"): (typeof documents)["\n  query PublicList($year: Int) {\n    publicList(year: $year) {\n      year title final publicityStarts publicityEnds issuingAgencies decisionNumber decidedOn\n      entries { name category nominator }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Publicity($id: ID!) {\n    review(id: $id) {\n      id status publicityStarts publicityEnds publicityPaperReason publicityStartedBy decisionNumber decidedOn\n      results(first: 100) { nodes { id outcome nomination { id nominee { __typename ... on Organization { name } ... on Person { name } } } } }\n      objections { id nominationId objectorName objectorContact content status answer receivedAt }\n    }\n  }\n"): (typeof documents)["\n  query Publicity($id: ID!) {\n    review(id: $id) {\n      id status publicityStarts publicityEnds publicityPaperReason publicityStartedBy decisionNumber decidedOn\n      results(first: 100) { nodes { id outcome nomination { id nominee { __typename ... on Organization { name } ... on Person { name } } } } }\n      objections { id nominationId objectorName objectorContact content status answer receivedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartPublicity($reviewId: ID!, $startDate: String, $paperReason: String) { startPublicity(reviewId: $reviewId, startDate: $startDate, paperReason: $paperReason) { id } }"): (typeof documents)["mutation StartPublicity($reviewId: ID!, $startDate: String, $paperReason: String) { startPublicity(reviewId: $reviewId, startDate: $startDate, paperReason: $paperReason) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RaiseObjection($input: ObjectionInput!) { raiseObjection(input: $input) { id } }"): (typeof documents)["mutation RaiseObjection($input: ObjectionInput!) { raiseObjection(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswerObjection($id: ID!, $upheld: Boolean!, $answer: String!) { answerObjection(objectionId: $id, upheld: $upheld, answer: $answer) { id } }"): (typeof documents)["mutation AnswerObjection($id: ID!, $upheld: Boolean!, $answer: String!) { answerObjection(objectionId: $id, upheld: $upheld, answer: $answer) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalizeCommendation($reviewId: ID!, $decisionNumber: String) { finalizeCommendation(reviewId: $reviewId, decisionNumber: $decisionNumber) { id } }"): (typeof documents)["mutation FinalizeCommendation($reviewId: ID!, $decisionNumber: String) { finalizeCommendation(reviewId: $reviewId, decisionNumber: $decisionNumber) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewResults($id: ID!) {\n    review(id: $id) {\n      id title status shortlistSize shortlistVersion publicityStarts publicityEnds\n      approvals { approverUsername shortlistVersion approvedAt voidedAt }\n      results(first: 100) {\n        nodes { id rank aggregateScore outcome tied removedReason\n          nomination { id category nominator { name } nominee { __typename ... on Organization { name } ... on Person { name } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewResults($id: ID!) {\n    review(id: $id) {\n      id title status shortlistSize shortlistVersion publicityStarts publicityEnds\n      approvals { approverUsername shortlistVersion approvedAt voidedAt }\n      results(first: 100) {\n        nodes { id rank aggregateScore outcome tied removedReason\n          nomination { id category nominator { name } nominee { __typename ... on Organization { name } ... on Person { name } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportReviewList($reviewId: ID!) { exportReviewList(reviewId: $reviewId) { fileName mimeType contentBase64 } }"): (typeof documents)["query ExportReviewList($reviewId: ID!) { exportReviewList(reviewId: $reviewId) { fileName mimeType contentBase64 } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommendationDecision($reviewId: ID!) { commendationDecision(reviewId: $reviewId) { fileName mimeType contentBase64 } }"): (typeof documents)["query CommendationDecision($reviewId: ID!) { commendationDecision(reviewId: $reviewId) { fileName mimeType contentBase64 } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommendationCertificates($reviewId: ID!) { commendationCertificates(reviewId: $reviewId) { fileName mimeType contentBase64 } }"): (typeof documents)["query CommendationCertificates($reviewId: ID!) { commendationCertificates(reviewId: $reviewId) { fileName mimeType contentBase64 } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeShortlist($reviewId: ID!, $nominationId: ID!, $include: Boolean!, $reason: String!) { changeShortlist(reviewId: $reviewId, nominationId: $nominationId, include: $include, reason: $reason) { id } }"): (typeof documents)["mutation ChangeShortlist($reviewId: ID!, $nominationId: ID!, $include: Boolean!, $reason: String!) { changeShortlist(reviewId: $reviewId, nominationId: $nominationId, include: $include, reason: $reason) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComputeRanking($reviewId: ID!) { computeRanking(reviewId: $reviewId) { id } }"): (typeof documents)["mutation ComputeRanking($reviewId: ID!) { computeRanking(reviewId: $reviewId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GenerateCommendationDocuments($reviewId: ID!) { generateCommendationDocuments(reviewId: $reviewId) { id } }"): (typeof documents)["mutation GenerateCommendationDocuments($reviewId: ID!) { generateCommendationDocuments(reviewId: $reviewId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictAgencies { organizations(first: 100, kind: DISTRICT_AGENCY, status: ACTIVE) { nodes { id name } } }\n"): (typeof documents)["\n  query DistrictAgencies { organizations(first: 100, kind: DISTRICT_AGENCY, status: ACTIVE) { nodes { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewSetup($id: ID!) {\n    review(id: $id) {\n      id title status rulesFrozenAt evaluatorsPerNomination shortlistSize categoryCaps rulesVersion commendingAgencyIds\n      rules { method trimMinScores normalizePerEvaluator tieBreakers { kind criterionId } }\n      criteria { id name weight maxScore taskArea categories }\n    }\n    reviewProgress(reviewId: $id) { evaluatorAccountId username assigned recused submitted }\n  }\n"): (typeof documents)["\n  query ReviewSetup($id: ID!) {\n    review(id: $id) {\n      id title status rulesFrozenAt evaluatorsPerNomination shortlistSize categoryCaps rulesVersion commendingAgencyIds\n      rules { method trimMinScores normalizePerEvaluator tieBreakers { kind criterionId } }\n      criteria { id name weight maxScore taskArea categories }\n    }\n    reviewProgress(reviewId: $id) { evaluatorAccountId username assigned recused submitted }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentBoard($id: ID!) {\n    assignmentBoard(reviewId: $id) {\n      nominationId category conflicted\n      assigned { evaluatorAccountId evaluatorUsername recusedAt recusalReason scores { submittedAt } }\n      nomination { id nominee { __typename ... on Organization { name } ... on Person { name } } }\n    }\n  }\n"): (typeof documents)["\n  query AssignmentBoard($id: ID!) {\n    assignmentBoard(reviewId: $id) {\n      nominationId category conflicted\n      assigned { evaluatorAccountId evaluatorUsername recusedAt recusalReason scores { submittedAt } }\n      nomination { id nominee { __typename ... on Organization { name } ... on Person { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvaluatorAccounts { accounts(first: 100) { nodes { id username displayName roles status } } }"): (typeof documents)["query EvaluatorAccounts { accounts(first: 100) { nodes { id username displayName roles status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignOne($reviewId: ID!, $nominationId: ID!, $evaluatorAccountId: ID!) { assignEvaluator(reviewId: $reviewId, nominationId: $nominationId, evaluatorAccountId: $evaluatorAccountId) { nominationId } }"): (typeof documents)["mutation AssignOne($reviewId: ID!, $nominationId: ID!, $evaluatorAccountId: ID!) { assignEvaluator(reviewId: $reviewId, nominationId: $nominationId, evaluatorAccountId: $evaluatorAccountId) { nominationId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnassignEvaluator($reviewId: ID!, $nominationId: ID!, $evaluatorAccountId: ID!) { unassignEvaluator(reviewId: $reviewId, nominationId: $nominationId, evaluatorAccountId: $evaluatorAccountId) }"): (typeof documents)["mutation UnassignEvaluator($reviewId: ID!, $nominationId: ID!, $evaluatorAccountId: ID!) { unassignEvaluator(reviewId: $reviewId, nominationId: $nominationId, evaluatorAccountId: $evaluatorAccountId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenScores($reviewId: ID!, $nominationId: ID!, $evaluatorAccountId: ID!, $reason: String!) { reopenScores(reviewId: $reviewId, nominationId: $nominationId, evaluatorAccountId: $evaluatorAccountId, reason: $reason) }"): (typeof documents)["mutation ReopenScores($reviewId: ID!, $nominationId: ID!, $evaluatorAccountId: ID!, $reason: String!) { reopenScores(reviewId: $reviewId, nominationId: $nominationId, evaluatorAccountId: $evaluatorAccountId, reason: $reason) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetCaps($reviewId: ID!, $caps: JSONObject!) { setCategoryCaps(reviewId: $reviewId, caps: $caps) { id } }"): (typeof documents)["mutation SetCaps($reviewId: ID!, $caps: JSONObject!) { setCategoryCaps(reviewId: $reviewId, caps: $caps) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetCriteria($reviewId: ID!, $criteria: [CriterionInput!]!) { setReviewCriteria(reviewId: $reviewId, criteria: $criteria) { id } }"): (typeof documents)["mutation SetCriteria($reviewId: ID!, $criteria: [CriterionInput!]!) { setReviewCriteria(reviewId: $reviewId, criteria: $criteria) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetRules($reviewId: ID!, $rules: ReviewRulesInput!) { setReviewRules(reviewId: $reviewId, rules: $rules) { id } }"): (typeof documents)["mutation SetRules($reviewId: ID!, $rules: ReviewRulesInput!) { setReviewRules(reviewId: $reviewId, rules: $rules) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetCommendingAgencies($reviewId: ID!, $agencyIds: [ID!]!) { setCommendingAgencies(reviewId: $reviewId, agencyIds: $agencyIds) { id } }"): (typeof documents)["mutation SetCommendingAgencies($reviewId: ID!, $agencyIds: [ID!]!) { setCommendingAgencies(reviewId: $reviewId, agencyIds: $agencyIds) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartScoring($reviewId: ID!) { startReviewScoring(reviewId: $reviewId) { id } }"): (typeof documents)["mutation StartScoring($reviewId: ID!) { startReviewScoring(reviewId: $reviewId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignEvaluators($reviewId: ID!) { assignEvaluators(reviewId: $reviewId) { nominationId } }"): (typeof documents)["mutation AssignEvaluators($reviewId: ID!) { assignEvaluators(reviewId: $reviewId) { nominationId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoreSheet($reviewId: ID!, $after: String) {\n    reviewScoreSheet(reviewId: $reviewId, first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        nominationId nominee nominator category rank aggregateScore tied outcome\n        criteria { id name weight maxScore }\n        evaluators { accountId name unit marks { criterionId value } total normalized dropped comment }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoreSheet($reviewId: ID!, $after: String) {\n    reviewScoreSheet(reviewId: $reviewId, first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        nominationId nominee nominator category rank aggregateScore tied outcome\n        criteria { id name weight maxScore }\n        evaluators { accountId name unit marks { criterionId value } total normalized dropped comment }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportScoreSheet($reviewId: ID!) { exportScoreSheet(reviewId: $reviewId) { id } }"): (typeof documents)["mutation ExportScoreSheet($reviewId: ID!) { exportScoreSheet(reviewId: $reviewId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssignments($reviewId: ID!) {\n    review(id: $reviewId) { id status criteria { id name weight maxScore categories } }\n    unitPerformanceRanking(first: 1) { totalCount }\n    myAssignments(reviewId: $reviewId) {\n      nominationId recusedAt\n      scores { criterionId value comment submittedAt }\n      nomination {\n        id category deeds nominator { name }\n        nominee { __typename ... on Organization { name taskPerformance { score rank indicatorAttainment timeliness assignments } } ... on Person { name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAssignments($reviewId: ID!) {\n    review(id: $reviewId) { id status criteria { id name weight maxScore categories } }\n    unitPerformanceRanking(first: 1) { totalCount }\n    myAssignments(reviewId: $reviewId) {\n      nominationId recusedAt\n      scores { criterionId value comment submittedAt }\n      nomination {\n        id category deeds nominator { name }\n        nominee { __typename ... on Organization { name taskPerformance { score rank indicatorAttainment timeliness assignments } } ... on Person { name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Recuse($reviewId: ID!, $nominationId: ID!, $reason: String!) { recuseFromNomination(reviewId: $reviewId, nominationId: $nominationId, reason: $reason) { nominationId } }\n"): (typeof documents)["\n  mutation Recuse($reviewId: ID!, $nominationId: ID!, $reason: String!) { recuseFromNomination(reviewId: $reviewId, nominationId: $nominationId, reason: $reason) { nominationId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveScores($reviewId: ID!, $nominationId: ID!, $scores: [ScoreInput!]!, $submit: Boolean!) {\n    saveScores(reviewId: $reviewId, nominationId: $nominationId, scores: $scores, submit: $submit) { criterionId submittedAt }\n  }\n"): (typeof documents)["\n  mutation SaveScores($reviewId: ID!, $nominationId: ID!, $scores: [ScoreInput!]!, $submit: Boolean!) {\n    saveScores(reviewId: $reviewId, nominationId: $nominationId, scores: $scores, submit: $submit) { criterionId submittedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reviews { reviews(first: 20) { nodes { id year title status shortlistVersion shortlistSize } } }\n"): (typeof documents)["\n  query Reviews { reviews(first: 20) { nodes { id year title status shortlistVersion shortlistSize } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout { logout }\n"): (typeof documents)["\n  mutation Logout { logout }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationAttachments($id: ID!) {\n    nomination(id: $id) { id attachments { id fileName mimeType size uploadedAt } }\n  }\n"): (typeof documents)["\n  query NominationAttachments($id: ID!) {\n    nomination(id: $id) { id attachments { id fileName mimeType size uploadedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationAttachmentFile($id: ID!) { nominationAttachmentFile(id: $id) { fileName mimeType contentBase64 } }\n"): (typeof documents)["\n  query NominationAttachmentFile($id: ID!) { nominationAttachmentFile(id: $id) { fileName mimeType contentBase64 } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAttachment($nominationId: ID!, $fileName: String!, $mimeType: String!, $contentBase64: String!) {\n    addNominationAttachment(nominationId: $nominationId, fileName: $fileName, mimeType: $mimeType, contentBase64: $contentBase64) { id }\n  }\n"): (typeof documents)["\n  mutation AddAttachment($nominationId: ID!, $fileName: String!, $mimeType: String!, $contentBase64: String!) {\n    addNominationAttachment(nominationId: $nominationId, fileName: $fileName, mimeType: $mimeType, contentBase64: $contentBase64) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveAttachment($id: ID!) { removeNominationAttachment(id: $id) { id } }"): (typeof documents)["mutation RemoveAttachment($id: ID!) { removeNominationAttachment(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCycle($input: CreateCycleInput!) { createNominationCycle(input: $input) { id } }"): (typeof documents)["mutation CreateCycle($input: CreateCycleInput!) { createNominationCycle(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCycle($input: UpdateCycleInput!) { updateNominationCycle(input: $input) { id } }"): (typeof documents)["mutation UpdateCycle($input: UpdateCycleInput!) { updateNominationCycle(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdvanceCycle($id: ID!, $version: Int!, $to: NominationCycleStatus!, $reason: String) { advanceNominationCycle(id: $id, version: $version, to: $to, reason: $reason) { id status } }"): (typeof documents)["mutation AdvanceCycle($id: ID!, $version: Int!, $to: NominationCycleStatus!, $reason: String) { advanceNominationCycle(id: $id, version: $version, to: $to, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreezeImpact($cycleId: ID!) { nominationFreezeImpact(cycleId: $cycleId) { submitted returned beforeWindowEnds } }\n"): (typeof documents)["\n  query FreezeImpact($cycleId: ID!) { nominationFreezeImpact(cycleId: $cycleId) { submitted returned beforeWindowEnds } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Honours($first: Int!, $after: String) {\n    honours(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id year category title nominee { __typename ... on Organization { name } ... on Person { name } } }\n    }\n  }\n"): (typeof documents)["\n  query Honours($first: Int!, $after: String) {\n    honours(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id year category title nominee { __typename ... on Organization { name } ... on Person { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordHonour($input: HonourInput!) { recordHonour(input: $input) { id year title } }"): (typeof documents)["mutation RecordHonour($input: HonourInput!) { recordHonour(input: $input) { id year title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetQuota($input: QuotaInput!) { setNominationQuota(input: $input) { quota } }"): (typeof documents)["mutation SetQuota($input: QuotaInput!) { setNominationQuota(input: $input) { quota } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantExtension($input: ExtensionInput!) { grantNominationExtension(input: $input) { id } }"): (typeof documents)["mutation GrantExtension($input: ExtensionInput!) { grantNominationExtension(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationDetail($id: ID!) {\n    nomination(id: $id) {\n      id category status statusReason deeds contactName contactPhone flags position submittedAt version\n      cycle { year }\n      nominator { name }\n      nominee { __typename ... on Organization { name } ... on Person { name idNumber } }\n      history { toStatus fromStatus actorUsername reason occurredAt }\n    }\n  }\n"): (typeof documents)["\n  query NominationDetail($id: ID!) {\n    nomination(id: $id) {\n      id category status statusReason deeds contactName contactPhone flags position submittedAt version\n      cycle { year }\n      nominator { name }\n      nominee { __typename ... on Organization { name } ... on Person { name idNumber } }\n      history { toStatus fromStatus actorUsername reason occurredAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NominationFormPdf($id: ID!) { nominationForm(id: $id) { fileName mimeType contentBase64 } }"): (typeof documents)["query NominationFormPdf($id: ID!) { nominationForm(id: $id) { fileName mimeType contentBase64 } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNomination($input: UpdateNominationInput!) {\n    updateNomination(input: $input) { id version deeds contactName contactPhone }\n  }\n"): (typeof documents)["\n  mutation UpdateNomination($input: UpdateNominationInput!) {\n    updateNomination(input: $input) { id version deeds contactName contactPhone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NominatorKind($id: ID!) { organization(id: $id) { id kind } }"): (typeof documents)["query NominatorKind($id: ID!) { organization(id: $id) { id kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateNomination($input: CreateNominationInput!) { createNomination(input: $input) { id version } }"): (typeof documents)["mutation CreateNomination($input: CreateNominationInput!) { createNomination(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitNewNomination($id: ID!, $version: Int!) { submitNomination(id: $id, version: $version) { id status } }"): (typeof documents)["mutation SubmitNewNomination($id: ID!, $version: Int!) { submitNomination(id: $id, version: $version) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationList($first: Int!, $after: String, $cycleId: ID, $category: TypicalCategory, $status: NominationStatus, $nominatorId: ID) {\n    nominations(first: $first, after: $after, cycleId: $cycleId, category: $category, status: $status, nominatorId: $nominatorId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id category status statusReason position flags version submittedAt\n        nominator { id name }\n        nominee { __typename ... on Organization { name } ... on Person { name } } }\n    }\n  }\n"): (typeof documents)["\n  query NominationList($first: Int!, $after: String, $cycleId: ID, $category: TypicalCategory, $status: NominationStatus, $nominatorId: ID) {\n    nominations(first: $first, after: $after, cycleId: $cycleId, category: $category, status: $status, nominatorId: $nominatorId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id category status statusReason position flags version submittedAt\n        nominator { id name }\n        nominee { __typename ... on Organization { name } ... on Person { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportSummary($cycleId: ID!, $category: TypicalCategory, $status: NominationStatus, $nominatorId: ID) {\n    exportNominationSummary(cycleId: $cycleId, category: $category, status: $status, nominatorId: $nominatorId) { fileName mimeType contentBase64 }\n  }\n"): (typeof documents)["\n  query ExportSummary($cycleId: ID!, $category: TypicalCategory, $status: NominationStatus, $nominatorId: ID) {\n    exportNominationSummary(cycleId: $cycleId, category: $category, status: $status, nominatorId: $nominatorId) { fileName mimeType contentBase64 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitNomination($id: ID!, $version: Int!) { submitNomination(id: $id, version: $version) { id status } }"): (typeof documents)["mutation SubmitNomination($id: ID!, $version: Int!) { submitNomination(id: $id, version: $version) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawNomination($id: ID!, $version: Int!) { withdrawNomination(id: $id, version: $version) { id status } }"): (typeof documents)["mutation WithdrawNomination($id: ID!, $version: Int!) { withdrawNomination(id: $id, version: $version) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptNomination($id: ID!, $version: Int!) { acceptNomination(id: $id, version: $version) { id status } }"): (typeof documents)["mutation AcceptNomination($id: ID!, $version: Int!) { acceptNomination(id: $id, version: $version) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationGroup($cycleId: ID!, $category: TypicalCategory!, $nominatorId: ID!) {\n    nominations(cycleId: $cycleId, category: $category, nominatorId: $nominatorId, first: 100) { nodes { id position status } }\n  }\n"): (typeof documents)["\n  query NominationGroup($cycleId: ID!, $category: TypicalCategory!, $nominatorId: ID!) {\n    nominations(cycleId: $cycleId, category: $category, nominatorId: $nominatorId, first: 100) { nodes { id position status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reorder($cycleId: ID!, $nominatorId: ID!, $category: TypicalCategory!, $ids: [ID!]!) {\n    reorderNominations(cycleId: $cycleId, nominatorOrganizationId: $nominatorId, category: $category, orderedIds: $ids) { id position }\n  }\n"): (typeof documents)["\n  mutation Reorder($cycleId: ID!, $nominatorId: ID!, $category: TypicalCategory!, $ids: [ID!]!) {\n    reorderNominations(cycleId: $cycleId, nominatorOrganizationId: $nominatorId, category: $category, orderedIds: $ids) { id position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturnNomination($id: ID!, $version: Int!, $reason: String!) { returnNomination(id: $id, version: $version, reason: $reason) { id status } }"): (typeof documents)["mutation ReturnNomination($id: ID!, $version: Int!, $reason: String!) { returnNomination(id: $id, version: $version, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisqualifyNomination($id: ID!, $version: Int!, $reason: String!) { disqualifyNomination(id: $id, version: $version, reason: $reason) { id status } }"): (typeof documents)["mutation DisqualifyNomination($id: ID!, $version: Int!, $reason: String!) { disqualifyNomination(id: $id, version: $version, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NomineeUnits($kind: OrganizationKind, $within: ID, $search: String) {\n    organizations(first: 30, kind: $kind, within: $within, search: $search) { nodes { id name parent { name } } }\n  }\n"): (typeof documents)["\n  query NomineeUnits($kind: OrganizationKind, $within: ID, $search: String) {\n    organizations(first: 30, kind: $kind, within: $within, search: $search) { nodes { id name parent { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NomineePersons($within: ID, $search: String) {\n    persons(first: 30, within: $within, search: $search) { nodes { id name idNumber community { name } } }\n  }\n"): (typeof documents)["\n  query NomineePersons($within: ID, $search: String) {\n    persons(first: 30, within: $within, search: $search) { nodes { id name idNumber community { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaOverview($cycleId: ID!) { quotaOverview(cycleId: $cycleId) { category used quota nominator { id name } } }\n"): (typeof documents)["\n  query QuotaOverview($cycleId: ID!) { quotaOverview(cycleId: $cycleId) { category used quota nominator { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationCycles {\n    nominationCycles(first: 20) {\n      nodes { id year status opensAt closesAt openCategories nominatorKinds defaultQuota honourLookbackYears frozenAt freezeReason frozenByUsername version\n        extensions { id organizationId until reason } }\n    }\n  }\n"): (typeof documents)["\n  query NominationCycles {\n    nominationCycles(first: 20) {\n      nodes { id year status opensAt closesAt openCategories nominatorKinds defaultQuota honourLookbackYears frozenAt freezeReason frozenByUsername version\n        extensions { id organizationId until reason } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurisdictionRoots { organizations(kind: DISTRICT_GOVERNMENT, first: 10) { nodes { ...TreeUnit } } }\n"): (typeof documents)["\n  query JurisdictionRoots { organizations(kind: DISTRICT_GOVERNMENT, first: 10) { nodes { ...TreeUnit } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurisdictionOwnUnit($id: ID!) { organization(id: $id) { ...TreeUnit } }\n"): (typeof documents)["\n  query JurisdictionOwnUnit($id: ID!) { organization(id: $id) { ...TreeUnit } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurisdictionChildren($id: ID!, $after: String) {\n    organization(id: $id) { id children(first: 50, after: $after) { totalCount nodes { ...TreeUnit } pageInfo { hasNextPage endCursor } } }\n  }\n"): (typeof documents)["\n  query JurisdictionChildren($id: ID!, $after: String) {\n    organization(id: $id) { id children(first: 50, after: $after) { totalCount nodes { ...TreeUnit } pageInfo { hasNextPage endCursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TreeUnit on Organization { id name kind status counts { children persons } }\n"): (typeof documents)["\n  fragment TreeUnit on Organization { id name kind status counts { children persons } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovingUnit($id: ID!) {\n    organization(id: $id) { id name status version parent { id name } counts { activeDescendants persons } }\n  }\n"): (typeof documents)["\n  query MovingUnit($id: ID!) {\n    organization(id: $id) { id name status version parent { id name } counts { activeDescendants persons } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewParent($id: ID!) { organization(id: $id) { id name ancestors { id } } }\n"): (typeof documents)["\n  query NewParent($id: ID!) { organization(id: $id) { id name ancestors { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrganization($id: ID!, $version: Int!, $parentId: ID!) {\n    moveOrganization(id: $id, version: $version, parentId: $parentId) { id version parent { id name } }\n  }\n"): (typeof documents)["\n  mutation MoveOrganization($id: ID!, $version: Int!, $parentId: ID!) {\n    moveOrganization(id: $id, version: $version, parentId: $parentId) { id version parent { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPage($id: ID!) {\n    organization(id: $id) {\n      id name shortName kind status creditCode address contactPerson contactPhone version\n      counts { children activeDescendants persons }\n      ancestors { id name }\n      children(first: 100) { totalCount nodes { id name kind } }\n      moveHistory { movedAt from { name } to { name } }\n      nominationsReceived(first: 50) { nodes { id category status cycle { year } nominator { name } result { rank aggregateScore outcome } } }\n      nominationsMade(first: 50) { nodes { id category status cycle { year } nominee { ... on Organization { name } ... on Person { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query UnitPage($id: ID!) {\n    organization(id: $id) {\n      id name shortName kind status creditCode address contactPerson contactPhone version\n      counts { children activeDescendants persons }\n      ancestors { id name }\n      children(first: 100) { totalCount nodes { id name kind } }\n      moveHistory { movedAt from { name } to { name } }\n      nominationsReceived(first: 50) { nodes { id category status cycle { year } nominator { name } result { rank aggregateScore outcome } } }\n      nominationsMade(first: 50) { nodes { id category status cycle { year } nominee { ... on Organization { name } ... on Person { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) { id name shortName kind creditCode address contactPerson contactPhone version }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) { id name shortName kind creditCode address contactPerson contactPhone version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DissolveOrganization($id: ID!, $version: Int!) { dissolveOrganization(id: $id, version: $version) { id status version } }\n"): (typeof documents)["\n  mutation DissolveOrganization($id: ID!, $version: Int!) { dissolveOrganization(id: $id, version: $version) { id status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DissolveImpact($id: ID!) {\n    organization(id: $id) { id counts { activeDescendants persons } assignments(first: 1, validity: VALID) { totalCount } }\n  }\n"): (typeof documents)["\n  query DissolveImpact($id: ID!) {\n    organization(id: $id) { id counts { activeDescendants persons } assignments(first: 1, validity: VALID) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPicker($search: String, $status: OrganizationStatus) {\n    organizations(first: 20, search: $search, status: $status) { nodes { id name parent { name } } }\n  }\n"): (typeof documents)["\n  query OrganizationPicker($search: String, $status: OrganizationStatus) {\n    organizations(first: 20, search: $search, status: $status) { nodes { id name parent { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPicked($id: ID!) { organization(id: $id) { id name } }\n"): (typeof documents)["\n  query OrganizationPicked($id: ID!) { organization(id: $id) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportOrganizations($kind: OrganizationKind, $search: String) {\n    exportOrganizations(kind: $kind, search: $search) { fileName mimeType contentBase64 }\n  }\n"): (typeof documents)["\n  query ExportOrganizations($kind: OrganizationKind, $search: String) {\n    exportOrganizations(kind: $kind, search: $search) { fileName mimeType contentBase64 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($first: Int!, $after: String, $kind: OrganizationKind, $search: String) {\n    organizations(first: $first, after: $after, kind: $kind, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name shortName kind status creditCode parent { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Organizations($first: Int!, $after: String, $kind: OrganizationKind, $search: String) {\n    organizations(first: $first, after: $after, kind: $kind, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name shortName kind status creditCode parent { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationAssignments($id: ID!, $first: Int!, $after: String, $validity: DocumentValidity) {\n    organization(id: $id) {\n      id\n      assignments(first: $first, after: $after, validity: $validity) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id role status deadline task { code title area document { documentNumber validity } } }\n      }\n      taskPerformance { rank score }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationAssignments($id: ID!, $first: Int!, $after: String, $validity: DocumentValidity) {\n    organization(id: $id) {\n      id\n      assignments(first: $first, after: $after, validity: $validity) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id role status deadline task { code title area document { documentNumber validity } } }\n      }\n      taskPerformance { rank score }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerClients($first: Int!, $after: String) {\n    partnerClients(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name keyPrefix status ratePerMinute dailyQuota keyIssuedAt revokedAt callsToday version organization { id name } }\n    }\n  }\n"): (typeof documents)["\n  query PartnerClients($first: Int!, $after: String) {\n    partnerClients(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name keyPrefix status ratePerMinute dailyQuota keyIssuedAt revokedAt callsToday version organization { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePartnerClient($input: IssuePartnerClientInput!) { issuePartnerClient(input: $input) { apiKey client { id name } } }\n"): (typeof documents)["\n  mutation IssuePartnerClient($input: IssuePartnerClientInput!) { issuePartnerClient(input: $input) { apiKey client { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotatePartnerKey($id: ID!, $version: Int!) { rotatePartnerKey(id: $id, version: $version) { apiKey client { id name } } }\n"): (typeof documents)["\n  mutation RotatePartnerKey($id: ID!, $version: Int!) { rotatePartnerKey(id: $id, version: $version) { apiKey client { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePartnerClient($id: ID!, $version: Int!) { revokePartnerClient(id: $id, version: $version) { id status } }\n"): (typeof documents)["\n  mutation RevokePartnerClient($id: ID!, $version: Int!) { revokePartnerClient(id: $id, version: $version) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOperations($id: ID!, $first: Int!, $after: String) {\n    partnerClient(id: $id) {\n      id\n      operations(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id name hash document createdAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerOperations($id: ID!, $first: Int!, $after: String) {\n    partnerClient(id: $id) {\n      id\n      operations(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id name hash document createdAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerUsage($id: ID!, $first: Int!, $after: String) {\n    partnerUsage(clientId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { day operationHash operationName count errors averageLatencyMs latencyMsMax }\n    }\n  }\n"): (typeof documents)["\n  query PartnerUsage($id: ID!, $first: Int!, $after: String) {\n    partnerUsage(clientId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { day operationHash operationName count errors averageLatencyMs latencyMsMax }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPartnerOperation($clientId: ID!, $document: String!) {\n    registerPartnerOperation(clientId: $clientId, document: $document) { id hash name }\n  }\n"): (typeof documents)["\n  mutation RegisterPartnerOperation($clientId: ID!, $document: String!) {\n    registerPartnerOperation(clientId: $clientId, document: $document) { id hash name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePartnerOperation($id: ID!) { removePartnerOperation(id: $id) }\n"): (typeof documents)["\n  mutation RemovePartnerOperation($id: ID!) { removePartnerOperation(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: PersonInput!) { createPerson(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreatePerson($input: PersonInput!) { createPerson(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) { updatePerson(input: $input) { id version } }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) { updatePerson(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Persons($first: Int!, $after: String, $search: String) {\n    persons(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id version name gender idNumber phone homeProvince homeCity arrivalDate skills trainings\n        employer { id name } community { id name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Persons($first: Int!, $after: String, $search: String) {\n    persons(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id version name gender idNumber phone homeProvince homeCity arrivalDate skills trainings\n        employer { id name } community { id name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPersonsExport($search: String) {\n    requestPersonsExport(search: $search) { file { fileName mimeType contentBase64 } job { id } }\n  }\n"): (typeof documents)["\n  mutation RequestPersonsExport($search: String) {\n    requestPersonsExport(search: $search) { file { fileName mimeType contentBase64 } job { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePerson($id: ID!, $version: Int!) { deletePerson(id: $id, version: $version) { id } }\n"): (typeof documents)["\n  mutation DeletePerson($id: ID!, $version: Int!) { deletePerson(id: $id, version: $version) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealPersonalData($id: ID!) { revealPersonalData(id: $id) { personId idNumber phone } }\n"): (typeof documents)["\n  mutation RevealPersonalData($id: ID!) { revealPersonalData(id: $id) { personId idNumber phone } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentDetail($id: ID!) {\n    assignment(id: $id) {\n      id role status deadline\n      organization { id name }\n      task { id code title requirement document { documentNumber } }\n      indicatorProgress { value checkedItems met progress falling previousValue\n        indicator { id name kind target unitOfMeasure checklistItems } }\n      reports(first: 50) {\n        nodes { id period status summary declaresComplete returnReason submittedAt submittedBy reviewedAt reviewedBy\n          values { indicatorId value checkedItems }\n          evidence { id fileName size } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignmentDetail($id: ID!) {\n    assignment(id: $id) {\n      id role status deadline\n      organization { id name }\n      task { id code title requirement document { documentNumber } }\n      indicatorProgress { value checkedItems met progress falling previousValue\n        indicator { id name kind target unitOfMeasure checklistItems } }\n      reports(first: 50) {\n        nodes { id period status summary declaresComplete returnReason submittedAt submittedBy reviewedAt reviewedBy\n          values { indicatorId value checkedItems }\n          evidence { id fileName size } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionOverview($documentId: ID) {\n    supervisionOverview(documentId: $documentId) {\n      asOf documentId\n      totals { ...StatusRollupFields }\n      byArea { ...StatusRollupFields }\n      byTask { ...StatusRollupFields }\n      byTownship { ...StatusRollupFields organization { id name } }\n    }\n  }\n  fragment StatusRollupFields on StatusRollup { key label area taskId light total onTrack atRisk overdue done }\n"): (typeof documents)["\n  query SupervisionOverview($documentId: ID) {\n    supervisionOverview(documentId: $documentId) {\n      asOf documentId\n      totals { ...StatusRollupFields }\n      byArea { ...StatusRollupFields }\n      byTask { ...StatusRollupFields }\n      byTownship { ...StatusRollupFields organization { id name } }\n    }\n  }\n  fragment StatusRollupFields on StatusRollup { key label area taskId light total onTrack atRisk overdue done }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitRollups($documentId: ID, $first: Int!, $after: String) {\n    unitRollups(documentId: $documentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...StatusRollupFields organization { id name } }\n    }\n  }\n"): (typeof documents)["\n  query UnitRollups($documentId: ID, $first: Int!, $after: String) {\n    unitRollups(documentId: $documentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...StatusRollupFields organization { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionWarnings($documentId: ID, $first: Int!, $after: String) {\n    supervisionWarnings(documentId: $documentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status deadline role organization { id name } task { id code title area }\n        latestReport { period status } }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionWarnings($documentId: ID, $first: Int!, $after: String) {\n    supervisionWarnings(documentId: $documentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status deadline role organization { id name } task { id code title area }\n        latestReport { period status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPerformanceRanking($first: Int!, $after: String) {\n    unitPerformanceRanking(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { rank score indicatorAttainment timeliness assignments done overdue organization { id name } }\n    }\n  }\n"): (typeof documents)["\n  query UnitPerformanceRanking($first: Int!, $after: String) {\n    unitPerformanceRanking(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { rank score indicatorAttainment timeliness assignments done overdue organization { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportSupervisionReport($documentId: ID) { exportSupervisionReport(documentId: $documentId) { fileName mimeType contentBase64 } }\n"): (typeof documents)["\n  query ExportSupervisionReport($documentId: ID) { exportSupervisionReport(documentId: $documentId) { fileName mimeType contentBase64 } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitAssignments($organizationId: ID, $first: Int!, $after: String) {\n    assignments(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id role status deadline version\n        organization { id name }\n        task { id code title area reportPeriod deadline\n          document { id documentNumber validity }\n          indicators { id name kind target unitOfMeasure checklistItems } }\n        latestReport { id period status version summary declaresComplete returnReason\n          values { indicatorId value checkedItems }\n          evidence { id fileName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitAssignments($organizationId: ID, $first: Int!, $after: String) {\n    assignments(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id role status deadline version\n        organization { id name }\n        task { id code title area reportPeriod deadline\n          document { id documentNumber validity }\n          indicators { id name kind target unitOfMeasure checklistItems } }\n        latestReport { id period status version summary declaresComplete returnReason\n          values { indicatorId value checkedItems }\n          evidence { id fileName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotices { myNotices(first: 20) { totalCount nodes { id kind message dueOn assignmentId } } }\n"): (typeof documents)["\n  query MyNotices { myNotices(first: 20) { totalCount nodes { id kind message dueOn assignmentId } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanDraft($documentId: ID!) {\n    planDraft(documentId: $documentId) {\n      existingTasks unresolvedUnits\n      tasks { code title area responsibleUnits units { listedAs name } }\n    }\n  }\n"): (typeof documents)["\n  query PlanDraft($documentId: ID!) {\n    planDraft(documentId: $documentId) {\n      existingTasks unresolvedUnits\n      tasks { code title area responsibleUnits units { listedAs name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanTasks($documentId: ID!, $areas: [PlanAreaInput!]) {\n    createPlanTasks(documentId: $documentId, areas: $areas) { id code }\n  }\n"): (typeof documents)["\n  mutation CreatePlanTasks($documentId: ID!, $areas: [PlanAreaInput!]) {\n    createPlanTasks(documentId: $documentId, areas: $areas) { id code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePolicyDocument($input: CreatePolicyDocumentInput!) { createPolicyDocument(input: $input) { id documentNumber } }\n"): (typeof documents)["\n  mutation CreatePolicyDocument($input: CreatePolicyDocumentInput!) { createPolicyDocument(input: $input) { id documentNumber } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyDocumentDetail($id: ID!) {\n    policyDocument(id: $id) {\n      id title indexNumber issuer subject writtenOn publishedOn genre documentNumber validity version fullText\n      basis { documentNumber title }\n    }\n    tasks(documentId: $id, first: 50) { nodes { id code title area deadline } }\n  }\n"): (typeof documents)["\n  query PolicyDocumentDetail($id: ID!) {\n    policyDocument(id: $id) {\n      id title indexNumber issuer subject writtenOn publishedOn genre documentNumber validity version fullText\n      basis { documentNumber title }\n    }\n    tasks(documentId: $id, first: 50) { nodes { id code title area deadline } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPolicyDocumentValidity($id: ID!, $validity: DocumentValidity!, $version: Int!) {\n    setPolicyDocumentValidity(id: $id, validity: $validity, version: $version) { id validity version }\n  }\n"): (typeof documents)["\n  mutation SetPolicyDocumentValidity($id: ID!, $validity: DocumentValidity!, $version: Int!) {\n    setPolicyDocumentValidity(id: $id, validity: $validity, version: $version) { id validity version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadEvidence($input: EvidenceUploadInput!) { uploadEvidence(input: $input) { id fileName size } }\n"): (typeof documents)["\n  mutation UploadEvidence($input: EvidenceUploadInput!) { uploadEvidence(input: $input) { id fileName size } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProgressReport($input: SubmitReportInput!) { submitProgressReport(input: $input) { id status period version } }\n"): (typeof documents)["\n  mutation SubmitProgressReport($input: SubmitReportInput!) { submitProgressReport(input: $input) { id status period version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitProgressReport($input: ResubmitReportInput!) { resubmitProgressReport(input: $input) { id status period version } }\n"): (typeof documents)["\n  mutation ResubmitProgressReport($input: ResubmitReportInput!) { resubmitProgressReport(input: $input) { id status period version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsToReview($status: ReportStatus, $first: Int!, $after: String) {\n    reportsToReview(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id period status summary declaresComplete returnReason submittedAt submittedBy version\n        values { indicatorId value checkedItems }\n        evidence { id fileName size }\n        assignment { id organization { id name }\n          task { id code title area indicators { id name kind target unitOfMeasure } } } }\n    }\n  }\n"): (typeof documents)["\n  query ReportsToReview($status: ReportStatus, $first: Int!, $after: String) {\n    reportsToReview(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id period status summary declaresComplete returnReason submittedAt submittedBy version\n        values { indicatorId value checkedItems }\n        evidence { id fileName size }\n        assignment { id organization { id name }\n          task { id code title area indicators { id name kind target unitOfMeasure } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptProgressReport($id: ID!, $version: Int!) { acceptProgressReport(id: $id, version: $version) { id status version } }\n"): (typeof documents)["\n  mutation AcceptProgressReport($id: ID!, $version: Int!) { acceptProgressReport(id: $id, version: $version) { id status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnProgressReport($id: ID!, $version: Int!, $reason: String!) { returnProgressReport(id: $id, version: $version, reason: $reason) { id status version } }\n"): (typeof documents)["\n  mutation ReturnProgressReport($id: ID!, $version: Int!, $reason: String!) { returnProgressReport(id: $id, version: $version, reason: $reason) { id status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSubTask($input: CreateSubTaskInput!) { createSubTask(input: $input) { id code } }\n"): (typeof documents)["\n  mutation CreateSubTask($input: CreateSubTaskInput!) { createSubTask(input: $input) { id code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndicator($input: CreateIndicatorInput!) { createIndicator(input: $input) { id name } }\n"): (typeof documents)["\n  mutation CreateIndicator($input: CreateIndicatorInput!) { createIndicator(input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAssignee($input: AddAssigneeInput!) { addAssignee(input: $input) { id role } }\n"): (typeof documents)["\n  mutation AddAssignee($input: AddAssigneeInput!) { addAssignee(input: $input) { id role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTaskSchedule($input: UpdateTaskScheduleInput!) { updateTaskSchedule(input: $input) { id deadline reportPeriod version } }\n"): (typeof documents)["\n  mutation UpdateTaskSchedule($input: UpdateTaskScheduleInput!) { updateTaskSchedule(input: $input) { id deadline reportPeriod version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskTree($documentId: ID) {\n    tasks(documentId: $documentId, first: 50) {\n      nodes {\n        ...TaskNode\n        children { ...TaskNode children { ...TaskNode children { ...TaskNode } } }\n      }\n    }\n  }\n  fragment TaskNode on Task {\n    id code title area requirement deadline reportPeriod version\n    ownerOrganization { id name }\n    document { id validity }\n    indicators { id name kind target unitOfMeasure checklistItems deadline }\n    assignments(first: 100) { totalCount nodes { id role status version organization { id name } } }\n  }\n"): (typeof documents)["\n  query TaskTree($documentId: ID) {\n    tasks(documentId: $documentId, first: 50) {\n      nodes {\n        ...TaskNode\n        children { ...TaskNode children { ...TaskNode children { ...TaskNode } } }\n      }\n    }\n  }\n  fragment TaskNode on Task {\n    id code title area requirement deadline reportPeriod version\n    ownerOrganization { id name }\n    document { id validity }\n    indicators { id name kind target unitOfMeasure checklistItems deadline }\n    assignments(first: 100) { totalCount nodes { id role status version organization { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DesignateLead($input: DesignateLeadInput!) { designateLead(input: $input) { id role version } }\n"): (typeof documents)["\n  mutation DesignateLead($input: DesignateLeadInput!) { designateLead(input: $input) { id role version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurisdictionUnits($within: ID, $search: String) {\n    organizations(first: 50, within: $within, search: $search, status: ACTIVE) { nodes { id name parent { id name } } }\n  }\n"): (typeof documents)["\n  query JurisdictionUnits($within: ID, $search: String) {\n    organizations(first: 50, within: $within, search: $search, status: ACTIVE) { nodes { id name parent { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyDocuments($first: Int!, $after: String) {\n    policyDocuments(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title indexNumber issuer subject writtenOn publishedOn genre documentNumber validity version taskCount\n        basis { documentNumber title } }\n    }\n  }\n"): (typeof documents)["\n  query PolicyDocuments($first: Int!, $after: String) {\n    policyDocuments(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title indexNumber issuer subject writtenOn publishedOn genre documentNumber validity version taskCount\n        basis { documentNumber title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceFile($id: ID!) { evidenceFile(id: $id) { fileName mimeType contentBase64 } }\n"): (typeof documents)["\n  query EvidenceFile($id: ID!) { evidenceFile(id: $id) { fileName mimeType contentBase64 } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportOrganizations($file: ImportFileInput!) {\n    importOrganizations(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n"): (typeof documents)["\n  mutation ImportOrganizations($file: ImportFileInput!) {\n    importOrganizations(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPersons($file: ImportFileInput!) {\n    importPersons(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n"): (typeof documents)["\n  mutation ImportPersons($file: ImportFileInput!) {\n    importPersons(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;