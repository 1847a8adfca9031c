import { Alert, App, Button, Descriptions, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { PersonName } from '../common/PersonName';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useAccess } from '../auth/access';
import { ReasonModal } from '../common/ReasonModal';
import { useFeedback, useSaved } from '../common/useFeedback';
import { graphql } from '../gql';
import { answerFor } from './ReviewSelect';

const ApprovalsDocument = graphql(`
  query ReviewApprovals($id: ID!) {
    review(id: $id) {
      id status shortlistVersion
      approvals { id approverUsername decision reason shortlistVersion approvedAt voidedAt }
    }
  }
`);
const ApproveDocument = graphql(
  `mutation ApproveShortlist($reviewId: ID!, $version: Int!) { approveShortlist(reviewId: $reviewId, shortlistVersion: $version) { id status } }`,
);
const DeclineDocument = graphql(
  `mutation DeclineShortlist($reviewId: ID!, $version: Int!, $reason: String!) { declineShortlist(reviewId: $reviewId, shortlistVersion: $version, reason: $reason) { id status } }`,
);

/**
 * The joint approval of the list's current version: each agency's decision, a decline with its reason
 * for the office to act on, and, for an approver, the buttons to approve or decline.
 */
export function ApprovalPanel({ reviewId, onChanged }: { reviewId: string; onChanged: () => void }) {
  const access = useAccess();
  const approver = access.can('commendation.approve');
  const [{ data }, refetch] = useQuery({ query: ApprovalsDocument, variables: { id: reviewId }, requestPolicy: 'network-only' });
  const [, approve] = useMutation(ApproveDocument);
  const [, decline] = useMutation(DeclineDocument);
  const [declining, setDeclining] = useState(false);
  const changed = () => {
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };
  const done = useFeedback(changed);
  const { modal } = App.useApp();
  const saved = useSaved(changed);
  const review = answerFor(data, reviewId)?.review;
  if (!review) return null;
  const current = review.approvals.filter((a) => !a.voidedAt && a.shortlistVersion === review.shortlistVersion);
  const declined = current.filter((a) => a.decision === 'DECLINED');
  const version = { reviewId: review.id, version: review.shortlistVersion };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="approval-panel">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="本版审批">
          <Space wrap>
            {current.length === 0
              ? '尚无'
              : current.map((a) => (
                  <Tag key={a.id} color={a.decision === 'APPROVED' ? 'green' : 'red'}>
                    <PersonName username={a.approverUsername} at={a.approvedAt} />:{a.decision === 'APPROVED' ? '同意' : '不同意'}
                  </Tag>
                ))}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      {declined.map((a) => (
        <Alert
          key={a.id}
          type="error"
          showIcon
          data-testid="approval-declined"
          message={
            <>
              <PersonName username={a.approverUsername} at={a.approvedAt} /> 不同意第 {a.shortlistVersion} 版名单
            </>
          }
          description={`理由:${a.reason}`}
        />
      ))}
      {review.approvals.some((a) => a.voidedAt) && (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          title={() => '以往审批(名单变动或改变意见后作废)'}
          dataSource={review.approvals.filter((a) => a.voidedAt)}
          columns={[
            { title: '版本', dataIndex: 'shortlistVersion', width: 70 },
            { title: '审批人', dataIndex: 'approverUsername', render: (v: string) => <PersonName username={v} /> },
            { title: '意见', dataIndex: 'decision', render: (v: string) => (v === 'APPROVED' ? '同意' : '不同意') },
            { title: '理由', dataIndex: 'reason' },
            { title: '时间', dataIndex: 'approvedAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
          ]}
        />
      )}
      {approver && review.status === 'RANKED' && (
        <Space>
          <Button
            type="primary"
            onClick={() =>
              modal.confirm({
                title: `审批通过第 ${review.shortlistVersion} 版名单?`,
                content:
                  '以本单位名义同意这一版表彰名单,将记入审批记录。两家表彰单位都同意后名单即可公示;此后名单如有变动,本次审批随之作废,须重新审批。',
                okText: '审批通过',
                cancelText: '取消',
                onOk: async () => done(await approve(version), '已审批'),
              })
            }
          >
            审批通过本版名单
          </Button>
          <Button danger onClick={() => setDeclining(true)}>
            不同意本版名单
          </Button>
        </Space>
      )}
      {declining && (
        <ReasonModal
          id="shortlist-decline"
          title="不同意本版名单"
          okText="提交"
          placeholder="不同意的理由(必填,活动办公室可见)"
          submit={(reason) => decline({ ...version, reason })}
          onClose={() => setDeclining(false)}
          onDone={saved('已提交不同意意见', () => setDeclining(false))}
        />
      )}
    </Space>
  );
}
