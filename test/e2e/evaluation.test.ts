import { beforeAll, describe, expect, it } from 'vitest';
import { closeCycle, nominateAndAccept, openCycleNow, rankReview } from '../support/cycle.js';
import { gatewayData, login, unitIdByName } from '../support/graphql.js';

let admin: string;
const ok = gatewayData;
const unitId = (name: string) => unitIdByName(name, admin);

beforeAll(async () => {
  admin = await login('admin');
});

describe('a whole cycle through the gateway', () => {
  it('goes from nominations to results that Nomination.result reports, scored by several evaluators', async () => {
    const operator = await login('operator');
    const cycleId = await openCycleNow(admin, 2034);
    const township = await unitId('十八里河镇');
    const nominees = ['郑州宇通物流有限公司', '十八里河社区'];
    for (const [i, name] of nominees.entries()) {
      await nominateAndAccept(
        {
          cycleId,
          category: i === 0 ? 'EMPLOYER' : 'COMMUNITY',
          nomineeOrganizationId: await unitId(name),
          nominatorOrganizationId: township,
          deeds: `${name}推进流动人口社会融合成效显著,群众满意度高。`,
        },
        operator,
        admin,
      );
    }
    await closeCycle(cycleId, admin);

    // Two more evaluators join the demo one.
    const panel = [{ username: 'evaluator', password: 'Ronghe@2026' }];
    for (const [username, unit] of [
      ['e2e.eval.a', '区教育体育局'],
      ['e2e.eval.b', '区卫生局'],
    ] as const) {
      await ok(
        `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }`,
        {
          input: { username, displayName: username, organizationId: await unitId(unit), roles: ['EVALUATOR'], password: 'Panel2034ab' },
        },
        admin,
      );
      panel.push({ username, password: 'Panel2034ab' });
    }
    const reviewId = (
      await ok(
        `mutation ($input: CreateReviewInput!) { createReview(input: $input) { id } }`,
        {
          input: { cycleId, year: 2034, shortlistSize: 1, evaluatorsPerNomination: 3 },
        },
        admin,
      )
    ).createReview.id;
    const criteria = (
      await ok(
        `mutation ($r: ID!) { setReviewCriteria(reviewId: $r, criteria: [{ name: "工作成效", weight: 70, maxScore: 10 }, { name: "示范带动", weight: 30, maxScore: 10 }]) { id } }`,
        { r: reviewId },
        admin,
      )
    ).setReviewCriteria;
    await ok(
      `mutation ($r: ID!, $rules: ReviewRulesInput!) { setReviewRules(reviewId: $r, rules: $rules) { id } }`,
      {
        r: reviewId,
        rules: { method: 'MEDIAN', trimMinScores: 5, normalizePerEvaluator: false, tieBreakers: [] },
      },
      admin,
    );
    await ok(`mutation ($r: ID!) { startReviewScoring(reviewId: $r) { id } }`, { r: reviewId }, admin);
    await ok(`mutation ($r: ID!) { assignEvaluators(reviewId: $r) { nominationId } }`, { r: reviewId }, admin);

    // The company gets 9/9, 8/8, 5/5 (median 80); the community 6/6, 7/7, 10/10 (median 70).
    const marks: Record<string, number[]> = { 郑州宇通物流有限公司: [9, 8, 5], 十八里河社区: [6, 7, 10] };
    // The community takes on a policy task, so its record there reaches the evaluators as evidence.
    const { organizations } = await ok(`{ organizations(search: "十八里河社区", first: 1) { nodes { id } } }`, {}, admin);
    const { tasks } = await ok(`{ tasks(first: 1) { nodes { id } } }`, {}, admin);
    await ok(
      `mutation ($input: AddAssigneeInput!) { addAssignee(input: $input) { id } }`,
      {
        input: { taskId: tasks.nodes[0].id, organizationId: organizations.nodes[0].id, role: 'SUPPORTING' },
      },
      admin,
    );
    for (const [i, member] of panel.entries()) {
      const token = await login(member.username, member.password);
      const { myAssignments } = await ok(
        `query ($r: ID!) { myAssignments(reviewId: $r) { nominationId nomination { nominee { ... on Organization { name taskPerformance { assignments score rank } } } } } }`,
        { r: reviewId },
        token,
      );
      expect(myAssignments).toHaveLength(2);
      // The tasks subgraph's own `Organization.taskPerformance`, joined by the gateway.
      const evidence = Object.fromEntries(
        myAssignments.map((a: { nomination: { nominee: { name: string; taskPerformance: unknown } } }) => [
          a.nomination.nominee.name,
          a.nomination.nominee.taskPerformance,
        ]),
      );
      expect(evidence.郑州宇通物流有限公司).toBeNull();
      // Other test files may hand the community more tasks; this one gave it at least one.
      expect(evidence.十八里河社区.assignments).toBeGreaterThanOrEqual(1);
      expect(evidence.十八里河社区.rank).toBeGreaterThan(0);
      for (const a of myAssignments) {
        const value = marks[a.nomination.nominee.name]![i]!;
        await ok(
          `mutation ($r: ID!, $n: ID!, $s: [ScoreInput!]!) { saveScores(reviewId: $r, nominationId: $n, scores: $s, submit: true) { submittedAt } }`,
          {
            r: reviewId,
            n: a.nominationId,
            s: criteria.map((c: { id: string }) => ({ criterionId: c.id, value })),
          },
          token,
        );
      }
    }
    await rankReview(reviewId, admin);

    const { nominations } = await ok(
      `query ($c: ID!) { nominations(cycleId: $c) { nodes { nominee { ... on Organization { name } } result { rank aggregateScore outcome } } } }`,
      { c: cycleId },
      admin,
    );
    const byName = Object.fromEntries(
      nominations.nodes.map((n: { nominee: { name: string }; result: unknown }) => [n.nominee.name, n.result]),
    );
    expect(byName).toEqual({
      郑州宇通物流有限公司: { rank: 1, aggregateScore: 80, outcome: 'SHORTLISTED' },
      十八里河社区: { rank: 2, aggregateScore: 70, outcome: 'NOT_SHORTLISTED' },
    });

    // Both commending agencies (the notice's two, by default) approve; the list is published and commended.
    const { review } = await ok(`query ($id: ID!) { review(id: $id) { shortlistVersion commendingAgencyIds } }`, { id: reviewId }, admin);
    expect(review.commendingAgencyIds.sort()).toEqual(
      [await unitId('区人力资源和社会保障局'), await unitId('区人口和计划生育委员会')].sort(),
    );
    for (const approver of ['approver-hrss', 'approver-hfpc']) {
      await ok(
        `mutation ($r: ID!, $v: Int!) { approveShortlist(reviewId: $r, shortlistVersion: $v) { status } }`,
        { r: reviewId, v: review.shortlistVersion },
        await login(approver),
      );
    }
    // Posted on the notice boards on Monday 2 November, and entered later: five working days ended on the 6th.
    const published = await ok(
      `mutation ($r: ID!) { startPublicity(reviewId: $r, startDate: "2026-11-02", paperReason: "11月2日已在公示栏张贴,系统补录") { publicityEnds } }`,
      { r: reviewId },
      admin,
    );
    expect(published.startPublicity.publicityEnds).toBe('2026-11-06');
    await ok(`mutation ($r: ID!) { finalizeCommendation(reviewId: $r) { status } }`, { r: reviewId }, admin);
    const after = await ok(
      `query ($c: ID!) { nominations(cycleId: $c) { nodes { nominee { ... on Organization { name } } result { outcome } } } }`,
      { c: cycleId },
      admin,
    );
    expect(
      Object.fromEntries(
        after.nominations.nodes.map((n: { nominee: { name: string }; result: { outcome: string } }) => [n.nominee.name, n.result.outcome]),
      ),
    ).toEqual({
      郑州宇通物流有限公司: 'COMMENDED',
      十八里河社区: 'NOT_SHORTLISTED',
    });
    const { publicList } = await ok(`{ publicList(year: 2034) { year final entries { name } } }`, {}, admin);
    expect(publicList).toEqual({ year: 2034, final: true, entries: [{ name: '郑州宇通物流有限公司' }] });
  });
});
