import { partnerClientStatusLabels, TextLimit } from '@ronghe/types';
import { Alert, App, Button, Card, Drawer, Form, Input, InputNumber, Modal, Popconfirm, Space, Tag, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { errorOf } from '../api/client';
import { ConnectionTable, type ConnectionTableHandle } from '../common/ConnectionTable';
import { FormModal } from '../common/FormModal';
import { label } from '../common/labels';
import { useFeedback, useSaved } from '../common/useFeedback';
import { graphql } from '../gql';
import type { IssuePartnerClientInput, PartnerClientsQuery, PartnerOperationsQuery } from '../gql/graphql';
import { OrganizationPicker } from '../organizations/OrganizationPicker';

const PartnerClientsDocument = graphql(`
  query PartnerClients($first: Int!, $after: String) {
    partnerClients(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name keyPrefix status ratePerMinute dailyQuota keyIssuedAt revokedAt callsToday version organization { id name } }
    }
  }
`);
const IssuePartnerClientDocument = graphql(`
  mutation IssuePartnerClient($input: IssuePartnerClientInput!) { issuePartnerClient(input: $input) { apiKey client { id name } } }
`);
const RotatePartnerKeyDocument = graphql(`
  mutation RotatePartnerKey($id: ID!, $version: Int!) { rotatePartnerKey(id: $id, version: $version) { apiKey client { id name } } }
`);
const RevokePartnerClientDocument = graphql(`
  mutation RevokePartnerClient($id: ID!, $version: Int!) { revokePartnerClient(id: $id, version: $version) { id status } }
`);
const PartnerOperationsDocument = graphql(`
  query PartnerOperations($id: ID!, $first: Int!, $after: String) {
    partnerClient(id: $id) {
      id
      operations(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id name hash document createdAt }
      }
    }
  }
`);
const PartnerUsageDocument = graphql(`
  query PartnerUsage($id: ID!, $first: Int!, $after: String) {
    partnerUsage(clientId: $id, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { day operationHash operationName count errors averageLatencyMs latencyMsMax }
    }
  }
`);
const RegisterPartnerOperationDocument = graphql(`
  mutation RegisterPartnerOperation($clientId: ID!, $document: String!) {
    registerPartnerOperation(clientId: $clientId, document: $document) { id hash name }
  }
`);
const RemovePartnerOperationDocument = graphql(`
  mutation RemovePartnerOperation($id: ID!) { removePartnerOperation(id: $id) }
`);

type Client = PartnerClientsQuery['partnerClients']['nodes'][number];
type Operation = NonNullable<PartnerOperationsQuery['partnerClient']>['operations']['nodes'][number];

/** 合作部门接入: the office issues partner systems their API keys, registers their queries and watches their usage. */
export function PartnersPage() {
  const table = useRef<ConnectionTableHandle>(null);
  const [, issue] = useMutation(IssuePartnerClientDocument);
  const [, rotate] = useMutation(RotatePartnerKeyDocument);
  const [, revoke] = useMutation(RevokePartnerClientDocument);
  const [issuing, setIssuing] = useState(false);
  const [shownKey, setShownKey] = useState<{ name: string; apiKey: string } | null>(null);
  const [opened, setOpened] = useState<Client | null>(null);
  const { message } = App.useApp();
  const refresh = () => table.current?.refresh();
  const saved = useSaved(refresh);
  const feedback = useFeedback(refresh);

  return (
    <Card
      title="合作部门接入"
      extra={
        <Button type="primary" onClick={() => setIssuing(true)}>
          签发接入密钥
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        合作部门的系统凭 API 密钥只读调用接口,且只能调用在此登记过的查询;每个接入有每分钟请求上限和每日配额。密钥只在签发或轮换时显示一次。
      </Typography.Paragraph>
      <ConnectionTable
        ref={table}
        query={PartnerClientsDocument}
        variables={{}}
        connection={(data) => data.partnerClients}
        unit="个接入"
        rowKey="id"
        columns={[
          { title: '接入系统', dataIndex: 'name' },
          { title: '合作部门', render: (_: unknown, c: Client) => c.organization?.name ?? '—' },
          { title: '密钥开头', dataIndex: 'keyPrefix', render: (p: string) => <Typography.Text code>{p}…</Typography.Text> },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: string) => <Tag color={s === 'ACTIVE' ? 'green' : 'default'}>{label(partnerClientStatusLabels, s)}</Tag>,
          },
          { title: '每分钟上限', dataIndex: 'ratePerMinute' },
          { title: '每日配额', dataIndex: 'dailyQuota' },
          { title: '今日调用', dataIndex: 'callsToday' },
          {
            title: '',
            render: (_: unknown, c: Client) => (
              <Space>
                <Button size="small" onClick={() => setOpened(c)}>
                  查询与用量
                </Button>
                {c.status === 'ACTIVE' && (
                  <>
                    <Popconfirm
                      title="轮换后旧密钥一分钟内失效,确定轮换?"
                      okText="轮换"
                      cancelText="取消"
                      onConfirm={async () => {
                        const result = await rotate({ id: c.id, version: c.version });
                        if (feedback(result, '已轮换密钥') && result.data) {
                          setShownKey({ name: c.name, apiKey: result.data.rotatePartnerKey.apiKey });
                        }
                      }}
                    >
                      <Button size="small">轮换密钥</Button>
                    </Popconfirm>
                    <Popconfirm
                      title="停用后该密钥一分钟内失效,确定停用?"
                      okText="停用"
                      cancelText="取消"
                      onConfirm={async () => feedback(await revoke({ id: c.id, version: c.version }), '已停用')}
                    >
                      <Button size="small" danger>
                        停用
                      </Button>
                    </Popconfirm>
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />

      {issuing && (
        <FormModal<IssuePartnerClientInput, { issuePartnerClient: { apiKey: string; client: { name: string } } }>
          id="partner-issue"
          title="签发接入密钥"
          okText="签发"
          initialValues={{ ratePerMinute: 60, dailyQuota: 10000 }}
          submit={(input) => issue({ input })}
          onClose={() => setIssuing(false)}
          onDone={(data) => {
            saved('已签发', () => setIssuing(false))();
            setShownKey({ name: data.issuePartnerClient.client.name, apiKey: data.issuePartnerClient.apiKey });
          }}
        >
          <Form.Item name="name" label="接入系统名称" rules={[{ required: true }]}>
            <Input maxLength={TextLimit.NAME} placeholder="如:民政局救助信息系统" />
          </Form.Item>
          <Form.Item name="organizationId" label="合作部门" rules={[{ required: true }]}>
            <OrganizationPicker />
          </Form.Item>
          <Form.Item name="ratePerMinute" label="每分钟请求上限">
            <InputNumber min={1} max={6000} />
          </Form.Item>
          <Form.Item name="dailyQuota" label="每日配额(北京时间自然日)">
            <InputNumber min={1} max={10000000} />
          </Form.Item>
        </FormModal>
      )}

      {shownKey && (
        <Modal
          open
          title={`「${shownKey.name}」的 API 密钥`}
          okText="我已妥善保存"
          cancelButtonProps={{ style: { display: 'none' } }}
          onOk={() => setShownKey(null)}
          onCancel={() => setShownKey(null)}
        >
          <Alert type="warning" showIcon message="密钥只显示这一次,系统只保存其哈希。请立即复制并通过安全渠道交给合作部门。" />
          <Typography.Paragraph
            copyable={{ onCopy: () => message.success('已复制') }}
            code
            style={{ marginTop: 16, wordBreak: 'break-all' }}
            data-testid="partner-api-key"
          >
            {shownKey.apiKey}
          </Typography.Paragraph>
        </Modal>
      )}

      {opened && <ClientDrawer client={opened} onClose={() => setOpened(null)} />}
    </Card>
  );
}

/** One client's registered queries (register from the partner's .graphql file) and its usage per day and query. */
function ClientDrawer({ client, onClose }: { client: Client; onClose: () => void }) {
  const operations = useRef<ConnectionTableHandle>(null);
  const [, register] = useMutation(RegisterPartnerOperationDocument);
  const [, remove] = useMutation(RemovePartnerOperationDocument);
  const [document, setDocument] = useState('');
  const [registering, setRegistering] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const feedback = useFeedback(() => operations.current?.refresh());

  const submit = async () => {
    setFailure(null);
    setRegistering(true);
    const result = await register({ clientId: client.id, document });
    setRegistering(false);
    if (result.error) return setFailure(errorOf(result.error)?.message ?? '登记失败');
    feedback(result, '已登记');
    setDocument('');
  };

  return (
    <Drawer open width={900} title={`${client.name}:查询与用量`} onClose={onClose}>
      <Typography.Title level={5}>登记查询</Typography.Title>
      <Typography.Paragraph type="secondary">
        上传或粘贴合作部门提供的 .graphql 文件。只能登记查询(query),登记时按当前接口校验;文件原样保存,其 SHA-256 即客户端发送的 sha256Hash。
      </Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Upload
          accept=".graphql,.gql"
          showUploadList={false}
          beforeUpload={async (file) => {
            setDocument(await file.text());
            return false;
          }}
        >
          <Button>选择 .graphql 文件</Button>
        </Upload>
        <Input.TextArea
          aria-label="查询文本"
          rows={6}
          maxLength={TextLimit.FREE_TEXT}
          value={document}
          onChange={(e) => setDocument(e.target.value)}
          placeholder="query 单位列表($first: Int!) { organizations(first: $first) { nodes { name } } }"
        />
        {failure && <Alert type="error" showIcon message={failure} />}
        <Button type="primary" loading={registering} disabled={!document.trim()} onClick={submit}>
          登记
        </Button>
      </Space>

      <Typography.Title level={5} style={{ marginTop: 24 }}>
        已登记的查询
      </Typography.Title>
      <ConnectionTable
        ref={operations}
        query={PartnerOperationsDocument}
        variables={{ id: client.id }}
        connection={(data) => data.partnerClient?.operations}
        unit="个查询"
        rowKey="id"
        size="small"
        expandable={{ expandedRowRender: (o: Operation) => <pre style={{ margin: 0 }}>{o.document}</pre> }}
        columns={[
          { title: '操作名称', dataIndex: 'name' },
          {
            title: 'sha256Hash',
            dataIndex: 'hash',
            render: (h: string) => (
              <Typography.Text code copyable>
                {h}
              </Typography.Text>
            ),
          },
          {
            title: '',
            render: (_: unknown, o: Operation) => (
              <Popconfirm
                title="撤销后合作部门不能再调用此查询,确定撤销?"
                okText="撤销"
                cancelText="取消"
                onConfirm={async () => feedback(await remove({ id: o.id }), '已撤销')}
              >
                <Button size="small" danger>
                  撤销
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />

      <Typography.Title level={5} style={{ marginTop: 24 }}>
        调用统计(按日、按查询)
      </Typography.Title>
      <div data-testid="partner-usage">
        <ConnectionTable
          query={PartnerUsageDocument}
          variables={{ id: client.id }}
          connection={(data) => data.partnerUsage}
          unit="条统计"
          rowKey={(u) => `${u.day}-${u.operationHash}`}
          size="small"
          columns={[
            { title: '日期', dataIndex: 'day' },
            { title: '查询', dataIndex: 'operationName' },
            { title: '调用次数', dataIndex: 'count' },
            { title: '出错次数', dataIndex: 'errors' },
            { title: '平均耗时(毫秒)', dataIndex: 'averageLatencyMs' },
            { title: '最长耗时(毫秒)', dataIndex: 'latencyMsMax' },
          ]}
        />
      </div>
    </Drawer>
  );
}
