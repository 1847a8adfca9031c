import { PlusOutlined } from '@ant-design/icons';
import { can, reviewStatusLabels, typicalCategoryLabels } from '@ronghe/types';
import { Alert, App, Button, Card, Form, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { useAccess } from '../auth/access';
import { label } from '../common/labels';
import { ReasonModal } from '../common/ReasonModal';
import { useFeedback } from '../common/useFeedback';
import { graphql } from '../gql';
import type { AggregationMethod, ReviewSetupQuery } from '../gql/graphql';
import { CreateReviewModal } from './CreateReviewModal';
import { AgencySelect, AggregationFields, CapsEditor, type CapRow, capsOf, RubricEditor, type RubricRow, rubricOf } from './ReviewForms';
import { answerFor, ReviewSelect, useReviewParam } from './ReviewSelect';

const SetupDocument = graphql(`
  query ReviewSetup($id: ID!) {
    review(id: $id) {
      id title status rulesFrozenAt evaluatorsPerNomination shortlistSize categoryCaps rulesVersion commendingAgencyIds
      rules { method trimMinScores normalizePerEvaluator tieBreakers { kind criterionId } }
      criteria { id name weight maxScore taskArea categories }
    }
    reviewProgress(reviewId: $id) { evaluatorAccountId username assigned recused submitted }
  }
`);
const BoardDocument = graphql(`
  query AssignmentBoard($id: ID!) {
    assignmentBoard(reviewId: $id) {
      nominationId category conflicted
      assigned { evaluatorAccountId evaluatorUsername recusedAt recusalReason scores { submittedAt } }
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
const UnassignDocument = graphql(
  `mutation UnassignEvaluator($reviewId: ID!, $nominationId: ID!, $evaluatorAccountId: ID!) { unassignEvaluator(reviewId: $reviewId, nominationId: $nominationId, evaluatorAccountId: $evaluatorAccountId) }`,
);
const ReopenDocument = graphql(
  `mutation ReopenScores($reviewId: ID!, $nominationId: ID!, $evaluatorAccountId: ID!, $reason: String!) { reopenScores(reviewId: $reviewId, nominationId: $nominationId, evaluatorAccountId: $evaluatorAccountId, reason: $reason) }`,
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
const AgenciesDocument = graphql(
  `mutation SetCommendingAgencies($reviewId: ID!, $agencyIds: [ID!]!) { setCommendingAgencies(reviewId: $reviewId, agencyIds: $agencyIds) { id } }`,
);
const StartDocument = graphql(`mutation StartScoring($reviewId: ID!) { startReviewScoring(reviewId: $reviewId) { id } }`);
const AssignDocument = graphql(`mutation AssignEvaluators($reviewId: ID!) { assignEvaluators(reviewId: $reviewId) { nominationId } }`);

type Review = NonNullable<ReviewSetupQuery['review']>;
type BoardRow = { nominationId: string; nomination: { nominee: { name: string } } };
type Seat = { evaluatorAccountId: string; evaluatorUsername: string };
const BREAKERS = {
  NOMINATOR_ORDER: '推荐单位排序靠前者在前',
  HIGHEST_SINGLE_TOTAL: '单个专家最高分高者在前',
  CRITERION: '某评分细则得分高者在前',
};

/** 评审设置: a new review for a frozen call, the rubric and rules, the agencies, and the evaluators' assignment and progress. */
export function ReviewSetupPage() {
  const [reviewId, setReviewId] = useReviewParam();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState(0);
  const access = useAccess();
  const { message } = App.useApp();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: SetupDocument,
    variables: { id: reviewId ?? '' },
    pause: !reviewId,
    requestPolicy: 'network-only',
  });
  const review = answerFor(data, reviewId)?.review;
  return (
    <Card
      title="评审设置"
      extra={
        <Space>
          <ReviewSelect value={reviewId} onChange={setReviewId} reload={created} />
          {access.can('review.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建评审
            </Button>
          )}
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={errorOf(error)?.message} />}
      {reviewId && fetching && !review && <Spin />}
      {!reviewId && <Typography.Text type="secondary">申报截止并冻结后,点击“新建评审”为该年度建立考核评审。</Typography.Text>}
      {review && (
        <Setup key={review.id} review={review} progress={data!.reviewProgress} refetch={() => refetch({ requestPolicy: 'network-only' })} />
      )}
      {creating && (
        <CreateReviewModal
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            setCreated((n) => n + 1);
            message.success('评审已建立');
            setReviewId(id);
          }}
        />
      )}
    </Card>
  );
}

function Setup({ review, progress, refetch }: { review: Review; progress: ReviewSetupQuery['reviewProgress']; refetch: () => void }) {
  const frozen = !!review.rulesFrozenAt;
  const [, setCriteria] = useMutation(CriteriaDocument);
  const [, setRules] = useMutation(RulesDocument);
  const [, setAgencies] = useMutation(AgenciesDocument);
  const [, start] = useMutation(StartDocument);
  const [, assign] = useMutation(AssignDocument);
  const [, setCaps] = useMutation(CapsDocument);
  const { modal } = App.useApp();
  const done = useFeedback(refetch);
  const [{ data: accounts }] = useQuery({ query: EvaluatorAccountsDocument });
  const nameOf = (accountId: string, username: string) => accounts?.accounts.nodes.find((a) => a.id === accountId)?.displayName ?? username;
  const criteria: RubricRow[] = review.criteria.map((c) => ({
    name: c.name,
    weight: c.weight,
    maxScore: c.maxScore,
    taskArea: c.taskArea ?? undefined,
    categories: c.categories.length ? c.categories : undefined,
  }));
  // The list is final once approved by all and published: the agencies no longer change then.
  const agenciesEditable = review.status !== 'FINAL';
  const listRanked = ['RANKED', 'APPROVED', 'PUBLICITY'].includes(review.status);
  const panelOpen = review.status === 'DRAFT' || review.status === 'SCORING';
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space>
        <Tag data-testid="review-status">{label(reviewStatusLabels, review.status)}</Tag>
        {frozen ? (
          <Typography.Text type="secondary">评分已开始,评分细则和规则已冻结</Typography.Text>
        ) : (
          <Button
            type="primary"
            onClick={() =>
              modal.confirm({
                title: '开始评分?',
                content: `开始评分后,评分细则(${review.criteria.length} 项)、计分规则和各类别入围上限即冻结,不能再修改;已分配的专家可以开始评分。此操作不能撤销。`,
                okText: '开始评分',
                cancelText: '取消',
                onOk: async () => {
                  done(await start({ reviewId: review.id }), '评分已开始');
                },
              })
            }
          >
            开始评分(冻结规则)
          </Button>
        )}
      </Space>
      <Card size="small" title="联合表彰单位">
        <Form
          layout="inline"
          disabled={!agenciesEditable}
          initialValues={{ agencyIds: review.commendingAgencyIds }}
          onFinish={(v: { agencyIds: string[] }) => {
            const save = async () => done(await setAgencies({ reviewId: review.id, agencyIds: v.agencyIds }), '联合表彰单位已保存');
            // After ranking the list is re-approved by the agencies as now named.
            if (!listRanked) return save();
            modal.confirm({
              title: '更改联合表彰单位?',
              content: '名单已排定:更改后,已有的审批全部作废,名单须由现在的各联合表彰单位重新审批。',
              okText: '更改',
              cancelText: '取消',
              onOk: save,
            });
          }}
        >
          <Form.Item name="agencyIds" rules={[{ required: true, message: '请至少选择一个联合表彰单位' }]}>
            <AgencySelect />
          </Form.Item>
          <Button htmlType="submit">保存表彰单位</Button>
        </Form>
      </Card>
      <Card size="small" title="评分细则">
        <Form
          disabled={frozen}
          initialValues={{ criteria: criteria.length ? criteria : [{}] }}
          onFinish={async (v: { criteria?: RubricRow[] }) =>
            done(await setCriteria({ reviewId: review.id, criteria: rubricOf(v.criteria) }), '评分细则已保存')
          }
        >
          <RubricEditor disabled={frozen} />
          <Button type="primary" htmlType="submit" style={{ marginTop: 8 }}>
            保存评分细则
          </Button>
        </Form>
      </Card>
      <Card size="small" title={`各类别入围上限(前 ${review.shortlistSize} 名中,规则第 ${review.rulesVersion} 版)`}>
        <Form
          disabled={frozen}
          initialValues={{
            caps: Object.entries(review.categoryCaps as Record<string, number>).map(([category, cap]) => ({ category, cap })),
          }}
          onFinish={async (v: { caps?: CapRow[] }) => done(await setCaps({ reviewId: review.id, caps: capsOf(v.caps) }), '入围上限已保存')}
        >
          <CapsEditor disabled={frozen} />
          <Button type="primary" htmlType="submit" style={{ marginTop: 8 }}>
            保存上限
          </Button>
        </Form>
      </Card>
      <Card size="small" title={`计分规则(每个推荐 ${review.evaluatorsPerNomination} 名专家)`}>
        <Form
          layout="inline"
          disabled={frozen}
          initialValues={{
            ...review.rules,
            breakers: review.rules.tieBreakers.map((t) => (t.kind === 'CRITERION' ? `CRITERION:${t.criterionId}` : t.kind)),
          }}
          onFinish={async (v: { method: AggregationMethod; trimMinScores?: number; normalizePerEvaluator: boolean; breakers: string[] }) =>
            done(
              await setRules({
                reviewId: review.id,
                rules: {
                  method: v.method,
                  trimMinScores: v.trimMinScores ?? review.rules.trimMinScores,
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
          <AggregationFields evaluatorsPerNomination={review.evaluatorsPerNomination} inline />
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
      <AssignmentBoard reviewId={review.id} status={review.status} panelOpen={panelOpen} nameOf={nameOf} onChanged={refetch} />
      <Card
        size="small"
        title={`评审专家分配(每个推荐 ${review.evaluatorsPerNomination} 人,回避本单位及辖区)`}
        extra={
          <Button disabled={!panelOpen} onClick={async () => done(await assign({ reviewId: review.id }), '已自动分配')}>
            自动分配
          </Button>
        }
      >
        <Table
          data-testid="evaluator-progress"
          rowKey="evaluatorAccountId"
          size="small"
          pagination={false}
          dataSource={progress}
          columns={[
            { title: '评审专家', render: (_: unknown, p) => nameOf(p.evaluatorAccountId, p.username) },
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

/**
 * 分配看板: who scores each nomination, and who must not. While the panel is open the office adds
 * an evaluator by hand, takes off one who has not marked yet, and, while scoring, reopens a
 * submitted score with a reason on record.
 */
function AssignmentBoard(props: {
  reviewId: string;
  status: string;
  panelOpen: boolean;
  nameOf: (accountId: string, username: string) => string;
  onChanged: () => void;
}) {
  const { reviewId, nameOf } = props;
  const [{ data }, refetchBoard] = useQuery({ query: BoardDocument, variables: { id: reviewId }, requestPolicy: 'network-only' });
  const [{ data: accounts }] = useQuery({ query: EvaluatorAccountsDocument });
  const [, assignOne] = useMutation(AssignOneDocument);
  const [, unassign] = useMutation(UnassignDocument);
  const [, reopen] = useMutation(ReopenDocument);
  const { message, modal } = App.useApp();
  const [reopening, setReopening] = useState<{ row: BoardRow; seat: Seat } | null>(null);
  const refetch = () => {
    refetchBoard({ requestPolicy: 'network-only' });
    props.onChanged();
  };
  const done = useFeedback(refetch);
  const evaluators = (accounts?.accounts.nodes ?? []).filter((a) => can(a.roles, 'review.score') && a.status === 'ACTIVE');
  const confirmUnassign = (row: BoardRow, seat: Seat) =>
    modal.confirm({
      title: '取消分配?',
      content: `「${nameOf(seat.evaluatorAccountId, seat.evaluatorUsername)}」将不再评审「${row.nomination.nominee.name}」,该推荐从其评审任务中移除。尚未评分时才能取消;如需补足人数,可再手工分配或自动分配。`,
      okText: '取消分配',
      okButtonProps: { danger: true },
      cancelText: '返回',
      onOk: async () => {
        done(await unassign({ reviewId, nominationId: row.nominationId, evaluatorAccountId: seat.evaluatorAccountId }), '已取消分配');
      },
    });
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
            render: (_: unknown, r) => (
              <Space wrap size={4}>
                {r.assigned.map((a) => {
                  const name = nameOf(a.evaluatorAccountId, a.evaluatorUsername);
                  const submitted = a.scores.some((s) => s.submittedAt);
                  const marked = a.scores.length > 0;
                  return (
                    <Space key={a.evaluatorAccountId} size={0} data-testid={`seat-${a.evaluatorUsername}`}>
                      <Tag color={a.recusedAt ? 'default' : submitted ? 'green' : 'blue'} title={a.recusalReason ?? undefined}>
                        {name}
                        {a.recusedAt ? '(已回避)' : submitted ? '(已提交)' : marked ? '(评分中)' : ''}
                      </Tag>
                      {props.panelOpen && !a.recusedAt && !marked && (
                        <Button size="small" type="link" danger onClick={() => confirmUnassign(r, a)}>
                          取消分配
                        </Button>
                      )}
                      {props.status === 'SCORING' && submitted && (
                        <Button size="small" type="link" onClick={() => setReopening({ row: r, seat: a })}>
                          重新开放
                        </Button>
                      )}
                    </Space>
                  );
                })}
              </Space>
            ),
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
                disabled={!props.panelOpen}
                value={null}
                aria-label={`为「${r.nomination.nominee.name}」添加专家`}
                options={evaluators
                  .filter((e) => !r.assigned.some((a) => a.evaluatorAccountId === e.id))
                  .map((e) => ({ value: e.id, label: e.displayName }))}
                onChange={async (evaluatorAccountId: string) => {
                  const result = await assignOne({ reviewId, nominationId: r.nominationId, evaluatorAccountId });
                  if (result.error) message.error(errorOf(result.error)?.message);
                  else refetch();
                }}
              />
            ),
          },
        ]}
      />
      {reopening && (
        <ReasonModal
          id="reopen-scores"
          title="重新开放评分"
          okText="重新开放"
          placeholder="重新开放的理由,如 专家申请更正笔误(必填,存档)"
          about={
            <Typography.Paragraph>
              「{nameOf(reopening.seat.evaluatorAccountId, reopening.seat.evaluatorUsername)}」对「{reopening.row.nomination.nominee.name}
              」已提交的评分将重新开放:评分解除锁定,专家修改后须再次提交,未再次提交前不计入排名。理由与操作人存档。
            </Typography.Paragraph>
          }
          submit={(reason) =>
            reopen({ reviewId, nominationId: reopening.row.nominationId, evaluatorAccountId: reopening.seat.evaluatorAccountId, reason })
          }
          onClose={() => setReopening(null)}
          onDone={() => {
            setReopening(null);
            message.success('评分已重新开放');
            refetch();
          }}
        />
      )}
    </Card>
  );
}
