import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { can, reviewStatusLabels, taskAreaLabels, typicalCategoryLabels, TextLimit } from '@ronghe/types';
import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { useFeedback } from '../common/useFeedback';
import { label, optionsOf } from '../common/labels';
import { graphql } from '../gql';
import type { CriterionInput, ReviewSetupQuery } from '../gql/graphql';
import { ReviewSelect } from './ReviewSelect';
import { PersonName } from '../common/PersonName';

const SetupDocument = graphql(`
  query ReviewSetup($id: ID!) {
    review(id: $id) {
      id title status rulesFrozenAt evaluatorsPerNomination shortlistSize categoryCaps rulesVersion
      rules { method trimMinScores normalizePerEvaluator tieBreakers { kind criterionId } }
      criteria { id name weight maxScore taskArea }
    }
    reviewProgress(reviewId: $id) { evaluatorAccountId username assigned recused submitted }
  }
`);
const BoardDocument = graphql(`
  query AssignmentBoard($id: ID!) {
    assignmentBoard(reviewId: $id) {
      nominationId category conflicted assigned { evaluatorUsername recusedAt }
      nomination { id nominee { __typename ... on Organization { name } ... on Person { name } } }
    }
  }
`);
const EvaluatorAccountsDocument = graphql(
  `query EvaluatorAccounts { accounts(first: 100) { nodes { id username displayName roles status } } }`,
);
const AssignOneDocument = graphql(
  `mutation AssignOne($reviewId: ID!, $nominationId: ID!, $evaluatorAccountId: ID!) { assignEvaluator(reviewId: $reviewId, nominationId: $nominationId, evaluatorAccountId: $evaluatorAccountId) { nominationId } }`,
);
const CapsDocument = graphql(
  `mutation SetCaps($reviewId: ID!, $caps: JSONObject!) { setCategoryCaps(reviewId: $reviewId, caps: $caps) { id } }`,
);
const CriteriaDocument = graphql(
  `mutation SetCriteria($reviewId: ID!, $criteria: [CriterionInput!]!) { setReviewCriteria(reviewId: $reviewId, criteria: $criteria) { id } }`,
);
const RulesDocument = graphql(
  `mutation SetRules($reviewId: ID!, $rules: ReviewRulesInput!) { setReviewRules(reviewId: $reviewId, rules: $rules) { id } }`,
);
const StartDocument = graphql(`mutation StartScoring($reviewId: ID!) { startReviewScoring(reviewId: $reviewId) { id } }`);
const AssignDocument = graphql(`mutation AssignEvaluators($reviewId: ID!) { assignEvaluators(reviewId: $reviewId) { nominationId } }`);

type Review = NonNullable<ReviewSetupQuery['review']>;
const METHODS = { MEAN: '平均分', MEDIAN: '中位数', TRIMMED_MEAN: '去掉一个最高分和一个最低分' };
const BREAKERS = {
  NOMINATOR_ORDER: '推荐单位排序靠前者在前',
  HIGHEST_SINGLE_TOTAL: '单个专家最高分高者在前',
  CRITERION: '某评分细则得分高者在前',
};

/** 评审设置: the rubric editor, the rules, and the evaluator assignment with its progress. */
export function ReviewSetupPage() {
  const [reviewId, setReviewId] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({
    query: SetupDocument,
    variables: { id: reviewId ?? '' },
    pause: !reviewId,
    requestPolicy: 'network-only',
  });
  const review = data?.review;
  return (
    <Card title="评审设置" extra={<ReviewSelect value={reviewId} onChange={setReviewId} />}>
      {error && <Alert type="error" showIcon message={errorOf(error)?.message} />}
      {review && (
        <Setup key={review.id} review={review} progress={data!.reviewProgress} refetch={() => refetch({ requestPolicy: 'network-only' })} />
      )}
    </Card>
  );
}

function Setup({ review, progress, refetch }: { review: Review; progress: ReviewSetupQuery['reviewProgress']; refetch: () => void }) {
  const frozen = !!review.rulesFrozenAt;
  const [, setCriteria] = useMutation(CriteriaDocument);
  const [, setRules] = useMutation(RulesDocument);
  const [, start] = useMutation(StartDocument);
  const [, assign] = useMutation(AssignDocument);
  const [, setCaps] = useMutation(CapsDocument);
  const done = useFeedback(refetch);
  const criteria = review.criteria.map((c) => ({
    name: c.name,
    weight: c.weight,
    maxScore: c.maxScore,
    taskArea: c.taskArea ?? undefined,
  }));
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space>
        <Tag>{label(reviewStatusLabels, review.status)}</Tag>
        {frozen ? (
          <Typography.Text type="secondary">评分已开始,评分细则和规则已冻结</Typography.Text>
        ) : (
          <Button type="primary" onClick={async () => done(await start({ reviewId: review.id }), '评分已开始')}>
            开始评分(冻结规则)
          </Button>
        )}
      </Space>
      <Card size="small" title="评分细则">
        <Form
          disabled={frozen}
          initialValues={{ criteria: criteria.length ? criteria : [{ name: '', weight: 50, maxScore: 10 }] }}
          onFinish={async (v: { criteria: CriterionInput[] }) =>
            done(await setCriteria({ reviewId: review.id, criteria: v.criteria }), '评分细则已保存')
          }
        >
          <Form.List name="criteria">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline">
                    <Form.Item name={[field.name, 'name']} rules={[{ required: true, message: '名称' }]}>
                      <Input placeholder="名称,如 工作成效" style={{ width: 220 }} maxLength={TextLimit.NAME} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'weight']} label="权重" rules={[{ required: true }]}>
                      <InputNumber min={0.1} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'maxScore']} label="满分" rules={[{ required: true }]}>
                      <InputNumber min={0.1} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'taskArea']} label="任务领域">
                      <Select allowClear style={{ width: 160 }} options={optionsOf(taskAreaLabels)} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Space>
                  <Button icon={<PlusOutlined />} onClick={() => add({ weight: 10, maxScore: 10 })}>
                    添加细则
                  </Button>
                  <Button type="primary" htmlType="submit">
                    保存评分细则
                  </Button>
                </Space>
              </>
            )}
          </Form.List>
        </Form>
      </Card>
      <Card size="small" title={`各类别入围上限(前 ${review.shortlistSize} 名中,规则第 ${review.rulesVersion} 版)`}>
        <Form
          disabled={frozen}
          initialValues={{
            caps: Object.entries(review.categoryCaps as Record<string, number>).map(([category, cap]) => ({ category, cap })),
          }}
          onFinish={async (v: { caps?: { category: string; cap: number }[] }) =>
            done(
              await setCaps({ reviewId: review.id, caps: Object.fromEntries((v.caps ?? []).map((c) => [c.category, c.cap])) }),
              '入围上限已保存',
            )
          }
        >
          <Form.List name="caps">
            {(fields, { add, remove }) => (
              <Space wrap>
                {fields.map((field) => (
                  <Space key={field.key}>
                    <Form.Item name={[field.name, 'category']} rules={[{ required: true }]}>
                      <Select style={{ width: 180 }} options={optionsOf(typicalCategoryLabels)} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'cap']} rules={[{ required: true }]}>
                      <InputNumber min={0} addonAfter="名" />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add()}>
                  添加上限
                </Button>
                <Button type="primary" htmlType="submit">
                  保存上限
                </Button>
              </Space>
            )}
          </Form.List>
        </Form>
      </Card>
      <Card size="small" title="计分规则">
        <Form
          layout="inline"
          disabled={frozen}
          initialValues={{
            ...review.rules,
            breakers: review.rules.tieBreakers.map((t) => (t.kind === 'CRITERION' ? `CRITERION:${t.criterionId}` : t.kind)),
          }}
          onFinish={async (v: {
            method: Review['rules']['method'];
            trimMinScores: number;
            normalizePerEvaluator: boolean;
            breakers: string[];
          }) =>
            done(
              await setRules({
                reviewId: review.id,
                rules: {
                  method: v.method,
                  trimMinScores: v.trimMinScores,
                  normalizePerEvaluator: v.normalizePerEvaluator,
                  tieBreakers: v.breakers.map((b) =>
                    b.startsWith('CRITERION:')
                      ? { kind: 'CRITERION' as const, criterionId: b.slice(10) }
                      : { kind: b as 'NOMINATOR_ORDER' },
                  ),
                },
              }),
              '规则已保存',
            )
          }
        >
          <Form.Item name="method" label="汇总方式">
            <Select style={{ width: 240 }} options={optionsOf(METHODS)} />
          </Form.Item>
          <Form.Item name="trimMinScores" label="去极值所需份数">
            <InputNumber min={3} />
          </Form.Item>
          <Form.Item name="normalizePerEvaluator" label="按专家标准化">
            <Select
              style={{ width: 80 }}
              options={[
                { value: true, label: '是' },
                { value: false, label: '否' },
              ]}
            />
          </Form.Item>
          <Form.Item name="breakers" label="同分比较(依次)">
            <Select
              mode="multiple"
              style={{ width: 420 }}
              options={[
                { value: 'NOMINATOR_ORDER', label: BREAKERS.NOMINATOR_ORDER },
                { value: 'HIGHEST_SINGLE_TOTAL', label: BREAKERS.HIGHEST_SINGLE_TOTAL },
                ...review.criteria.map((c) => ({ value: `CRITERION:${c.id}`, label: `「${c.name}」得分高者在前` })),
              ]}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            保存规则
          </Button>
        </Form>
      </Card>
      <AssignmentBoard reviewId={review.id} />
      <Card
        size="small"
        title={`评审专家分配(每个推荐 ${review.evaluatorsPerNomination} 人,回避本单位及辖区)`}
        extra={<Button onClick={async () => done(await assign({ reviewId: review.id }), '已自动分配')}>自动分配</Button>}
      >
        <Table
          data-testid="evaluator-progress"
          rowKey="evaluatorAccountId"
          size="small"
          pagination={false}
          dataSource={progress}
          columns={[
            { title: '评审专家', dataIndex: 'username', render: (v: string) => <PersonName username={v} /> },
            { title: '分配', dataIndex: 'assigned' },
            { title: '回避', dataIndex: 'recused' },
            { title: '已提交', dataIndex: 'submitted' },
            {
              title: '进度',
              render: (_: unknown, p) =>
                p.submitted >= p.assigned - p.recused ? (
                  <Tag color="green">已完成</Tag>
                ) : (
                  <Tag color="orange">待评 {p.assigned - p.recused - p.submitted}</Tag>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}

/** 分配看板: who scores each nomination, and who must not. */
function AssignmentBoard({ reviewId }: { reviewId: string }) {
  const [{ data }, refetch] = useQuery({ query: BoardDocument, variables: { id: reviewId }, requestPolicy: 'network-only' });
  const [{ data: accounts }] = useQuery({ query: EvaluatorAccountsDocument });
  const [, assignOne] = useMutation(AssignOneDocument);
  const { message } = App.useApp();
  const evaluators = (accounts?.accounts.nodes ?? []).filter((a) => can(a.roles, 'review.score') && a.status === 'ACTIVE');
  return (
    <Card size="small" title="分配看板">
      <Table
        data-testid="assignment-board"
        rowKey="nominationId"
        size="small"
        loading={!data}
        pagination={false}
        dataSource={data?.assignmentBoard ?? []}
        columns={[
          { title: '被推荐对象', render: (_: unknown, r) => r.nomination.nominee.name },
          { title: '类别', dataIndex: 'category', render: (v: string) => label(typicalCategoryLabels, v) },
          {
            title: '已分配专家',
            render: (_: unknown, r) =>
              r.assigned.map((a) => (
                <Tag key={a.evaluatorUsername} color={a.recusedAt ? 'default' : 'blue'}>
                  <PersonName username={a.evaluatorUsername} />
                  {a.recusedAt ? '(已回避)' : ''}
                </Tag>
              )),
          },
          {
            title: '须回避',
            render: (_: unknown, r) =>
              r.conflicted.map((u) => (
                <Tag key={u} color="red">
                  {u}
                </Tag>
              )),
          },
          {
            title: '手工分配',
            render: (_: unknown, r) => (
              <Select
                size="small"
                style={{ width: 160 }}
                placeholder="添加专家"
                value={null}
                options={evaluators
                  .filter((e) => !r.assigned.some((a) => a.evaluatorUsername === e.username))
                  .map((e) => ({ value: e.id, label: e.displayName }))}
                onChange={async (evaluatorAccountId: string) => {
                  const result = await assignOne({ reviewId, nominationId: r.nominationId, evaluatorAccountId });
                  if (result.error) message.error(errorOf(result.error)?.message);
                  else refetch({ requestPolicy: 'network-only' });
                }}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
