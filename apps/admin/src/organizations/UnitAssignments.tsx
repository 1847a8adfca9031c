import { assignmentRoleLabels, assignmentStatusLabels, taskAreaLabels } from '@ronghe/types';
import { Card, Segmented, Tag } from 'antd';
import { useState } from 'react';
import { ConnectionTable } from '../common/ConnectionTable';
import { label } from '../common/labels';
import { graphql } from '../gql';
import type { DocumentValidity } from '../gql/graphql';
import { STATUS_COLOR } from '../tasks/documents';

const OrganizationAssignmentsDocument = graphql(`
  query OrganizationAssignments($id: ID!, $first: Int!, $after: String, $validity: DocumentValidity) {
    organization(id: $id) {
      id
      assignments(first: $first, after: $after, validity: $validity) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id role status deadline task { code title area document { documentNumber validity } } }
      }
      taskPerformance { rank score }
    }
  }
`);

type Shown = 'VALID' | 'ALL';

/** 承担的任务: a unit's assignments, those of the plans in force first; history on request. */
export function UnitAssignments({ organizationId }: { organizationId: string }) {
  const [shown, setShown] = useState<Shown>('VALID');
  const validity: DocumentValidity | null = shown === 'VALID' ? 'VALID' : null;
  return (
    <Card
      title="承担的任务"
      extra={
        <Segmented<Shown>
          data-testid="unit-tasks-filter"
          value={shown}
          options={[
            { value: 'VALID', label: '现行方案' },
            { value: 'ALL', label: '全部(含已失效文件)' },
          ]}
          onChange={setShown}
        />
      }
    >
      <ConnectionTable
        query={OrganizationAssignmentsDocument}
        variables={{ id: organizationId, validity }}
        connection={(data) => data.organization?.assignments}
        unit="项任务"
        header={({ organization: unit }) =>
          unit?.taskPerformance && (
            <div data-testid="unit-performance" style={{ marginBottom: 12 }}>
              任务落实绩效 {unit.taskPerformance.score} 分 · 全区第 {unit.taskPerformance.rank} 名
            </div>
          )
        }
        size="small"
        data-testid="unit-tasks"
        columns={[
          {
            title: '文件',
            width: 200,
            render: (_: unknown, a) => (
              <span style={{ color: a.task.document.validity === 'EXPIRED' ? '#999' : undefined }}>
                {a.task.document.documentNumber}
                {a.task.document.validity === 'EXPIRED' ? '(已失效)' : ''}
              </span>
            ),
          },
          { title: '序号', render: (_: unknown, a) => a.task.code, width: 70 },
          { title: '任务', render: (_: unknown, a) => a.task.title },
          { title: '领域', render: (_: unknown, a) => label(taskAreaLabels, a.task.area) },
          { title: '角色', dataIndex: 'role', render: (v: string) => label(assignmentRoleLabels, v) },
          { title: '完成期限', dataIndex: 'deadline', render: (v: string | null) => v ?? '—' },
          {
            title: '督导状态',
            // An expired plan is history: it is no longer supervised.
            render: (_: unknown, a) =>
              a.task.document.validity === 'EXPIRED' ? (
                '—'
              ) : (
                <Tag color={STATUS_COLOR[a.status]}>{label(assignmentStatusLabels, a.status)}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
