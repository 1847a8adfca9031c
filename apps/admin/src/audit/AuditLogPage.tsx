import { encodeCursor, endOfBeijingDay, isUuid, startOfBeijingDay } from '@ronghe/types';
import { Card, DatePicker, Form, Input, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ConnectionTable } from '../common/ConnectionTable';
import { graphql } from '../gql';
import type { AuditActsQuery } from '../gql/graphql';

// The four subgraphs answer the same query shape; one request asks all four with one cursor.
const AuditActsDocument = graphql(`
  query AuditActs($first: Int!, $after: String, $actor: ID, $actions: [String!], $subject: ID, $from: DateTimeISO, $to: DateTimeISO) {
    organizationsAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {
      ...AuditActPage
    }
    tasksAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {
      ...AuditActPage
    }
    nominationsAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {
      ...AuditActPage
    }
    evaluationAudit(first: $first, after: $after, actorAccountId: $actor, actions: $actions, subjectId: $subject, from: $from, to: $to) {
      ...AuditActPage
    }
  }
  fragment AuditActPage on AuditActConnection {
    totalCount
    pageInfo { hasNextPage }
    nodes { id service occurredAt action subjectType subjectId detail actor { id displayName unit { id name } } }
  }
`);

const AuditActorsDocument = graphql(`
  query AuditActors($search: String) {
    accounts(first: 20, search: $search) { nodes { id displayName organization { id name } } }
  }
`);

type Act = NonNullable<AuditActsQuery['tasksAudit']>['nodes'][number];

const PAGE_SIZE = 20;

/** What each recorded act means, in the office's words. */
export const ACTION_LABELS: Record<string, string> = {
  'sign-in': '登录',
  'sign-out': '退出登录',
  'organization.create': '新增单位',
  'organization.update': '修改单位',
  'organization.move': '调整隶属关系',
  'organization.dissolve': '撤销单位',
  'person.create': '新增外来务工人员',
  'person.update': '修改外来务工人员',
  'person.view_personal_data': '查看完整个人信息',
  'person.import_create': '导入新增人员',
  'person.import_update': '导入更新人员',
  'organization.import_create': '导入新增单位',
  'organization.import_update': '导入更新单位',
  'account.create': '新建账号',
  'account.update': '修改账号',
  'account.change_password': '修改密码',
  'account.reset_password': '重置密码',
  'document.create': '登记政策文件',
  'document.set-validity': '变更文件效力',
  'document.create-plan': '建立任务计划',
  'task.decompose': '分解任务',
  'task.schedule': '设置任务时限',
  'assignment.assign': '指定责任单位',
  'assignment.designate-lead': '指定牵头单位',
  'indicator.create': '设置指标',
  'report.submit': '报送进展',
  'report.resubmit': '重新报送进展',
  'report.accept': '采纳进展报告',
  'report.return': '退回进展报告',
  'cycle.update': '修改年度设置',
  'cycle.quota': '设置推荐名额',
  'cycle.extension': '准予延期申报',
  'cycle.open': '开始申报',
  'cycle.freeze': '截止并冻结',
  'cycle.in_review': '进入评审',
  'cycle.finished': '结束年度',
  'nomination.draft': '创建推荐',
  'nomination.submitted': '提交推荐',
  'nomination.accepted': '受理推荐',
  'nomination.returned': '退回推荐',
  'nomination.withdrawn': '撤回推荐',
  'nomination.disqualified': '取消资格',
  'nomination.attachment-add': '上传推荐附件',
  'nomination.attachment-remove': '删除推荐附件',
  'review.create': '创建评审',
  'review.criteria': '设置评分细则',
  'review.rules': '修改评审规则',
  'review.caps': '设置类别名额',
  'review.agencies': '设置表彰单位',
  'review.start-scoring': '开始评分',
  'panel.auto-assign': '分配评审专家',
  'panel.assign': '指派评审专家',
  'panel.unassign': '取消评审分配',
  'panel.recuse': '声明回避',
  'score.submit': '提交评分',
  'score.reopen': '重新开放评分',
  'review.rank': '计算排名',
  'shortlist.change': '调整名单',
  'shortlist.approve': '审批名单',
  'shortlist.decline': '不同意名单',
  'publicity.start': '开始公示',
  'objection.uphold': '异议成立',
  'objection.dismiss': '异议不成立',
  'calendar.set': '设置节假日与调休',
  'calendar.import': '导入年度节假日安排',
  'calendar.delete': '删除节假日设置',
  'review.finalize': '确定表彰名单',
};

/**
 * What an act's record says in words, where it says something a reader needs at a glance: why it was
 * done (a return, an early freeze, a 公示 posted on paper before it was entered) and which file.
 */
export function actNote(detail: Record<string, unknown> | null | undefined): string {
  const d = detail ?? {};
  const text = (key: string) => (typeof d[key] === 'string' && d[key] ? String(d[key]) : null);
  return [
    text('paperReason') && `线下已张贴,补录理由:${text('paperReason')}`,
    text('reason') && `理由:${text('reason')}`,
    text('freezeReason') && `提前截止理由:${text('freezeReason')}`,
    text('fileName') && `附件:${text('fileName')}`,
    text('start') && text('ends') && `公示期 ${text('start')} 至 ${text('ends')}`,
  ]
    .filter(Boolean)
    .join(';');
}

const SERVICE_LABELS: Record<string, string> = {
  organizations: '基础信息',
  tasks: '任务督办',
  nominations: '典型推荐',
  evaluation: '考核评审',
};

/** The four pages as one: newest first, the page's size, and the key of its last act as the next cursor. */
function merge(data: AuditActsQuery) {
  // A subgraph that is down answers null (and an error the table shows): the others still list.
  const pages = [data.organizationsAudit, data.tasksAudit, data.nominationsAudit, data.evaluationAudit].filter((page) => page != null);
  const all = pages.flatMap((page) => page.nodes).sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.id.localeCompare(a.id));
  const nodes = all.slice(0, PAGE_SIZE);
  const last = nodes.at(-1);
  return {
    totalCount: pages.reduce((sum, page) => sum + page.totalCount, 0),
    nodes,
    pageInfo: {
      hasNextPage: all.length > PAGE_SIZE || pages.some((page) => page.pageInfo.hasNextPage),
      endCursor: last ? encodeCursor([new Date(last.occurredAt).toISOString(), last.id]) : null,
    },
  };
}

function ActorSelect(props: { value?: string; onChange: (id: string | undefined) => void }) {
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({ query: AuditActorsDocument, variables: { search: search || null } });
  return (
    <Select
      data-testid="audit-actor"
      style={{ width: 240 }}
      showSearch
      allowClear
      filterOption={false}
      onSearch={setSearch}
      loading={fetching}
      value={props.value}
      onChange={props.onChange}
      placeholder="输入姓名查找操作人"
      notFoundContent={fetching ? '查找中…' : '没有匹配的账号'}
      options={(data?.accounts.nodes ?? []).map((a) => ({ value: a.id, label: `${a.displayName}(${a.organization.name})` }))}
    />
  );
}

/** 审计日志: every accountable act of the four subsystems, by whom (name and unit), newest first. */
export function AuditLogPage() {
  const [actor, setActor] = useState<string | undefined>();
  const [actions, setActions] = useState<string[]>([]);
  const [subject, setSubject] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const subjectId = subject.trim();
  const variables = {
    actor: actor ?? null,
    actions: actions.length ? actions : null,
    subject: isUuid(subjectId) ? subjectId : null,
    from: range?.[0] ? startOfBeijingDay(range[0].format('YYYY-MM-DD')).toISOString() : null,
    to: range?.[1] ? endOfBeijingDay(range[1].format('YYYY-MM-DD')).toISOString() : null,
  };
  return (
    <Card title="审计日志">
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label="操作人">
          <ActorSelect value={actor} onChange={setActor} />
        </Form.Item>
        <Form.Item label="操作">
          <Select
            data-testid="audit-actions"
            mode="multiple"
            allowClear
            style={{ minWidth: 240 }}
            placeholder="全部"
            value={actions}
            onChange={setActions}
            optionFilterProp="label"
            options={Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item label="对象编号" validateStatus={subjectId && !isUuid(subjectId) ? 'error' : undefined}>
          <Input
            data-testid="audit-subject"
            allowClear
            style={{ width: 300 }}
            placeholder="记录的编号"
            value={subject}
            onChange={(e) => setSubject(e.target.value)}
          />
        </Form.Item>
        <Form.Item label="日期">
          <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} />
        </Form.Item>
      </Form>
      <ConnectionTable
        query={AuditActsDocument}
        variables={variables}
        connection={merge}
        unit="条"
        pageSize={PAGE_SIZE}
        expandable={{
          rowExpandable: (r: Act) => Object.keys(r.detail ?? {}).length > 0,
          expandedRowRender: (r: Act) => <pre style={{ margin: 0 }}>{JSON.stringify(r.detail, null, 2)}</pre>,
        }}
        columns={[
          { title: '时间', dataIndex: 'occurredAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
          {
            title: '操作人',
            dataIndex: 'actor',
            render: (a: Act['actor']) =>
              a ? (
                <Space size={4}>
                  <span>{a.displayName}</span>
                  {a.unit && <Typography.Text type="secondary">{a.unit.name}</Typography.Text>}
                </Space>
              ) : (
                <Typography.Text type="secondary">系统</Typography.Text>
              ),
          },
          { title: '子系统', dataIndex: 'service', render: (v: string) => <Tag>{SERVICE_LABELS[v] ?? v}</Tag> },
          { title: '操作', dataIndex: 'action', render: (v: string) => ACTION_LABELS[v] ?? v },
          { title: '说明', dataIndex: 'detail', render: (d: Act['detail']) => actNote(d) },
          {
            title: '对象编号',
            dataIndex: 'subjectId',
            render: (v: string) => (
              <Typography.Text code copyable={{ text: v }}>
                {v.slice(0, 8)}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}
