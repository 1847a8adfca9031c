import { resultOutcomeLabels, reviewStatusLabels, typicalCategoryLabels } from '@ronghe/types';
import { Alert, App, Button, Card, Descriptions, Skeleton, Space, Table, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { downloadBase64 } from '../common/download';
import { JobProgress, useStoredJob } from '../common/JobProgress';
import { errorOf } from '../api/client';
import { ReasonModal } from '../common/ReasonModal';
import { useFeedback, useSaved } from '../common/useFeedback';
import { useAccess } from '../auth/access';
import { label } from '../common/labels';
import { graphql } from '../gql';
import type { ReviewResultsQuery } from '../gql/graphql';
import { ApprovalPanel } from './ApprovalPanel';
import { answerFor, ReviewSelect, useReviewParam } from './ReviewSelect';
import { ScoreSheetButton } from './ScoreSheet';

const ResultsDocument = graphql(`
  query ReviewResults($id: ID!) {
    review(id: $id) {
      id title status shortlistSize shortlistVersion publicityStarts publicityEnds
      approvals { approverUsername shortlistVersion approvedAt voidedAt }
      results(first: 100) {
        nodes { id rank aggregateScore outcome tied removedReason
          nomination { id category nominator { name } nominee { __typename ... on Organization { name } ... on Person { name } } } }
      }
    }
  }
`);
const ListDocument = graphql(
  `query ExportReviewList($reviewId: ID!) { exportReviewList(reviewId: $reviewId) { fileName mimeType contentBase64 } }`,
);
const DecisionDocument = graphql(
  `query CommendationDecision($reviewId: ID!) { commendationDecision(reviewId: $reviewId) { fileName mimeType contentBase64 } }`,
);
const CertificatesDocument = graphql(
  `query CommendationCertificates($reviewId: ID!) { commendationCertificates(reviewId: $reviewId) { fileName mimeType contentBase64 } }`,
);
const ChangeDocument = graphql(
  `mutation ChangeShortlist($reviewId: ID!, $nominationId: ID!, $include: Boolean!, $reason: String!) { changeShortlist(reviewId: $reviewId, nominationId: $nominationId, include: $include, reason: $reason) { id } }`,
);
const ComputeDocument = graphql(`mutation ComputeRanking($reviewId: ID!) { computeRanking(reviewId: $reviewId) { id } }`);
const DocumentsJobDocument = graphql(
  `mutation GenerateCommendationDocuments($reviewId: ID!) { generateCommendationDocuments(reviewId: $reviewId) { id } }`,
);

type Row = NonNullable<ReviewResultsQuery['review']>['results']['nodes'][number];

/** 排名与审批: the ranked list; the office computes it, the commending agencies approve it. */
export function ResultsPage() {
  const access = useAccess();
  const office = access.can('review.manage');
  const [reviewId, setReviewId] = useReviewParam();
  const [{ data, error }, refetch] = useQuery({
    query: ResultsDocument,
    variables: { id: reviewId ?? '' },
    pause: !reviewId,
    requestPolicy: 'network-only',
  });
  const [, compute] = useMutation(ComputeDocument);
  const [, generateDocuments] = useMutation(DocumentsJobDocument);
  // The ranking and the documents run as jobs; their ids survive a reload of the page.
  const [rankingJob, setRankingJob] = useStoredJob(reviewId && `ranking.${reviewId}`);
  const [documentsJob, setDocumentsJob] = useStoredJob(reviewId && `documents.${reviewId}`);
  const [, change] = useMutation(ChangeDocument);
  const [changing, setChanging] = useState<Row | null>(null);
  const { message, modal } = App.useApp();
  const review = answerFor(data, reviewId)?.review;
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const started = useFeedback(() => {});
  const saved = useSaved(() => refetch({ requestPolicy: 'network-only' }));
  const client = useClient();
  async function download(kind: 'list' | 'decision' | 'certificates') {
    if (!review) return;
    const vars = { reviewId: review.id };
    const opts = { requestPolicy: 'network-only' as const };
    const result =
      kind === 'list'
        ? await client.query(ListDocument, vars, opts).toPromise()
        : kind === 'decision'
          ? await client.query(DecisionDocument, vars, opts).toPromise()
          : await client.query(CertificatesDocument, vars, opts).toPromise();
    if (result.error || !result.data) return message.error(errorOf(result.error)?.message ?? '下载失败');
    const data = result.data as Record<string, unknown>;
    const files = (data.exportReviewList ?? data.commendationDecision ?? data.commendationCertificates) as
      | Parameters<typeof downloadBase64>[0]
      | Parameters<typeof downloadBase64>[0][];
    for (const file of Array.isArray(files) ? files : [files]) downloadBase64(file);
  }

  return (
    <Card
      title="排名与审批"
      extra={<ReviewSelect value={reviewId} onChange={setReviewId} prefer={access.can('commendation.approve') ? ['RANKED'] : []} />}
    >
      {error && <Alert type="error" showIcon message={errorOf(error)?.message} />}
      {reviewId && !review && !error && <Skeleton active data-testid="review-loading" />}
      {review && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions size="small" column={3}>
            <Descriptions.Item label="状态">
              <span data-testid="review-status">{label(reviewStatusLabels, review.status)}</span>
            </Descriptions.Item>
            <Descriptions.Item label="表彰名额">前 {review.shortlistSize} 名</Descriptions.Item>
            <Descriptions.Item label="名单版本">第 {review.shortlistVersion} 版</Descriptions.Item>
            {review.publicityEnds && (
              <Descriptions.Item label="公示期">
                {review.publicityStarts} 至 {review.publicityEnds}
              </Descriptions.Item>
            )}
          </Descriptions>
          <ApprovalPanel reviewId={review.id} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
          <Space>
            {office && ['SCORING', 'RANKED'].includes(review.status) && (
              <Button
                type="primary"
                onClick={() =>
                  modal.confirm({
                    title: '计算排名?',
                    content:
                      review.status === 'RANKED'
                        ? '将按冻结的规则重新计算综合得分、排名和入围名单,替换现有排名;已有的审批随之作废,须由表彰单位重新审批。'
                        : '将按冻结的规则,用已提交的评分计算综合得分、排名和入围名单。评分阶段随之结束:专家不能再提交或修改评分,未提交的评分不计入。',
                    okText: '计算排名',
                    cancelText: '取消',
                    onOk: async () => {
                      const result = await compute({ reviewId: review.id });
                      if (started(result, '已开始计算排名') && result.data) setRankingJob(result.data.computeRanking.id);
                    },
                  })
                }
              >
                计算排名
              </Button>
            )}
            <Button onClick={() => download('list')}>导出名单(Excel)</Button>
            {office && review.results.nodes.some((r) => r.rank !== null) && <ScoreSheetButton reviewId={review.id} title={review.title} />}
            {review.status === 'FINAL' && <Button onClick={() => download('decision')}>联合表彰决定(PDF)</Button>}
            {review.status === 'FINAL' && <Button onClick={() => download('certificates')}>荣誉证书(PDF)</Button>}
            {review.status === 'FINAL' && (
              <Button
                onClick={async () => {
                  const result = await generateDocuments({ reviewId: review.id });
                  if (started(result, '已开始生成表彰决定和证书') && result.data)
                    setDocumentsJob(result.data.generateCommendationDocuments.id);
                }}
              >
                生成全部证书(压缩包)
              </Button>
            )}
          </Space>
          {rankingJob && <JobProgress jobId={rankingJob} title="计算排名" onSucceeded={reload} onClose={() => setRankingJob(null)} />}
          {documentsJob && <JobProgress jobId={documentsJob} title="表彰决定和荣誉证书" onClose={() => setDocumentsJob(null)} />}
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={review.results.nodes}
            columns={[
              {
                title: '名次',
                dataIndex: 'rank',
                width: 70,
                render: (v: number | null, r: Row) =>
                  v ? (
                    <Space>
                      {v}
                      {r.tied && <Tag color="red">并列待定</Tag>}
                    </Space>
                  ) : (
                    '—'
                  ),
              },
              { title: '被推荐对象', render: (_: unknown, r: Row) => r.nomination.nominee.name },
              { title: '类别', render: (_: unknown, r: Row) => label(typicalCategoryLabels, r.nomination.category) },
              { title: '推荐单位', render: (_: unknown, r: Row) => r.nomination.nominator.name },
              { title: '综合得分', dataIndex: 'aggregateScore' },
              {
                title: '结果',
                dataIndex: 'outcome',
                render: (v: string, r: Row) => (
                  <Space>
                    <Tag color={v === 'SHORTLISTED' || v === 'COMMENDED' ? 'green' : 'default'}>{label(resultOutcomeLabels, v)}</Tag>
                    {r.removedReason && <Tag color="orange">{r.removedReason}</Tag>}
                  </Space>
                ),
              },
              ...(access.can('commendation.manage') && ['RANKED', 'APPROVED'].includes(review.status)
                ? [
                    {
                      title: '',
                      render: (_: unknown, r: Row) =>
                        r.rank !== null && (
                          <Button size="small" onClick={() => setChanging(r)}>
                            {r.outcome === 'SHORTLISTED' ? '移出名单' : '列入名单'}
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
          {changing && (
            <ReasonModal
              id="shortlist-change"
              title={changing.outcome === 'SHORTLISTED' ? '移出名单' : '列入名单'}
              placeholder="调整理由(必填,留档)"
              submit={(reason) =>
                change({ reviewId: review.id, nominationId: changing.nomination.id, include: changing.outcome !== 'SHORTLISTED', reason })
              }
              onClose={() => setChanging(null)}
              onDone={saved('名单已调整,已有审批作废', () => setChanging(null))}
            />
          )}
        </Space>
      )}
    </Card>
  );
}
