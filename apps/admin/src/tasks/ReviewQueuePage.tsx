import { reportStatusLabels, taskAreaLabels } from '@ronghe/types';
import { Button, Card, Segmented, Space, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { ConnectionTable, type ConnectionTableHandle } from '../common/ConnectionTable';
import { useAccess } from '../auth/access';
import { label } from '../common/labels';
import { ReasonModal } from '../common/ReasonModal';
import { useFeedback, useSaved } from '../common/useFeedback';
import { graphql } from '../gql';
import type { ReportStatus, ReportsToReviewQuery } from '../gql/graphql';
import { AssignmentDrawer, EvidenceLink } from './AssignmentDrawer';
import { periodLabel, REPORT_STATUS_COLOR } from './documents';
import { PersonName } from '../common/PersonName';

const ReportsToReviewDocument = graphql(`
  query ReportsToReview($status: ReportStatus, $first: Int!, $after: String) {
    reportsToReview(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id period status summary declaresComplete returnReason submittedAt submittedBy version
        values { indicatorId value checkedItems }
        evidence { id fileName size }
        assignment { id organization { id name }
          task { id code title area indicators { id name kind target unitOfMeasure } } } }
    }
  }
`);
const AcceptReportDocument = graphql(`
  mutation AcceptProgressReport($id: ID!, $version: Int!) { acceptProgressReport(id: $id, version: $version) { id status version } }
`);
const ReturnReportDocument = graphql(`
  mutation ReturnProgressReport($id: ID!, $version: Int!, $reason: String!) { returnProgressReport(id: $id, version: $version, reason: $reason) { id status version } }
`);

type Row = ReportsToReviewQuery['reportsToReview']['nodes'][number];

/** 进展审核: reports waiting for the office (or the unit that handed the sub-task down), accepted or returned with a reason. */
export function ReviewQueuePage() {
  const canReview = useAccess().can('reports.review');
  const [status, setStatus] = useState<ReportStatus>('SUBMITTED');
  const table = useRef<ConnectionTableHandle>(null);
  const [, accept] = useMutation(AcceptReportDocument);
  const [, giveBack] = useMutation(ReturnReportDocument);
  const [returning, setReturning] = useState<Row | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const done = useFeedback(() => table.current?.refresh());
  const saved = useSaved(() => table.current?.refresh());

  return (
    <Card
      title="进展审核"
      extra={
        <Segmented<ReportStatus>
          value={status}
          options={(['SUBMITTED', 'ACCEPTED', 'RETURNED'] as const).map((s) => ({ value: s, label: label(reportStatusLabels, s) }))}
          onChange={(v) => setStatus(v)}
        />
      }
    >
      <ConnectionTable
        ref={table}
        query={ReportsToReviewDocument}
        variables={{ status }}
        connection={(data) => data.reportsToReview}
        unit="份报告"
        locale={{ emptyText: status === 'SUBMITTED' ? '没有待审核的报告' : '没有报告' }}
        columns={[
          { title: '责任单位', render: (_: unknown, r) => r.assignment.organization.name, width: 160 },
          {
            title: '任务',
            width: 240,
            render: (_: unknown, r) => (
              <Space direction="vertical" size={0}>
                <Typography.Link onClick={() => setOpened(r.assignment.id)}>
                  ({r.assignment.task.code}){r.assignment.task.title}
                </Typography.Link>
                <Typography.Text type="secondary">{label(taskAreaLabels, r.assignment.task.area)}</Typography.Text>
              </Space>
            ),
          },
          { title: '报告期', render: (_: unknown, r) => periodLabel(r.period), width: 120 },
          {
            title: '报告内容',
            render: (_: unknown, r) => (
              <div>
                <Typography.Paragraph
                  style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}
                  ellipsis={{ rows: 3, expandable: true, symbol: '展开' }}
                >
                  {r.summary}
                </Typography.Paragraph>
                {r.values.map((v) => {
                  const i = r.assignment.task.indicators.find((x) => x.id === v.indicatorId);
                  return (
                    <div key={v.indicatorId}>
                      <Typography.Text type="secondary">
                        {i?.name ?? '指标'}:
                        {i?.kind === 'CHECKLIST' ? v.checkedItems.join('、') || '无' : `${v.value ?? '—'}${i?.unitOfMeasure ?? ''}`}
                        {i?.target != null && i.kind !== 'CHECKLIST' ? `(目标 ${i.target}${i.unitOfMeasure})` : ''}
                      </Typography.Text>
                    </div>
                  );
                })}
                {r.declaresComplete && <Tag color="blue">报告已全部完成</Tag>}
                {r.evidence.length > 0 && (
                  <Space wrap size={4}>
                    佐证:
                    {r.evidence.map((e) => (
                      <EvidenceLink key={e.id} file={e} />
                    ))}
                  </Space>
                )}
                {r.returnReason && (
                  <div>
                    <Typography.Text type="warning">
                      {r.status === 'RETURNED' ? '退回理由' : '上次退回理由'}:{r.returnReason}
                    </Typography.Text>
                  </div>
                )}
              </div>
            ),
          },
          {
            title: '提交',
            width: 150,
            render: (_: unknown, r) => <PersonName username={r.submittedBy} at={r.submittedAt} />,
          },
          {
            title: '状态',
            width: 90,
            render: (_: unknown, r) => <Tag color={REPORT_STATUS_COLOR[r.status]}>{label(reportStatusLabels, r.status)}</Tag>,
          },
          {
            title: '',
            width: 140,
            render: (_: unknown, r) =>
              canReview &&
              r.status === 'SUBMITTED' && (
                <Space>
                  <Button size="small" type="primary" onClick={async () => done(await accept({ id: r.id, version: r.version }), '已采纳')}>
                    采纳
                  </Button>
                  <Button size="small" onClick={() => setReturning(r)}>
                    退回
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      {returning && (
        <ReasonModal
          id="report-return"
          title="退回进展报告"
          okText="退回"
          placeholder="退回理由(必填,将告知责任单位并留档)"
          about={
            <Typography.Paragraph type="secondary">
              {`${returning.assignment.organization.name} · (${returning.assignment.task.code})${returning.assignment.task.title} · ${periodLabel(returning.period)}`}
            </Typography.Paragraph>
          }
          submit={(reason) => giveBack({ id: returning.id, version: returning.version, reason })}
          onClose={() => setReturning(null)}
          onDone={saved('已退回', () => setReturning(null))}
        />
      )}
      <AssignmentDrawer id={opened} onClose={() => setOpened(null)} />
    </Card>
  );
}
