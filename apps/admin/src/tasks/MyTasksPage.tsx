import { assignmentRoleLabels, assignmentStatusLabels, reportStatusLabels, taskAreaLabels, beijingDate, periodOf } from '@ronghe/types';
import { Alert, App, Button, Card, Space, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { useAccess } from '../auth/access';
import { useAuth } from '../auth/AuthProvider';
import { ConnectionTable, type ConnectionTableHandle } from '../common/ConnectionTable';
import { label } from '../common/labels';
import { graphql } from '../gql';
import { OrganizationPicker } from '../organizations/OrganizationPicker';
import { AssignmentDrawer } from './AssignmentDrawer';
import { noticeKindLabels, periodLabel, REPORT_STATUS_COLOR, STATUS_COLOR } from './documents';
import { ReportForm, type ReportTarget, type ReturnedReport } from './ReportForm';

const UnitAssignmentsDocument = graphql(`
  query UnitAssignments($organizationId: ID, $first: Int!, $after: String) {
    assignments(organizationId: $organizationId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id role status deadline version
        organization { id name }
        task { id code title area reportPeriod deadline
          document { id documentNumber validity }
          indicators { id name kind target unitOfMeasure checklistItems } }
        latestReport { id period status version summary declaresComplete returnReason
          values { indicatorId value checkedItems }
          evidence { id fileName } }
      }
    }
  }
`);
const MyNoticesDocument = graphql(`
  query MyNotices { myNotices(first: 20) { totalCount nodes { id kind message dueOn assignmentId } } }
`);

const NOTICE_TYPE: Record<string, 'warning' | 'error' | 'info'> = {
  OVERDUE: 'error',
  REPORT_RETURNED: 'warning',
  DEADLINE_NEAR: 'warning',
  REPORT_DUE: 'info',
};

/** 我的任务: the unit's assignments in the plans in force, its reminders, and reporting progress. */
export function MyTasksPage() {
  const { account } = useAuth();
  const access = useAccess();
  const canReport = access.can('reports.submit');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const unitId = organizationId ?? account?.organization.id ?? null;
  const ownUnit = unitId === account?.organization.id;
  const table = useRef<ConnectionTableHandle>(null);
  const [{ data: notices }, refetchNotices] = useQuery({ query: MyNoticesDocument });
  const [reporting, setReporting] = useState<{ assignment: ReportTarget; returned: ReturnedReport | null } | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const { message } = App.useApp();
  const reload = useCallback(() => {
    table.current?.refresh();
    refetchNotices({ requestPolicy: 'network-only' });
  }, [refetchNotices]);

  return (
    <Card
      title="我的任务"
      extra={
        access.readsWholeDistrict && (
          <div style={{ width: 280 }}>
            <OrganizationPicker
              placeholder="查看其他单位的任务"
              value={organizationId ?? undefined}
              onChange={(v) => setOrganizationId(v ?? null)}
            />
          </div>
        )
      }
    >
      {ownUnit && (notices?.myNotices.nodes ?? []).length > 0 && (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }} data-testid="notices">
          {notices!.myNotices.nodes.map((n) => (
            <Alert
              key={n.id}
              showIcon
              type={NOTICE_TYPE[n.kind] ?? 'info'}
              title={`【${noticeKindLabels[n.kind] ?? n.kind}】${n.message}`}
              action={
                <Button size="small" type="link" onClick={() => setOpened(n.assignmentId)}>
                  查看
                </Button>
              }
            />
          ))}
          {notices!.myNotices.totalCount > notices!.myNotices.nodes.length && (
            <Typography.Text type="secondary">
              另有 {notices!.myNotices.totalCount - notices!.myNotices.nodes.length} 条提醒
            </Typography.Text>
          )}
        </Space>
      )}
      <ConnectionTable
        ref={table}
        query={UnitAssignmentsDocument}
        variables={{ organizationId: unitId }}
        connection={(data) => data.assignments}
        unit="项任务"
        waiting={!unitId}
        data-testid="assignments"
        onRow={(r) => ({ 'data-task-code': r.task.code }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '序号', render: (_: unknown, r) => r.task.code, width: 70 },
          {
            title: '任务',
            render: (_: unknown, r) => (
              <Space direction="vertical" size={0}>
                <Typography.Link onClick={() => setOpened(r.id)}>{r.task.title}</Typography.Link>
                <Typography.Text type="secondary">{r.task.document.documentNumber}</Typography.Text>
              </Space>
            ),
          },
          { title: '领域', render: (_: unknown, r) => label(taskAreaLabels, r.task.area), width: 120 },
          {
            title: '角色',
            width: 90,
            render: (_: unknown, r) => (r.role === 'LEAD' ? <Tag color="volcano">牵头</Tag> : label(assignmentRoleLabels, r.role)),
          },
          { title: '完成期限', render: (_: unknown, r) => r.deadline ?? '未设定', width: 110 },
          {
            title: '督导状态',
            width: 100,
            render: (_: unknown, r) => (
              <Tag data-testid="assignment-status" color={STATUS_COLOR[r.status]}>
                {label(assignmentStatusLabels, r.status)}
              </Tag>
            ),
          },
          {
            title: '最近报告',
            width: 190,
            render: (_: unknown, r) =>
              r.latestReport ? (
                <Space size={4} data-testid="latest-report">
                  {periodLabel(r.latestReport.period)}
                  <Tag color={REPORT_STATUS_COLOR[r.latestReport.status]}>{label(reportStatusLabels, r.latestReport.status)}</Tag>
                  {r.latestReport.returnReason && r.latestReport.status === 'RETURNED' && (
                    <Tooltip title={r.latestReport.returnReason}>
                      <Tag>理由</Tag>
                    </Tooltip>
                  )}
                </Space>
              ) : (
                <Typography.Text type="secondary">尚未报告</Typography.Text>
              ),
          },
          {
            title: '',
            width: 200,
            render: (_: unknown, r) => {
              if (!canReport || !ownUnit || r.task.document.validity !== 'VALID') return null;
              const returned = r.latestReport?.status === 'RETURNED' ? r.latestReport : null;
              const reportedNow =
                r.latestReport && !returned && r.latestReport.period === periodOf(beijingDate(new Date()), r.task.reportPeriod);
              return (
                <Space>
                  {returned && (
                    <Button size="small" type="primary" onClick={() => setReporting({ assignment: r, returned })}>
                      修改重报
                    </Button>
                  )}
                  <Button
                    size="small"
                    type={returned || reportedNow ? 'default' : 'primary'}
                    onClick={() => {
                      if (reportedNow) message.info('本期进展已报告;如需补报以前的报告期,请选择报告期');
                      setReporting({ assignment: r, returned: null });
                    }}
                  >
                    报告进展
                  </Button>
                </Space>
              );
            },
          },
        ]}
      />
      <ReportForm
        assignment={reporting?.assignment ?? null}
        returned={reporting?.returned}
        onClose={() => setReporting(null)}
        onDone={() => {
          message.success(reporting?.returned ? '已重新提交' : '进展报告已提交,等待审核');
          setReporting(null);
          reload();
        }}
      />
      <AssignmentDrawer id={opened} onClose={() => setOpened(null)} />
    </Card>
  );
}
