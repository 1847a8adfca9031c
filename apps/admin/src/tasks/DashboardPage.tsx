import { DownloadOutlined } from '@ant-design/icons';
import { assignmentStatusLabels, taskAreaLabels, trafficLightLabels } from '@ronghe/types';
import { Alert, App, Badge, Button, Card, Col, Empty, Row, Select, Space, Spin, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { ConnectionTable } from '../common/ConnectionTable';
import { downloadBase64 } from '../common/download';
import { label } from '../common/labels';
import { graphql } from '../gql';
import type { StatusRollupFieldsFragment } from '../gql/graphql';
import { LIGHT_COLOR, PolicyDocumentsDocument, STATUS_COLOR } from './documents';

const StatusChart = lazy(() => import('./StatusChart'));

const OverviewDocument = graphql(`
  query SupervisionOverview($documentId: ID) {
    supervisionOverview(documentId: $documentId) {
      asOf documentId
      totals { ...StatusRollupFields }
      byArea { ...StatusRollupFields }
      byTask { ...StatusRollupFields }
      byTownship { ...StatusRollupFields organization { id name } }
    }
  }
  fragment StatusRollupFields on StatusRollup { key label area taskId light total onTrack atRisk overdue done }
`);
const UnitRollupsDocument = graphql(`
  query UnitRollups($documentId: ID, $first: Int!, $after: String) {
    unitRollups(documentId: $documentId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...StatusRollupFields organization { id name } }
    }
  }
`);
const WarningsDocument = graphql(`
  query SupervisionWarnings($documentId: ID, $first: Int!, $after: String) {
    supervisionWarnings(documentId: $documentId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id status deadline role organization { id name } task { id code title area }
        latestReport { period status } }
    }
  }
`);
const RankingDocument = graphql(`
  query UnitPerformanceRanking($first: Int!, $after: String) {
    unitPerformanceRanking(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { rank score indicatorAttainment timeliness assignments done overdue organization { id name } }
    }
  }
`);
const ExportDocument = graphql(`
  query ExportSupervisionReport($documentId: ID) { exportSupervisionReport(documentId: $documentId) { fileName mimeType contentBase64 } }
`);

type Rollup = StatusRollupFieldsFragment & { organization?: { id: string; name: string } | null };

export const Light = ({ light }: { light: string }) => <Badge color={LIGHT_COLOR[light]} text={label(trafficLightLabels, light)} />;

const countColumns = [
  { title: '分工数', dataIndex: 'total', width: 80 },
  { title: '正常推进', dataIndex: 'onTrack', width: 90 },
  { title: '有风险', dataIndex: 'atRisk', width: 80 },
  { title: '已逾期', dataIndex: 'overdue', width: 80 },
  { title: '已完成', dataIndex: 'done', width: 80 },
  { title: '红绿灯', dataIndex: 'light', width: 90, render: (v: string) => <Light light={v} /> },
];

/** `(四)` for the chart's axis, from a label `(四)……`. */
const taskShortName = (r: Rollup) => /^\([^)]+\)/.exec(r.label)?.[0] ?? r.label;

const rollupName = (r: Rollup) => (r.area ? label(taskAreaLabels, r.area) : (r.organization?.name ?? r.label));

/** 督导看板: where the plan stands, by area, task, township and unit, what needs attention, and who performs. */
export function DashboardPage() {
  const client = useClient();
  const { message } = App.useApp();
  const [documentId, setDocumentId] = useState<string | null>(null);
  const [{ data: documents }] = useQuery({ query: PolicyDocumentsDocument, variables: { first: 50 } });
  const [{ data, fetching, error }] = useQuery({ query: OverviewDocument, variables: { documentId }, requestPolicy: 'cache-and-network' });
  const [exporting, setExporting] = useState(false);
  const overview = data?.supervisionOverview;
  const totals = overview?.totals;

  async function exportReport() {
    setExporting(true);
    const result = await client.query(ExportDocument, { documentId }, { requestPolicy: 'network-only' }).toPromise();
    setExporting(false);
    if (result.data) downloadBase64(result.data.exportSupervisionReport);
    else message.error(errorOf(result.error)?.message);
  }

  const chartRows = (rows: Rollup[], name: (r: Rollup) => string) =>
    rows.map((r) => ({ name: name(r), onTrack: r.onTrack, atRisk: r.atRisk, overdue: r.overdue, done: r.done }));

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title="督导看板"
        extra={
          <Space>
            <Select
              style={{ width: 320 }}
              allowClear
              placeholder="全部现行文件"
              value={documentId}
              options={(documents?.policyDocuments.nodes ?? [])
                .filter((d) => d.validity === 'VALID')
                .map((d) => ({ value: d.id, label: d.documentNumber }))}
              onChange={(v) => setDocumentId(v ?? null)}
            />
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportReport}>
              导出督导报告
            </Button>
          </Space>
        }
      >
        {error && <Alert type="error" showIcon title={errorOf(error)?.message} style={{ marginBottom: 16 }} />}
        <Spin spinning={fetching && !data}>
          {totals && (
            <Row gutter={16} data-testid="totals">
              <Col span={4}>
                <Statistic title="分工总数" value={totals.total} />
              </Col>
              <Col span={4}>
                <Statistic title="正常推进" value={totals.onTrack} styles={{ content: { color: '#52c41a' } }} />
              </Col>
              <Col span={4}>
                <Statistic title="有风险" value={totals.atRisk} styles={{ content: { color: '#faad14' } }} />
              </Col>
              <Col span={4}>
                <Statistic title="已逾期" value={totals.overdue} styles={{ content: { color: '#f5222d' } }} />
              </Col>
              <Col span={4}>
                <Statistic title="已完成" value={totals.done} styles={{ content: { color: '#1677ff' } }} />
              </Col>
              <Col span={4}>
                <Statistic title="总体" valueRender={() => <Light light={totals.light} />} />
                <Typography.Text type="secondary">截至 {overview.asOf}</Typography.Text>
              </Col>
            </Row>
          )}
        </Spin>
      </Card>

      {overview && (
        <Row gutter={[16, 16]}>
          {overview.byArea.map((a) => (
            <Col key={a.key} xs={12} md={6}>
              <Card size="small" data-testid={`area-card-${a.area ?? a.key}`} style={{ borderTop: `4px solid ${LIGHT_COLOR[a.light]}` }}>
                <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                  <Typography.Text strong>{rollupName(a)}</Typography.Text>
                  <Light light={a.light} />
                </Space>
                <div style={{ marginTop: 8 }}>
                  <Typography.Text type="secondary">
                    {a.total} 项分工:已完成 {a.done},正常 {a.onTrack},风险 {a.atRisk},逾期 {a.overdue}
                  </Typography.Text>
                </div>
              </Card>
            </Col>
          ))}
        </Row>
      )}

      {overview && (
        <Row gutter={16}>
          <Col xs={24} xl={12}>
            <Card title="按任务领域" size="small">
              <Suspense fallback={<Spin />}>
                <StatusChart rows={chartRows(overview.byArea, rollupName)} />
              </Suspense>
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title="按主要任务" size="small">
              <Suspense fallback={<Spin />}>
                <StatusChart rows={chartRows(overview.byTask, taskShortName)} />
              </Suspense>
            </Card>
          </Col>
        </Row>
      )}

      {overview && (
        <Card size="small" title="主要任务落实情况">
          <Table<Rollup>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={overview.byTask}
            onRow={(r) => ({ 'data-testid': `task-rollup-${r.taskId ?? r.key}` }) as React.HTMLAttributes<HTMLElement>}
            columns={[{ title: '任务', dataIndex: 'label' }, ...countColumns]}
          />
        </Card>
      )}

      <Card size="small">
        <Tabs
          items={[
            { key: 'warnings', label: '预警', children: <WarningsTable documentId={documentId} /> },
            {
              key: 'townships',
              label: '按乡镇(街道)',
              children: (
                <Table<Rollup>
                  rowKey="key"
                  size="small"
                  pagination={false}
                  dataSource={overview?.byTownship ?? []}
                  columns={[{ title: '乡镇(街道)', render: (_: unknown, r) => rollupName(r) }, ...countColumns]}
                />
              ),
            },
            { key: 'units', label: '按责任单位', children: <UnitRollupsTable documentId={documentId} /> },
            { key: 'ranking', label: '单位绩效排名', children: <RankingTable /> },
          ]}
        />
      </Card>
    </Space>
  );
}

function UnitRollupsTable({ documentId }: { documentId: string | null }) {
  return (
    <ConnectionTable
      query={UnitRollupsDocument}
      variables={{ documentId }}
      connection={(data) => data.unitRollups}
      unit="个单位"
      rowKey="key"
      size="small"
      columns={[{ title: '责任单位', render: (_: unknown, r) => rollupName(r) }, ...countColumns]}
    />
  );
}

function WarningsTable({ documentId }: { documentId: string | null }) {
  return (
    <ConnectionTable
      query={WarningsDocument}
      variables={{ documentId }}
      connection={(data) => data.supervisionWarnings}
      unit="条预警"
      size="small"
      locale={{ emptyText: <Empty description="没有预警" /> }}
      columns={[
        {
          title: '状态',
          width: 90,
          render: (_: unknown, w) => <Tag color={STATUS_COLOR[w.status]}>{label(assignmentStatusLabels, w.status)}</Tag>,
        },
        { title: '责任单位', render: (_: unknown, w) => `${w.organization.name}${w.role === 'LEAD' ? '(牵头)' : ''}` },
        { title: '任务', render: (_: unknown, w) => `(${w.task.code})${w.task.title}` },
        {
          title: '领域',
          width: 150,
          render: (_: unknown, w) => <span style={{ whiteSpace: 'nowrap' }}>{label(taskAreaLabels, w.task.area)}</span>,
        },
        { title: '完成期限', width: 110, render: (_: unknown, w) => w.deadline ?? '未设定' },
        { title: '最近报告', width: 110, render: (_: unknown, w) => w.latestReport?.period ?? '尚未报告' },
      ]}
    />
  );
}

function RankingTable() {
  return (
    <>
      <Typography.Paragraph type="secondary">得分满分 100:指标完成度占 60%,按时率占 40%。</Typography.Paragraph>
      <ConnectionTable
        query={RankingDocument}
        variables={{}}
        connection={(data) => data.unitPerformanceRanking}
        unit="个单位"
        rowKey={(p) => p.organization.id}
        size="small"
        columns={[
          { title: '名次', dataIndex: 'rank', width: 70 },
          { title: '单位', render: (_: unknown, p) => p.organization.name },
          { title: '得分', width: 80, render: (_: unknown, p) => p.score.toFixed(1) },
          { title: '指标完成度', width: 110, render: (_: unknown, p) => `${p.indicatorAttainment.toFixed(1)}%` },
          { title: '按时率', width: 90, render: (_: unknown, p) => `${p.timeliness.toFixed(1)}%` },
          { title: '分工数', dataIndex: 'assignments', width: 80 },
          { title: '已完成', dataIndex: 'done', width: 80 },
          { title: '已逾期', dataIndex: 'overdue', width: 80 },
        ]}
      />
    </>
  );
}
