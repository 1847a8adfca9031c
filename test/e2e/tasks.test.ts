import { beforeAll, describe, expect, it } from 'vitest';
import { gateway, login } from '../support/graphql.js';

let admin: string;
let operator: string;
beforeAll(async () => {
  [admin, operator] = await Promise.all([login('admin'), login('operator')]);
});

const ORGANIZATION = /* GraphQL */ `
  query {
    organizations(search: "十八里河镇", first: 1) {
      nodes {
        name
        taskPerformance { rank score }
        assignments(first: 50) {
          totalCount
          nodes { id version role status deadline task { code title document { documentNumber validity } } latestReport { status } }
        }
      }
    }
  }
`;

type Node = {
  id: string;
  status: string;
  deadline: string | null;
  task: { code: string; document: { documentNumber: string; validity: string } };
  latestReport: { status: string } | null;
};

async function township(token: string) {
  const { data, errors } = await gateway(ORGANIZATION, {}, token);
  expect(errors).toBeUndefined();
  return data.organizations.nodes[0];
}

describe('an organization with its assignments and their status, through the gateway', () => {
  it('joins the registry’s unit with the tasks subgraph’s assignments, statuses and score', async () => {
    const unit = await township(admin);
    expect(unit.name).toBe('十八里河镇');
    // The plan in force and, as history, the expired notice (other test files may add plans of their own).
    expect(unit.assignments.totalCount).toBe(unit.assignments.nodes.length);
    const inForce: Node[] = unit.assignments.nodes.filter((a: Node) => a.task.document.validity === 'VALID');
    expect(inForce).toHaveLength(8);
    expect(unit.assignments.nodes.filter((a: Node) => a.task.document.documentNumber === '管政办〔2014〕1号')).toHaveLength(8);
    for (const a of inForce) {
      expect(['ON_TRACK', 'AT_RISK', 'OVERDUE', 'DONE']).toContain(a.status);
      expect(a.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(unit.taskPerformance.rank).toBeGreaterThan(0);
  });

  it('shows the unit’s report and the office’s acceptance in the status', async () => {
    const unit = await township(operator);
    const task8: Node = unit.assignments.nodes.find((a: Node) => a.task.code === '八' && a.task.document.validity === 'VALID');
    const { data: read } = await gateway(
      `query ($id: ID!) { assignment(id: $id) { task { reportPeriod indicators { id name } } } }`,
      { id: task8.id },
      operator,
    );
    const { reportPeriod, indicators } = read.assignment.task;
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const period = reportPeriod === 'MONTHLY' ? today.slice(0, 7) : `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
    const submitted = await gateway(
      `mutation ($input: SubmitReportInput!) { submitProgressReport(input: $input) { id version status } }`,
      {
        input: {
          assignmentId: task8.id,
          period,
          summary: '基层文化体育设施全部免费开放。',
          values: [{ indicatorId: indicators[0].id, value: 100 }],
        },
      },
      operator,
    );
    expect(submitted.errors).toBeUndefined();
    const refused = await gateway(
      `mutation ($id: ID!, $version: Int!) { acceptProgressReport(id: $id, version: $version) { status } }`,
      submitted.data.submitProgressReport,
      operator,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const accepted = await gateway(
      `mutation ($id: ID!, $version: Int!) { acceptProgressReport(id: $id, version: $version) { status } }`,
      { id: submitted.data.submitProgressReport.id, version: submitted.data.submitProgressReport.version },
      admin,
    );
    expect(accepted.errors).toBeUndefined();
    const after: Node = (await township(admin)).assignments.nodes.find((a: Node) => a.id === task8.id);
    expect(after).toMatchObject({ status: 'DONE', latestReport: { status: 'ACCEPTED' } });
  });

  it('keeps partner departments read-only', async () => {
    const partner = await login('partner');
    const { errors } = await gateway(
      `mutation { createPolicyDocument(input: { indexNumber: "1", issuer: "x", subject: "x", writtenOn: "2026-01-01", publishedOn: "2026-01-02", genre: "通知", documentNumber: "x", title: "x", fullText: "x" }) { id } }`,
      {},
      partner,
    );
    expect(errors?.[0]?.extensions?.code).toBe('READ_ONLY_ROLE');
  });
});
