import { resultOutcomeLabels, typicalCategoryLabels } from '@ronghe/types';
import { Alert, App, Button, Descriptions, Modal, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { JobProgress, useStoredJob } from '../common/JobProgress';
import { label } from '../common/labels';
import { graphql } from '../gql';
import type { ScoreSheetQuery } from '../gql/graphql';

const ScoreSheetDocument = graphql(`
  query ScoreSheet($reviewId: ID!, $after: String) {
    reviewScoreSheet(reviewId: $reviewId, first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        nominationId nominee nominator category rank aggregateScore tied outcome
        criteria { id name weight maxScore }
        evaluators { accountId name unit marks { criterionId value } total normalized dropped comment }
      }
    }
  }
`);
const ExportDocument = graphql(`mutation ExportScoreSheet($reviewId: ID!) { exportScoreSheet(reviewId: $reviewId) { id } }`);

type Entry = ScoreSheetQuery['reviewScoreSheet']['nodes'][number];
type EvaluatorRow = Entry['evaluators'][number];

// On paper only the sheet is printed: everything else on the page (and the dialog around it) is left out.
const PRINT_CSS = `
.score-sheet-print { display: none; }
@media print {
  body > :not(.score-sheet-print) { display: none !important; }
  .score-sheet-print { display: block !important; padding: 0 8mm; }
  .score-sheet-entry { break-inside: avoid; }
}`;

/** One nomination's marks: a row per evaluator, a column per criterion, then the aggregate and rank. */
function EntryTable({ entry }: { entry: Entry }) {
  return (
    <div className="score-sheet-entry" data-testid={`score-sheet-${entry.nominee}`} style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={4} bordered>
        <Descriptions.Item label="名次">
          {entry.rank ?? '—'} {entry.tied && <Tag color="red">并列待定</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="被推荐对象">{entry.nominee}</Descriptions.Item>
        <Descriptions.Item label="类别">{label(typicalCategoryLabels, entry.category)}</Descriptions.Item>
        <Descriptions.Item label="推荐单位">{entry.nominator}</Descriptions.Item>
        <Descriptions.Item label="综合得分">{entry.aggregateScore ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="结果">{label(resultOutcomeLabels, entry.outcome)}</Descriptions.Item>
      </Descriptions>
      <Table<EvaluatorRow>
        rowKey="accountId"
        size="small"
        pagination={false}
        bordered
        dataSource={entry.evaluators}
        locale={{ emptyText: '没有计入排名的评分' }}
        columns={[
          { title: '评审专家', dataIndex: 'name' },
          { title: '专家单位', dataIndex: 'unit' },
          ...entry.criteria.map((c) => ({
            title: `${c.name}(满分 ${c.maxScore},权重 ${c.weight})`,
            key: c.id,
            render: (_: unknown, e: EvaluatorRow) => e.marks.find((m) => m.criterionId === c.id)?.value ?? '—',
          })),
          { title: '加权合计(百分制)', dataIndex: 'total' },
          { title: '是否计入', render: (_: unknown, e: EvaluatorRow) => (e.dropped ? '去掉' : '计入') },
          { title: '评语', dataIndex: 'comment' },
        ]}
      />
    </div>
  );
}

/** 评分表: the office opens it beside the ranking, prints it or exports it, to answer an objection. */
export function ScoreSheetButton({ reviewId, title }: { reviewId: string; title: string }) {
  const [open, setOpen] = useState(false);
  const [after, setAfter] = useState<string | null>(null);
  const [pages, setPages] = useState<Entry[][]>([]);
  const [{ data, fetching, error }] = useQuery({
    query: ScoreSheetDocument,
    variables: { reviewId, after },
    pause: !open,
    requestPolicy: 'network-only',
  });
  const [, requestExport] = useMutation(ExportDocument);
  // A province's sheet takes a while: made by a job, followed here, downloaded from its panel.
  const [exportJob, setExportJob] = useStoredJob(`score-sheet.${reviewId}`);
  const { message } = App.useApp();
  const sheet = data?.reviewScoreSheet;
  // Pages already read, then the current one (at most 100 nominations each).
  const entries = [...pages.flat(), ...(sheet?.nodes ?? [])];

  async function exportSheet() {
    const result = await requestExport({ reviewId });
    if (result.error || !result.data) return message.error(errorOf(result.error)?.message ?? '导出失败');
    setExportJob(result.data.exportScoreSheet.id);
  }

  const content = entries.map((entry) => <EntryTable key={entry.nominationId} entry={entry} />);
  return (
    <>
      <Button onClick={() => setOpen(true)}>评分表</Button>
      <Modal
        title={`${title} 评分表`}
        open={open}
        width={1200}
        onCancel={() => {
          setOpen(false);
          setPages([]);
          setAfter(null);
        }}
        footer={
          <Space>
            <Button onClick={exportSheet}>导出评分表(Excel)</Button>
            <Button type="primary" disabled={!sheet} onClick={() => window.print()}>
              打印
            </Button>
          </Space>
        }
      >
        {error && <Alert type="error" showIcon message={errorOf(error)?.message} />}
        {exportJob && (
          <div style={{ marginBottom: 16 }}>
            <JobProgress jobId={exportJob} title="导出评分表" onClose={() => setExportJob(null)} />
          </div>
        )}
        <Spin spinning={fetching}>
          <div data-testid="score-sheet" style={{ minHeight: 120 }}>
            {sheet && (
              <Typography.Paragraph type="secondary">
                共 {sheet.totalCount} 个推荐。只列出计入排名的评分(已提交、未回避);加权合计按百分制折算。
              </Typography.Paragraph>
            )}
            {content}
            {sheet?.pageInfo.hasNextPage && (
              <Button
                onClick={() => {
                  setPages([...pages, sheet.nodes]);
                  setAfter(sheet.pageInfo.endCursor ?? null);
                }}
              >
                加载更多
              </Button>
            )}
          </div>
        </Spin>
      </Modal>
      {open &&
        createPortal(
          <div className="score-sheet-print">
            <h2 style={{ textAlign: 'center' }}>{title} 评分表</h2>
            {content}
          </div>,
          document.body,
        )}
      <style>{PRINT_CSS}</style>
    </>
  );
}
