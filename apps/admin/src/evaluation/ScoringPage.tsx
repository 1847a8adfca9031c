import { TextLimit, typicalCategoryLabels } from '@ronghe/types';
import { Alert, App, Button, Card, Col, Empty, Form, Input, InputNumber, List, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { label } from '../common/labels';
import { graphql } from '../gql';
import type { MyAssignmentsQuery } from '../gql/graphql';
import { answerFor, ReviewSelect, useReviewParam } from './ReviewSelect';
import { AttachmentList } from '../nominations/AttachmentList';

const MyAssignmentsDocument = graphql(`
  query MyAssignments($reviewId: ID!) {
    review(id: $reviewId) { id status criteria { id name weight maxScore categories } }
    unitPerformanceRanking(first: 1) { totalCount }
    myAssignments(reviewId: $reviewId) {
      nominationId recusedAt
      scores { criterionId value comment submittedAt }
      nomination {
        id category deeds nominator { name }
        nominee { __typename ... on Organization { name taskPerformance { score rank indicatorAttainment timeliness assignments } } ... on Person { name } }
      }
    }
  }
`);
const RecuseDocument = graphql(`
  mutation Recuse($reviewId: ID!, $nominationId: ID!, $reason: String!) { recuseFromNomination(reviewId: $reviewId, nominationId: $nominationId, reason: $reason) { nominationId } }
`);
const SaveScoresDocument = graphql(`
  mutation SaveScores($reviewId: ID!, $nominationId: ID!, $scores: [ScoreInput!]!, $submit: Boolean!) {
    saveScores(reviewId: $reviewId, nominationId: $nominationId, scores: $scores, submit: $submit) { criterionId submittedAt }
  }
`);

type Assignment = MyAssignmentsQuery['myAssignments'][number];
type Criterion = NonNullable<MyAssignmentsQuery['review']>['criteria'][number];

function ScoreCard({
  reviewId,
  assignment,
  criteria: all,
  rankedUnits,
  onSaved,
}: {
  reviewId: string;
  assignment: Assignment;
  criteria: Criterion[];
  /** How many units the task-performance ranking has, so a rank reads 第 3 名 / 共 40 个. */
  rankedUnits: number | null;
  onSaved: () => void;
}) {
  const [, save] = useMutation(SaveScoresDocument);
  const [, recuse] = useMutation(RecuseDocument);
  const [reason, setReason] = useState('');
  const criteria = all.filter((c) => c.categories.length === 0 || c.categories.includes(assignment.nomination.category));
  const [form] = Form.useForm();
  const { message, modal } = App.useApp();
  const locked = assignment.scores.some((s) => s.submittedAt);
  const initial = Object.fromEntries(assignment.scores.map((s) => [s.criterionId, s.value]));
  const n = assignment.nomination;
  // Owned by the tasks subgraph; the gateway joins it onto the nominated unit.
  const performance = n.nominee.__typename === 'Organization' ? n.nominee.taskPerformance : null;

  async function store(submit: boolean) {
    const values = (await form.validateFields()) as Record<string, number | string | undefined>;
    const scores = criteria
      .filter((c) => values[c.id] != null)
      .map((c) => ({ criterionId: c.id, value: Number(values[c.id]), comment: (values.comment as string) || null }));
    const result = await save({ reviewId, nominationId: assignment.nominationId, scores, submit });
    if (result.error) message.error(errorOf(result.error)?.message);
    else {
      message.success(submit ? '评分已提交' : '已保存草稿');
      onSaved();
    }
  }

  return (
    <Card
      size="small"
      title={
        <Space>
          {n.nominee.name}
          <Tag>{label(typicalCategoryLabels, n.category)}</Tag>
          <Typography.Text type="secondary">推荐单位:{n.nominator.name}</Typography.Text>
        </Space>
      }
      extra={locked ? <Tag color="green">已提交</Tag> : assignment.recusedAt ? <Tag>已回避</Tag> : <Tag color="orange">待评分</Tag>}
      data-testid={`score-card-${n.nominee.name}`}
    >
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" type="inner" title="推荐材料" data-testid="nomination-details">
            <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }}>{n.deeds}</Typography.Paragraph>
            {performance && (
              <Typography.Paragraph type="secondary" data-testid="task-performance">
                任务落实绩效(来自任务督导):{performance.score} 分,全区第 {performance.rank} 名
                {rankedUnits ? `(共 ${rankedUnits} 个单位)` : ''};承担 {performance.assignments} 项分工,指标完成度{' '}
                {performance.indicatorAttainment}%,按时率 {performance.timeliness}%
              </Typography.Paragraph>
            )}
            {/* The material beside the score form: the evaluator previews and downloads, never edits. */}
            <div data-testid="nomination-attachments">
              <AttachmentList nominationId={n.id} />
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Form
            form={form}
            name={`score-${assignment.nominationId}`}
            layout="vertical"
            initialValues={initial}
            disabled={locked || !!assignment.recusedAt}
          >
            {criteria.map((c) => (
              <Form.Item
                key={c.id}
                name={c.id}
                label={`${c.name}(满分 ${c.maxScore},权重 ${c.weight})`}
                rules={[{ required: true, message: '请打分' }]}
              >
                <InputNumber min={0} max={c.maxScore} step={0.5} />
              </Form.Item>
            ))}
            <Form.Item name="comment" label="评语">
              <Input maxLength={TextLimit.REASON} />
            </Form.Item>
            <Space wrap>
              <Button onClick={() => store(false)}>保存</Button>
              <Button
                type="primary"
                onClick={async () => {
                  // Missing marks are shown on the form first; the confirmation is only for a complete sheet.
                  if (
                    !(await form.validateFields().then(
                      () => true,
                      () => false,
                    ))
                  )
                    return;
                  modal.confirm({
                    title: '提交评分?',
                    content: '提交后评分即锁定,不能再修改;如需更正,须由活动办公室重新开放。',
                    okText: '确认提交',
                    cancelText: '取消',
                    onOk: () => store(true),
                  });
                }}
              >
                提交评分
              </Button>
              <Popconfirm
                title="声明回避"
                description={
                  <Input
                    maxLength={TextLimit.REASON}
                    placeholder="回避理由(必填)"
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                  />
                }
                onConfirm={async () => {
                  const result = await recuse({ reviewId, nominationId: assignment.nominationId, reason });
                  if (result.error) message.error(errorOf(result.error)?.message);
                  else onSaved();
                }}
              >
                <Button danger>声明回避</Button>
              </Popconfirm>
            </Space>
          </Form>
        </Col>
      </Row>
    </Card>
  );
}

/** 评分: an evaluator's assigned nominations, each scored per criterion; submitted scores lock. */
export function ScoringPage() {
  const [reviewId, setReviewId] = useReviewParam();
  const [{ data: answer, error }, refetch] = useQuery({
    query: MyAssignmentsDocument,
    variables: { reviewId: reviewId ?? '' },
    pause: !reviewId,
    requestPolicy: 'network-only',
  });
  // Another review's answer still on hand after a switch: its cards would pass for the chosen review's.
  const data = answerFor(answer, reviewId);
  const criteria = data?.review?.criteria ?? [];
  const pending = (data?.myAssignments ?? []).filter((a) => !a.recusedAt && !a.scores.some((s) => s.submittedAt)).length;
  return (
    <Card title="我的评审任务" extra={<ReviewSelect value={reviewId} onChange={setReviewId} prefer={['SCORING']} />}>
      {pending > 0 && (
        <Alert
          type="warning"
          showIcon
          message={`您还有 ${pending} 个推荐未提交评分`}
          style={{ marginBottom: 16 }}
          data-testid="pending-reminder"
        />
      )}
      {error && <Alert type="error" showIcon message={errorOf(error)?.message} style={{ marginBottom: 16 }} />}
      <List
        loading={!!reviewId && !data && !error}
        locale={{ emptyText: <Empty description={data ? '本次评审没有分配给您的推荐' : '加载中'} /> }}
        dataSource={data?.myAssignments ?? []}
        renderItem={(a) => (
          <List.Item>
            <div style={{ width: '100%' }}>
              <ScoreCard
                reviewId={reviewId!}
                assignment={a}
                criteria={criteria}
                rankedUnits={data?.unitPerformanceRanking.totalCount ?? null}
                onSaved={() => refetch({ requestPolicy: 'network-only' })}
              />
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
