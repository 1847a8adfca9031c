import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Skeleton, Space, Table, Tag } from 'antd';
import { beijingDate, TextLimit } from '@ronghe/types';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { FormModal } from '../common/FormModal';
import { useFeedback, useSaved } from '../common/useFeedback';
import { graphql } from '../gql';
import type { PublicityQuery } from '../gql/graphql';
import { answerFor, ReviewSelect, useReviewParam } from './ReviewSelect';

const PublicityDocument = graphql(`
  query Publicity($id: ID!) {
    review(id: $id) {
      id status publicityStarts publicityEnds publicityPaperReason publicityStartedBy decisionNumber decidedOn
      results(first: 100) { nodes { id outcome nomination { id nominee { __typename ... on Organization { name } ... on Person { name } } } } }
      objections { id nominationId objectorName objectorContact content status answer receivedAt }
    }
  }
`);
const StartDocument = graphql(
  `mutation StartPublicity($reviewId: ID!, $startDate: String, $paperReason: String) { startPublicity(reviewId: $reviewId, startDate: $startDate, paperReason: $paperReason) { id } }`,
);
const ObjectDocument = graphql(`mutation RaiseObjection($input: ObjectionInput!) { raiseObjection(input: $input) { id } }`);
const AnswerDocument = graphql(
  `mutation AnswerObjection($id: ID!, $upheld: Boolean!, $answer: String!) { answerObjection(objectionId: $id, upheld: $upheld, answer: $answer) { id } }`,
);
const FinalizeDocument = graphql(
  `mutation FinalizeCommendation($reviewId: ID!, $decisionNumber: String) { finalizeCommendation(reviewId: $reviewId, decisionNumber: $decisionNumber) { id } }`,
);

type Objection = NonNullable<PublicityQuery['review']>['objections'][number];
const STATUS = { OPEN: ['orange', '待答复'], UPHELD: ['red', '异议成立'], DISMISSED: ['default', '不予采纳'] } as const;

/** 公示与异议: publishing the approved list, recording and answering objections, final commendation. */
export function PublicityPage() {
  const [reviewId, setReviewId] = useReviewParam();
  const [{ data, error }, refetch] = useQuery({
    query: PublicityDocument,
    variables: { id: reviewId ?? '' },
    pause: !reviewId,
    requestPolicy: 'network-only',
  });
  const [, start] = useMutation(StartDocument);
  const [, object] = useMutation(ObjectDocument);
  const [, answer] = useMutation(AnswerDocument);
  const [, finalize] = useMutation(FinalizeDocument);
  const [recording, setRecording] = useState(false);
  const [answering, setAnswering] = useState<Objection | null>(null);
  const [finalizing, setFinalizing] = useState(false);
  /** Set (to the year, when known) after a start was refused for a year without its holiday notice. */
  const [calendarMissing, setCalendarMissing] = useState<number | null | undefined>(undefined);
  const [startForm] = Form.useForm<{ start?: Dayjs; paperReason?: string }>();
  const startDay = Form.useWatch('start', startForm);
  // A start before today is a 公示 already posted on paper: the server asks why.
  const inPast = !!startDay && startDay.format('YYYY-MM-DD') < beijingDate(new Date());
  const review = answerFor(data, reviewId)?.review;
  const shortlisted = review?.results.nodes.filter((r) => r.outcome === 'SHORTLISTED' || r.outcome === 'COMMENDED') ?? [];
  const nameOf = new Map(review?.results.nodes.map((r) => [r.nomination.id, r.nomination.nominee.name]));
  const done = useFeedback(() => refetch({ requestPolicy: 'network-only' }));
  const saved = useSaved(() => refetch({ requestPolicy: 'network-only' }));
  const { modal } = App.useApp();
  return (
    <Card title="公示与异议" extra={<ReviewSelect value={reviewId} onChange={setReviewId} />}>
      {error && <Alert type="error" showIcon message={errorOf(error)?.message} />}
      {reviewId && !review && !error && <Skeleton active data-testid="review-loading" />}
      {review && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          {review.publicityEnds && (
            <Alert
              type="info"
              showIcon
              data-testid="publicity-period"
              message={`公示期:${review.publicityStarts} 至 ${review.publicityEnds}(按工作日计算,节假日见「节假日日历」)`}
              description={
                <>
                  {review.publicityStartedBy && <div>登记人:{review.publicityStartedBy}</div>}
                  {review.publicityPaperReason && <div>线下已张贴、补录理由:{review.publicityPaperReason}</div>}
                  {review.status === 'PUBLICITY' && <div>公示期满(次日起)且异议均已答复后,才能确定表彰名单。</div>}
                  {review.decidedOn && (
                    <div>
                      表彰决定:{review.decisionNumber ?? '(未填文号)'},{review.decidedOn}
                    </div>
                  )}
                </>
              }
            />
          )}
          {review.status === 'APPROVED' && calendarMissing !== undefined && (
            <Alert
              type="warning"
              showIcon
              data-testid="publicity-calendar-missing"
              message={`公示期将跨入 ${calendarMissing ?? '下一'} 年,该年的节假日安排尚未导入,无法按工作日计算公示期`}
              description={
                <>
                  请在「节假日日历」导入国务院办公厅发布的该年度部分节假日安排的通知(录入放假和调休上班日期及文号),导入后回到本页重新开始公示。
                  <div style={{ marginTop: 8 }}>
                    <Link to="/holiday-calendar">前往节假日日历导入</Link>
                  </div>
                </>
              }
            />
          )}
          <Space wrap>
            {review.status === 'APPROVED' && (
              <Form
                form={startForm}
                layout="inline"
                onFinish={(v) =>
                  // Once started, the list is public and the period runs: the office confirms first.
                  modal.confirm({
                    title: '开始公示?',
                    content: `入围名单将自${v.start ? v.start.format('YYYY-MM-DD') : '今天'}起在公示页面向社会公开,按工作日计算公示期;开始后不能撤回,名单只能通过异议处理变动。`,
                    okText: '开始公示',
                    cancelText: '取消',
                    onOk: async () => {
                      const result = await start({
                        reviewId: review.id,
                        startDate: v.start?.format('YYYY-MM-DD') ?? null,
                        paperReason: inPast ? (v.paperReason?.trim() ?? null) : null,
                      });
                      // A period running into a year without its holiday notice: say what to do, not only that it failed.
                      const missing = result.error?.graphQLErrors.find((e) => e.extensions?.code === 'CALENDAR_MISSING');
                      setCalendarMissing(missing ? Number(missing.extensions.year) || null : undefined);
                      if (!missing) done(result, '已开始公示');
                    },
                  })
                }
              >
                <Form.Item name="start" label="公示开始">
                  <DatePicker placeholder="默认今天" />
                </Form.Item>
                {inPast && (
                  <Form.Item
                    name="paperReason"
                    label="已在线下张贴的说明"
                    rules={[{ required: true, whitespace: true, message: '开始日期早于今天,须说明公示已在线下张贴' }]}
                  >
                    <Input.TextArea
                      rows={1}
                      style={{ width: 360 }}
                      maxLength={TextLimit.REASON}
                      placeholder="如 11月2日已在区政府公示栏张贴"
                    />
                  </Form.Item>
                )}
                <Button type="primary" htmlType="submit">
                  开始公示
                </Button>
              </Form>
            )}
            {review.status === 'PUBLICITY' && <Button onClick={() => setRecording(true)}>登记异议</Button>}
            {review.status === 'PUBLICITY' && (
              <Button type="primary" onClick={() => setFinalizing(true)}>
                确定表彰名单
              </Button>
            )}
          </Space>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={shortlisted}
            title={() => '公示名单'}
            columns={[
              { title: '被推荐对象', render: (_: unknown, r) => r.nomination.nominee.name },
              {
                title: '结果',
                dataIndex: 'outcome',
                render: (v: string) => <Tag color="green">{v === 'COMMENDED' ? '已表彰' : '入围'}</Tag>,
              },
            ]}
          />
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={review.objections}
            title={() => '异议'}
            columns={[
              { title: '针对', render: (_: unknown, o: Objection) => nameOf.get(o.nominationId) ?? o.nominationId },
              { title: '异议人', render: (_: unknown, o: Objection) => `${o.objectorName}(${o.objectorContact})` },
              { title: '内容', dataIndex: 'content' },
              { title: '状态', render: (_: unknown, o: Objection) => <Tag color={STATUS[o.status][0]}>{STATUS[o.status][1]}</Tag> },
              { title: '答复', dataIndex: 'answer' },
              {
                title: '',
                render: (_: unknown, o: Objection) =>
                  o.status === 'OPEN' && (
                    <Button size="small" onClick={() => setAnswering(o)}>
                      答复
                    </Button>
                  ),
              },
            ]}
          />
          {recording && (
            <FormModal<{ nominationId: string; objectorName: string; objectorContact: string; content: string }>
              id="objection-raise"
              title="登记异议(须实名)"
              okText="登记"
              submit={(v) => object({ input: { reviewId: review.id, ...v } })}
              onClose={() => setRecording(false)}
              onDone={saved('异议已登记', () => setRecording(false))}
            >
              <Form.Item name="nominationId" label="针对" rules={[{ required: true }]}>
                <Select options={shortlisted.map((r) => ({ value: r.nomination.id, label: r.nomination.nominee.name }))} />
              </Form.Item>
              <Form.Item name="objectorName" label="异议人姓名" rules={[{ required: true }]}>
                <Input maxLength={TextLimit.NAME} />
              </Form.Item>
              <Form.Item name="objectorContact" label="联系方式" rules={[{ required: true }]}>
                <Input maxLength={TextLimit.NAME} />
              </Form.Item>
              <Form.Item name="content" label="异议内容" rules={[{ required: true }]}>
                <Input.TextArea rows={3} maxLength={TextLimit.FREE_TEXT} showCount />
              </Form.Item>
            </FormModal>
          )}
          {finalizing && (
            <FormModal<{ decisionNumber?: string }>
              id="finalize"
              title="确定表彰名单"
              okText="确定表彰名单"
              submit={(v) => finalize({ reviewId: review.id, decisionNumber: v.decisionNumber?.trim() || null })}
              onClose={() => setFinalizing(false)}
              onDone={saved('表彰名单已确定', () => setFinalizing(false))}
            >
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                message="确定后名单不再变动,表彰决定以今天为决定日期,受表彰对象记入荣誉记录。"
              />
              <Form.Item name="decisionNumber" label="表彰决定文号">
                <Input maxLength={TextLimit.SHORT_CODE} placeholder="如 管人社〔2026〕30号" />
              </Form.Item>
            </FormModal>
          )}
          {answering && (
            <FormModal<{ upheld: boolean; answer: string }>
              id="objection-answer"
              title="答复异议"
              okText="提交答复"
              submit={(v) => answer({ id: answering.id, ...v })}
              onClose={() => setAnswering(null)}
              onDone={saved('已答复', () => setAnswering(null))}
            >
              <Form.Item name="upheld" label="结论" rules={[{ required: true }]}>
                <Select
                  options={[
                    { value: true, label: '异议成立:移出名单,依次递补,重新审批公示' },
                    { value: false, label: '不予采纳' },
                  ]}
                />
              </Form.Item>
              <Form.Item name="answer" label="答复(留档)" rules={[{ required: true }]}>
                <Input.TextArea rows={3} maxLength={TextLimit.REASON} showCount />
              </Form.Item>
            </FormModal>
          )}
        </Space>
      )}
    </Card>
  );
}
