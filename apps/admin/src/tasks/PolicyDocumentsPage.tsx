import { documentValidityLabels, taskAreaLabels } from '@ronghe/types';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { ConnectionTable } from '../common/ConnectionTable';
import { useAccess } from '../auth/access';
import { label } from '../common/labels';
import { useFeedback } from '../common/useFeedback';
import { graphql } from '../gql';
import type { PolicyDocumentsQuery } from '../gql/graphql';
import { PolicyDocumentsDocument } from './documents';
import { PlanFromDocument } from './PlanFromDocument';
import { PolicyDocumentForm } from './PolicyDocumentForm';

const DetailDocument = graphql(`
  query PolicyDocumentDetail($id: ID!) {
    policyDocument(id: $id) {
      id title indexNumber issuer subject writtenOn publishedOn genre documentNumber validity version fullText
      basis { documentNumber title }
    }
    tasks(documentId: $id, first: 50) { nodes { id code title area deadline } }
  }
`);
const ValidityDocument = graphql(`
  mutation SetPolicyDocumentValidity($id: ID!, $validity: DocumentValidity!, $version: Int!) {
    setPolicyDocumentValidity(id: $id, validity: $validity, version: $version) { id validity version }
  }
`);

type Row = PolicyDocumentsQuery['policyDocuments']['nodes'][number];

export const ValidityTag = ({ validity }: { validity: string }) => (
  <Tag color={validity === 'VALID' ? 'green' : 'default'}>{label(documentValidityLabels, validity)}</Tag>
);

/** 政策文件: the documents the plans rest on, each with the header of the published notice. */
export function PolicyDocumentsPage() {
  const { id } = useParams();
  return id ? <PolicyDocumentDetail id={id} /> : <PolicyDocumentList />;
}

function PolicyDocumentList() {
  const office = useAccess().can('documents.write');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [registering, setRegistering] = useState(false);
  return (
    <Card
      title="政策文件"
      extra={
        office && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            登记文件
          </Button>
        )
      }
    >
      {registering && (
        <PolicyDocumentForm
          onClose={() => setRegistering(false)}
          onDone={(id) => {
            message.success('已登记文件');
            setRegistering(false);
            navigate(`/tasks/documents/${id}`);
          }}
        />
      )}
      <ConnectionTable
        query={PolicyDocumentsDocument}
        variables={{}}
        connection={(data) => data.policyDocuments}
        unit="份文件"
        scroll={{ x: 1680 }}
        columns={[
          {
            title: '标题',
            render: (_: unknown, d: Row) => <Link to={`/tasks/documents/${d.id}`}>{d.title}</Link>,
            width: 320,
            fixed: 'left',
          },
          { title: '文号', dataIndex: 'documentNumber', width: 180 },
          { title: '有效性', render: (_: unknown, d: Row) => <ValidityTag validity={d.validity} />, width: 80 },
          { title: '主要任务', render: (_: unknown, d: Row) => (d.taskCount > 0 ? `${d.taskCount} 项` : '未建立'), width: 90 },
          { title: '发布日期', dataIndex: 'publishedOn', width: 110 },
          { title: '发文机关', dataIndex: 'issuer', width: 180 },
          { title: '文种', dataIndex: 'genre', width: 70 },
          { title: '主题分类', dataIndex: 'subject', width: 100 },
          { title: '成文日期', dataIndex: 'writtenOn', width: 110 },
          { title: '索引号', dataIndex: 'indexNumber', width: 180 },
          { title: '依据文件', render: (_: unknown, d: Row) => d.basis.map((b) => b.documentNumber).join('、') || '—', width: 260 },
        ]}
      />
    </Card>
  );
}

function PolicyDocumentDetail({ id }: { id: string }) {
  const access = useAccess();
  const office = access.can('documents.write');
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: DetailDocument, variables: { id } });
  const [, setValidity] = useMutation(ValidityDocument);
  const done = useFeedback(() => refetch({ requestPolicy: 'network-only' }));
  const { message } = App.useApp();
  const [planning, setPlanning] = useState(false);
  const d = data?.policyDocument;
  // A registered plan has no tasks until the office creates them from its text.
  const mayCreatePlan = access.can('tasks.plan') && d?.validity === 'VALID' && data?.tasks.nodes.length === 0;
  return (
    <Card
      loading={fetching && !data}
      title={d ? `${d.documentNumber} ${d.title}` : '政策文件'}
      extra={
        <Space>
          {office && d && (
            <Popconfirm
              title={d.validity === 'VALID' ? '设为失效后,其方案只作历史查阅,不能再报告进展。确定吗?' : '恢复为有效?'}
              onConfirm={async () =>
                done(
                  await setValidity({ id: d.id, version: d.version, validity: d.validity === 'VALID' ? 'EXPIRED' : 'VALID' }),
                  '已更新有效性',
                )
              }
            >
              <Button>{d.validity === 'VALID' ? '设为失效' : '恢复有效'}</Button>
            </Popconfirm>
          )}
          {d && <Button onClick={() => navigate(`/tasks/plan?documentId=${d.id}`)}>任务分解</Button>}
          <Button onClick={() => navigate('/tasks/documents')}>返回列表</Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={errorOf(error)?.message} />}
      {data && !d && <Alert type="warning" showIcon title="文件不存在" />}
      {d && (
        <>
          {d.validity === 'EXPIRED' && (
            <Alert
              data-testid="expired-notice"
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title="该文件已失效,仅供历史查阅"
              description="其方案中的任务不再督导,也不能报告进展。"
            />
          )}
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label="索引号">{d.indexNumber}</Descriptions.Item>
            <Descriptions.Item label="发文机关">{d.issuer}</Descriptions.Item>
            <Descriptions.Item label="主题分类">{d.subject}</Descriptions.Item>
            <Descriptions.Item label="文种">{d.genre}</Descriptions.Item>
            <Descriptions.Item label="成文日期">{d.writtenOn}</Descriptions.Item>
            <Descriptions.Item label="发布日期">{d.publishedOn}</Descriptions.Item>
            <Descriptions.Item label="文号">{d.documentNumber}</Descriptions.Item>
            <Descriptions.Item label="有效性">
              <ValidityTag validity={d.validity} />
            </Descriptions.Item>
            <Descriptions.Item label="依据文件" span={2}>
              {d.basis.length ? d.basis.map((b) => `${b.title}(${b.documentNumber})`).join(';') : '—'}
            </Descriptions.Item>
          </Descriptions>
          <Space style={{ marginTop: 24, marginBottom: 8 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              主要任务
            </Typography.Title>
            {mayCreatePlan && (
              <Button type="primary" onClick={() => setPlanning(true)}>
                按全文建立任务
              </Button>
            )}
          </Space>
          {planning && (
            <PlanFromDocument
              documentId={d.id}
              onClose={() => setPlanning(false)}
              onDone={(created) => {
                message.success(`已建立 ${created} 项主要任务`);
                setPlanning(false);
                refetch({ requestPolicy: 'network-only' });
              }}
            />
          )}
          <Table
            data-testid="document-tasks"
            locale={{ emptyText: office ? '尚未建立任务:可按全文建立' : '尚未建立任务' }}
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data?.tasks.nodes ?? []}
            columns={[
              { title: '序号', dataIndex: 'code', width: 70 },
              { title: '任务', dataIndex: 'title' },
              { title: '领域', dataIndex: 'area', render: (v: string) => label(taskAreaLabels, v), width: 140 },
              { title: '完成期限', dataIndex: 'deadline', render: (v: string | null) => v ?? '未设定', width: 120 },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            正文
          </Typography.Title>
          <Typography.Paragraph
            data-testid="full-text"
            style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 16, lineHeight: 1.9 }}
          >
            {d.fullText}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
