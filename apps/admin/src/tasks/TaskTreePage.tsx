import { assignmentRoleLabels, assignmentStatusLabels, indicatorKindLabels, reportPeriodLabels, taskAreaLabels } from '@ronghe/types';
import { Alert, App, Button, Card, Empty, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { type Key, useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { useAccess } from '../auth/access';
import { useAuth } from '../auth/AuthProvider';
import { label } from '../common/labels';
import { useFeedback } from '../common/useFeedback';
import { graphql } from '../gql';
import type { TaskNodeFragment } from '../gql/graphql';
import { PolicyDocumentsDocument, STATUS_COLOR } from './documents';
import { AssigneeForm, IndicatorForm, ScheduleForm, SubTaskForm } from './TaskForms';

const TreeDocument = graphql(`
  query TaskTree($documentId: ID) {
    tasks(documentId: $documentId, first: 50) {
      nodes {
        ...TaskNode
        children { ...TaskNode children { ...TaskNode children { ...TaskNode } } }
      }
    }
  }
  fragment TaskNode on Task {
    id code title area requirement deadline reportPeriod version
    ownerOrganization { id name }
    document { id validity }
    indicators { id name kind target unitOfMeasure checklistItems deadline }
    assignments(first: 100) { totalCount nodes { id role status version organization { id name } } }
  }
`);
const DesignateLeadDocument = graphql(`
  mutation DesignateLead($input: DesignateLeadInput!) { designateLead(input: $input) { id role version } }
`);

type TaskRow = TaskNodeFragment & { children?: TaskRow[] };
type Fetched = TaskNodeFragment & { children?: Fetched[] };
type Assignee = TaskRow['assignments']['nodes'][number];
type Editing = { kind: 'decompose' | 'indicator' | 'assignee' | 'schedule'; task: TaskRow };

function target(i: TaskRow['indicators'][number]) {
  if (i.kind === 'CHECKLIST') return i.checklistItems.join('、');
  return `${i.target ?? '—'}${i.unitOfMeasure}`;
}

/** 任务分解: the plan's main tasks, their indicators and responsible units, and the sub-plans below them. */
export function TaskTreePage() {
  const { account } = useAuth();
  const access = useAccess();
  const office = access.actsForDistrict('tasks.write');
  const [params, setParams] = useSearchParams();
  const [{ data: documents }] = useQuery({ query: PolicyDocumentsDocument, variables: { first: 50 } });
  // By default the newest plan in force that has its tasks (a document just registered has none yet).
  const plansInForce = documents?.policyDocuments.nodes.filter((d) => d.validity === 'VALID') ?? [];
  const documentId = params.get('documentId') ?? (plansInForce.find((d) => d.taskCount > 0) ?? plansInForce[0])?.id ?? null;
  const [{ data, fetching, error }, refetch] = useQuery({ query: TreeDocument, variables: { documentId }, pause: !documents });
  const [, designateLead] = useMutation(DesignateLeadDocument);
  const done = useFeedback(() => refetch({ requestPolicy: 'network-only' }));
  const selected = documents?.policyDocuments.nodes.find((d) => d.id === documentId);
  const expired = selected?.validity === 'EXPIRED';
  const operator = access.can('tasks.write');
  const ownUnit = account?.organization.id;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [expanded, setExpanded] = useState<Key[]>([]);

  const { modal, message } = App.useApp();
  const saved = useCallback(
    (text: string) => {
      message.success(text);
      setEditing(null);
      refetch({ requestPolicy: 'network-only' });
    },
    [message, refetch],
  );

  // An expired document's plan is history: nothing in it is changed any more.
  const inForce = (t: TaskRow) => t.document.validity !== 'EXPIRED';
  /** The office decomposes the plan's main tasks; a unit, the tasks it holds (一级抓一级). */
  const mayDecompose = (t: TaskRow) =>
    inForce(t) &&
    ((office && !t.ownerOrganization) || ((office || operator) && t.assignments.nodes.some((a) => a.organization.id === ownUnit)));
  /** The office manages every task; a unit, the sub-tasks of its own plan. */
  const mayManage = (t: TaskRow) => inForce(t) && (office || (operator && !!t.ownerOrganization && t.ownerOrganization.id === ownUnit));

  const units = (t: TaskRow) => {
    const supporting = t.assignments.nodes.filter((a) => a.role !== 'LEAD');
    return (
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Space size={[4, 4]} wrap data-testid={`units-${t.code}`}>
          {[...t.assignments.nodes]
            .sort((a, b) => (a.role === b.role ? 0 : a.role === 'LEAD' ? -1 : 1))
            .map((a: Assignee) => (
              <Tooltip key={a.id} title={`${label(assignmentRoleLabels, a.role)} · ${label(assignmentStatusLabels, a.status)}`}>
                <Tag color={a.role === 'LEAD' ? 'volcano' : STATUS_COLOR[a.status]} style={{ marginInlineEnd: 0 }}>
                  {a.organization.name}
                  {a.role === 'LEAD' && '(牵头)'}
                </Tag>
              </Tooltip>
            ))}
        </Space>
        {office && !expired && supporting.length > 0 && (
          <Select<string>
            size="small"
            style={{ width: 220 }}
            placeholder="指定牵头单位"
            value={null}
            showSearch={{ optionFilterProp: 'label' }}
            options={supporting.map((a) => ({ value: a.id, label: a.organization.name }))}
            onChange={(id) => {
              const a = supporting.find((x) => x.id === id);
              if (!a) return;
              modal.confirm({
                title: `指定「${a.organization.name}」为(${t.code})的牵头单位?`,
                content: '原牵头单位改为配合单位。',
                okText: '确定',
                cancelText: '取消',
                onOk: async () => {
                  done(await designateLead({ input: { assignmentId: a.id, version: a.version } }), '已指定牵头单位');
                },
              });
            }}
          />
        )}
      </Space>
    );
  };

  // A task without sub-tasks gets no expand button.
  const withoutEmptyChildren = (list: readonly Fetched[]): TaskRow[] =>
    list.map(({ children, ...t }) => (children?.length ? { ...t, children: withoutEmptyChildren(children) } : t));
  const rows: readonly Fetched[] = useMemo(() => data?.tasks.nodes ?? [], [data]);

  // Each task's parent deadline and its sub-tasks' latest one: the bounds of its own deadline.
  const bounds = useMemo(() => {
    const parentDeadline = new Map<string, string | null>();
    const latestChild = new Map<string, string | null>();
    const walk = (list: readonly Fetched[], parent: Fetched | null) => {
      for (const t of list) {
        if (parent) parentDeadline.set(t.id, parent.deadline ?? null);
        const children = t.children ?? [];
        latestChild.set(
          t.id,
          children
            .map((c) => c.deadline)
            .filter((d): d is string => !!d)
            .sort()
            .at(-1) ?? null,
        );
        walk(children, t);
      }
    };
    walk(rows, null);
    return { parentDeadline, latestChild };
  }, [rows]);

  const actions = (t: TaskRow) => {
    const decompose = mayDecompose(t);
    const manage = mayManage(t);
    if (!decompose && !manage) return null;
    const open = (kind: Editing['kind']) => () => setEditing({ kind, task: t });
    return (
      <Space direction="vertical" size={0} align="start">
        {decompose && (
          <Button type="link" size="small" onClick={open('decompose')}>
            分解任务
          </Button>
        )}
        {manage && (
          <>
            <Button type="link" size="small" onClick={open('indicator')}>
              添加指标
            </Button>
            <Button type="link" size="small" onClick={open('assignee')}>
              添加责任单位
            </Button>
            <Button type="link" size="small" onClick={open('schedule')}>
              调整期限
            </Button>
          </>
        )}
      </Space>
    );
  };

  return (
    <Card
      title="任务分解"
      extra={
        <Select
          data-testid="document-select"
          style={{ width: 420 }}
          value={documentId}
          placeholder="选择文件(方案)"
          options={(documents?.policyDocuments.nodes ?? []).map((d) => ({
            value: d.id,
            label: `${d.documentNumber}${d.validity === 'EXPIRED' ? '(已失效)' : ''}`,
          }))}
          onChange={(v) => setParams({ documentId: v })}
        />
      }
    >
      {expired && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="该文件已失效,仅供历史查阅" />}
      {error && <Alert type="error" showIcon title={errorOf(error)?.message} style={{ marginBottom: 16 }} />}
      <Table<TaskRow>
        rowKey="id"
        // Waiting for the document list counts as loading: never 该方案没有任务 before the answer.
        loading={fetching || (!data && !error)}
        pagination={false}
        dataSource={withoutEmptyChildren(rows)}
        onRow={(t) => ({ 'data-task-code': t.code }) as React.HTMLAttributes<HTMLElement>}
        expandable={{ expandedRowKeys: expanded, onExpandedRowsChange: (keys) => setExpanded([...keys]) }}
        locale={{ emptyText: <Empty description="该方案没有任务" /> }}
        columns={[
          { title: '序号', dataIndex: 'code', width: 120, render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span> },
          {
            title: '任务',
            width: 300,
            render: (_: unknown, t) => (
              <Tooltip title={<span style={{ whiteSpace: 'pre-wrap' }}>{t.requirement}</span>}>
                <Typography.Text strong={!t.ownerOrganization}>{t.title}</Typography.Text>
                {t.ownerOrganization && (
                  <div>
                    <Typography.Text type="secondary">{t.ownerOrganization.name} 本级方案</Typography.Text>
                  </div>
                )}
              </Tooltip>
            ),
          },
          { title: '领域', dataIndex: 'area', render: (v: string) => label(taskAreaLabels, v), width: 130 },
          {
            title: '完成期限',
            dataIndex: 'deadline',
            render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{v ?? '未设定'}</span>,
            width: 110,
          },
          {
            title: <span style={{ whiteSpace: 'nowrap' }}>报告周期</span>,
            dataIndex: 'reportPeriod',
            render: (v: string) => label(reportPeriodLabels, v),
            width: 90,
          },
          {
            title: '指标',
            width: 260,
            render: (_: unknown, t) =>
              t.indicators.length ? (
                t.indicators.map((i) => (
                  <div key={i.id}>
                    {i.name}:{target(i)} <Tag>{label(indicatorKindLabels, i.kind)}</Tag>
                    {i.deadline ? `(${i.deadline} 前)` : ''}
                  </div>
                ))
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          { title: `责任单位`, render: (_: unknown, t) => units(t) },
          { title: '操作', width: 120, render: (_: unknown, t) => actions(t) },
        ]}
      />
      {editing?.kind === 'decompose' && (
        <SubTaskForm
          parent={editing.task}
          within={office && !editing.task.ownerOrganization ? null : (ownUnit ?? null)}
          onClose={() => setEditing(null)}
          onDone={() => {
            setExpanded((keys) => (keys.includes(editing.task.id) ? keys : [...keys, editing.task.id]));
            saved('已分解任务');
          }}
        />
      )}
      {editing?.kind === 'indicator' && (
        <IndicatorForm task={editing.task} onClose={() => setEditing(null)} onDone={() => saved('已添加指标')} />
      )}
      {editing?.kind === 'assignee' && (
        <AssigneeForm task={editing.task} onClose={() => setEditing(null)} onDone={() => saved('已添加责任单位')} />
      )}
      {editing?.kind === 'schedule' && (
        <ScheduleForm
          task={editing.task}
          parentDeadline={bounds.parentDeadline.get(editing.task.id) ?? null}
          latestChildDeadline={bounds.latestChild.get(editing.task.id) ?? null}
          onClose={() => setEditing(null)}
          onDone={() => saved('已调整期限')}
        />
      )}
    </Card>
  );
}
