import { gateway, gatewayData, login, unitIdByName } from './graphql.js';

/**
 * Opens a nomination cycle whose window runs now, as the programme office does each July. The
 * end-to-end files share one system and a year has one cycle, so each file keeps its own year:
 * 2031 nominations, 2032 nominations.browser, 2033 evaluation.browser, 2034 evaluation,
 * 2036 nomination-edit.browser, 2037 review-setup.browser, 2038 publicity.browser,
 * 2039 pages.browser, 2040 security/audit, 2041 score-sheet.browser, 2042 year.browser (on a system of its own).
 */
export async function openCycleNow(adminToken: string, year: number): Promise<string> {
  const now = Date.now();
  const created = await gateway(
    `mutation ($input: CreateCycleInput!) { createNominationCycle(input: $input) { id version } }`,
    {
      input: {
        year,
        opensAt: new Date(now - 3600_000).toISOString(),
        closesAt: new Date(now + 30 * 86_400_000).toISOString(),
        copyPreviousSettings: false,
      },
    },
    adminToken,
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const { id, version } = created.data.createNominationCycle;
  const opened = await gateway(
    `mutation ($id: ID!, $v: Int!) { advanceNominationCycle(id: $id, version: $v, to: OPEN) { id } }`,
    { id, v: version },
    adminToken,
  );
  if (!opened.data) throw new Error(JSON.stringify(opened.errors));
  return id;
}

/** A unit puts a nomination forward and submits it; the office accepts it. */
export async function nominateAndAccept(input: Record<string, unknown>, operatorToken: string, adminToken: string): Promise<string> {
  const created = (
    await gatewayData(
      `mutation ($input: CreateNominationInput!) { createNomination(input: $input) { id version } }`,
      { input },
      operatorToken,
    )
  ).createNomination;
  const submitted = (
    await gatewayData(
      `mutation ($id: ID!, $v: Int!) { submitNomination(id: $id, version: $v) { version } }`,
      { id: created.id, v: created.version },
      operatorToken,
    )
  ).submitNomination;
  await gatewayData(
    `mutation ($id: ID!, $v: Int!) { acceptNomination(id: $id, version: $v) { id } }`,
    { id: created.id, v: submitted.version },
    adminToken,
  );
  return created.id;
}

/**
 * A call of `year` through the gateway, frozen for its review: 十八里河镇 nominates 郑州宇通物流有限公司
 * (用工单位) and one of its migrant workers, the office accepts both and closes the call.
 */
export async function frozenCallOfTwo(
  year: number,
): Promise<{ cycleId: string; employerId: string; person: { id: string; name: string } }> {
  const admin = await login('admin');
  const operator = await login('operator');
  const cycleId = await openCycleNow(admin, year);
  const township = await unitIdByName('十八里河镇', admin);
  const employerId = await unitIdByName('郑州宇通物流有限公司', admin);
  const person = (await gatewayData(`query ($w: ID!) { persons(within: $w, first: 1) { nodes { id name } } }`, { w: township }, operator))
    .persons.nodes[0];
  for (const input of [
    { category: 'EMPLOYER', nomineeOrganizationId: employerId },
    { category: 'MIGRANT_WORKER', nomineePersonId: person.id },
  ]) {
    await nominateAndAccept(
      { cycleId, nominatorOrganizationId: township, deeds: '吸纳外来务工人员就业 300 余人,劳动合同签订率 100%。', ...input },
      operator,
      admin,
    );
  }
  await closeCycle(cycleId, admin);
  return { cycleId, employerId, person };
}

/** The office closes the call: the accepted nominations are frozen for the review. */
export async function closeCycle(cycleId: string, adminToken: string): Promise<void> {
  const { version } = (await gatewayData(`query ($id: ID!) { nominationCycle(id: $id) { version } }`, { id: cycleId }, adminToken))
    .nominationCycle;
  await gatewayData(
    `mutation ($id: ID!, $v: Int!) { advanceNominationCycle(id: $id, version: $v, to: CLOSED, reason: "测试:提前截止进入评审") { id } }`,
    { id: cycleId, v: version },
    adminToken,
  );
}

/**
 * Assigns the review's panel and hands every nomination to the demo evaluator alone (other test files
 * may have added evaluators whose passwords this one does not know). Returns the nominations assigned.
 */
export async function panelOfDemoEvaluator(reviewId: string, adminToken: string): Promise<string[]> {
  const assigned: { nominationId: string; evaluatorAccountId: string; evaluatorUsername: string }[] = (
    await gatewayData(
      `mutation ($r: ID!) { assignEvaluators(reviewId: $r) { nominationId evaluatorAccountId evaluatorUsername } }`,
      { r: reviewId },
      adminToken,
    )
  ).assignEvaluators;
  const evaluatorId = (
    await gatewayData(`{ accounts(search: "evaluator", first: 100) { nodes { id username } } }`, {}, adminToken)
  ).accounts.nodes.find((a: { username: string }) => a.username === 'evaluator').id;
  for (const a of assigned.filter((a) => a.evaluatorUsername !== 'evaluator')) {
    const ids = { r: reviewId, n: a.nominationId };
    await gatewayData(
      `mutation ($r: ID!, $n: ID!, $e: ID!) { unassignEvaluator(reviewId: $r, nominationId: $n, evaluatorAccountId: $e) }`,
      { ...ids, e: a.evaluatorAccountId },
      adminToken,
    );
    await gatewayData(
      `mutation ($r: ID!, $n: ID!, $e: ID!) { assignEvaluator(reviewId: $r, nominationId: $n, evaluatorAccountId: $e) { nominationId } }`,
      { ...ids, e: evaluatorId },
      adminToken,
    );
  }
  return [...new Set(assigned.map((a) => a.nominationId))];
}

/**
 * A whole year up to 公示, through the gateway: one company nominated by 十八里河镇 and accepted, the
 * call closed, a review scored by the demo evaluator, ranked, approved by both agencies, and posted.
 */
export async function postPublicList(year: number): Promise<void> {
  const ok = gatewayData;
  const admin = await login('admin');
  const operator = await login('operator');
  const unitId = (name: string) => unitIdByName(name, admin);
  const cycleId = await openCycleNow(admin, year);
  await nominateAndAccept(
    {
      cycleId,
      category: 'EMPLOYER',
      nominatorOrganizationId: await unitId('十八里河镇'),
      nomineeOrganizationId: await unitId('郑州宇通物流有限公司'),
      deeds: '吸纳外来务工人员就业 300 余人,劳动合同签订率 100%。',
    },
    operator,
    admin,
  );
  await closeCycle(cycleId, admin);
  const input = {
    cycleId,
    year,
    shortlistSize: 1,
    evaluatorsPerNomination: 1,
    commendingAgencyIds: [await unitId('区人力资源和社会保障局'), await unitId('区人口和计划生育委员会')],
  };
  const r = (await ok(`mutation ($input: CreateReviewInput!) { createReview(input: $input) { id } }`, { input }, admin)).createReview.id;
  const criteria = (
    await ok(
      `mutation ($r: ID!) { setReviewCriteria(reviewId: $r, criteria: [{ name: "工作成效", weight: 100, maxScore: 10 }]) { id } }`,
      { r },
      admin,
    )
  ).setReviewCriteria;
  await ok(`mutation ($r: ID!) { startReviewScoring(reviewId: $r) { id } }`, { r }, admin);
  const assigned = await panelOfDemoEvaluator(r, admin);
  const evaluator = await login('evaluator');
  for (const n of assigned) {
    const s = criteria.map((c: { id: string }) => ({ criterionId: c.id, value: 9 }));
    await ok(
      `mutation ($r: ID!, $n: ID!, $s: [ScoreInput!]!) { saveScores(reviewId: $r, nominationId: $n, scores: $s, submit: true) { submittedAt } }`,
      { r, n, s },
      evaluator,
    );
  }
  await rankReview(r, admin);
  const ranked = (await ok(`query ($r: ID!) { review(id: $r) { shortlistVersion } }`, { r }, admin)).review;
  for (const approver of ['approver-hrss', 'approver-hfpc']) {
    await ok(
      `mutation ($r: ID!, $v: Int!) { approveShortlist(reviewId: $r, shortlistVersion: $v) { id } }`,
      { r, v: ranked.shortlistVersion },
      await login(approver),
    );
  }
  await ok(
    `mutation ($r: ID!, $d: String!, $why: String!) { startPublicity(reviewId: $r, startDate: $d, paperReason: $why) { id } }`,
    { r, d: PAPER_PUBLICITY_START, why: PAPER_PUBLICITY_REASON },
    admin,
  );
}

/**
 * Ranks a review through the gateway as the admin client does: `computeRanking` answers with a
 * job at once; this follows `evaluationJob` to its end and throws if the ranking failed.
 */
export async function rankReview(reviewId: string, adminToken: string): Promise<void> {
  const { computeRanking } = await gatewayData(`mutation ($r: ID!) { computeRanking(reviewId: $r) { id } }`, { r: reviewId }, adminToken);
  for (;;) {
    const { evaluationJob } = await gatewayData(
      `query ($id: ID!) { evaluationJob(id: $id) { state error { code message } } }`,
      { id: computeRanking.id },
      adminToken,
    );
    if (evaluationJob.state === 'SUCCEEDED') return;
    if (evaluationJob.state === 'FAILED') throw new Error(`ranking failed: ${JSON.stringify(evaluationJob.error)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The day the tests' 公示 starts: a fixed day of a year the holiday calendar holds, recorded as posted
 * on paper (a start before today needs a reason). A 公示 started "today" would run past the calendar's
 * last year from mid-December and be refused (CALENDAR_MISSING), so no test depends on the real date.
 * Mon 2 November 2026, five working days: it ended on Friday the 6th.
 */
export const PAPER_PUBLICITY_START = '2026-11-02';
export const PAPER_PUBLICITY_REASON = '测试:11月2日已在区政府公示栏张贴,系统补录';
