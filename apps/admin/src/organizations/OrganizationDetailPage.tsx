import {
  nominationStatusLabels,
  organizationKindLabels,
  organizationStatusLabels,
  resultOutcomeLabels,
  typicalCategoryLabels,
} from '@ronghe/types';
import { Alert, Breadcrumb, Button, Card, Descriptions, Space, Spin, Table, Tag, Timeline } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { errorOf } from '../api/client';
import { useAccess } from '../auth/access';
import { useAuth } from '../auth/AuthProvider';
import { label } from '../common/labels';
import { useSaved } from '../common/useFeedback';
import { graphql } from '../gql';
import { CreateOrganizationModal, DissolveOrganizationModal, EditOrganizationModal } from './OrganizationForms';
import { UnitAssignments } from './UnitAssignments';

const UnitDocument = graphql(`
  query UnitPage($id: ID!) {
    organization(id: $id) {
      id name shortName kind status creditCode address contactPerson contactPhone version
      counts { children activeDescendants persons }
      ancestors { id name }
      children(first: 100) { totalCount nodes { id name kind } }
      moveHistory { movedAt from { name } to { name } }
      nominationsReceived(first: 50) { nodes { id category status cycle { year } nominator { name } result { rank aggregateScore outcome } } }
      nominationsMade(first: 50) { nodes { id category status cycle { year } nominee { ... on Organization { name } ... on Person { name } } } }
    }
  }
`);

/** A unit's page: its registry record, its place in the tree, its tasks and its nominations, joined through the gateway. */
export function OrganizationDetailPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: UnitDocument, variables: { id } });
  const unit = data?.organization;
  const access = useAccess();
  const { account } = useAuth();
  const navigate = useNavigate();
  const [open, setOpen] = useState<'edit' | 'dissolve' | 'child' | null>(null);
  const close = useCallback(() => setOpen(null), []);
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const saved = useSaved(refetch);
  // A form given up (say after someone else's change was reported) reopens on the current version.
  const dismiss = useCallback(() => {
    setOpen(null);
    refetch();
  }, [refetch]);
  if (fetching && !data) return <Spin />;
  if (error && !unit) return <Alert type="error" showIcon message={errorOf(error)?.message} />;
  if (!unit) return <Alert type="warning" showIcon message="单位不存在" />;
  const unavailable = '该部分所在的服务暂时不可用,请稍后刷新';
  const writes = access.can('organizations.write');
  const active = unit.status === 'ACTIVE';
  // An operator's own unit hangs from a parent outside its jurisdiction: it cannot move it.
  const movable = writes && (access.actsForDistrict('organizations.write') || unit.id !== account?.organization.id);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {/* One service down leaves the rest of the page: its part is empty and named here. */}
      {error && <Alert type="warning" showIcon message={errorOf(error)?.message} data-testid="partial-error" />}
      <Breadcrumb
        items={[...unit.ancestors.map((a) => ({ title: <Link to={`/organizations/${a.id}`}>{a.name}</Link> })), { title: unit.name }]}
      />
      <Card
        title={unit.name}
        extra={
          <Space wrap>
            <Tag color={active ? 'green' : 'default'}>{label(organizationStatusLabels, unit.status)}</Tag>
            {writes && <Button onClick={() => setOpen('edit')}>修改</Button>}
            {writes && active && <Button onClick={() => setOpen('child')}>登记下级单位</Button>}
            {movable && <Button onClick={() => navigate(`/organizations/move?id=${unit.id}`)}>调整隶属关系</Button>}
            {writes && active && (
              <Button danger onClick={() => setOpen('dissolve')}>
                撤销
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions column={2} size="small">
          <Descriptions.Item label="简称">{unit.shortName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="类型">{label(organizationKindLabels, unit.kind)}</Descriptions.Item>
          <Descriptions.Item label="统一社会信用代码">{unit.creditCode ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="地址">{unit.address ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="联系人">{unit.contactPerson ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="联系电话">{unit.contactPhone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="辖区">
            <span data-testid="unit-counts">
              直属下级单位 {unit.counts.children} 个 · 外来务工人员 {unit.counts.persons} 人
            </span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {open === 'edit' && <EditOrganizationModal unit={unit} onClose={dismiss} onDone={saved('单位信息已保存', close)} />}
      {open === 'dissolve' && <DissolveOrganizationModal unit={unit} onClose={dismiss} onDone={saved('单位已撤销', close)} />}
      {open === 'child' && (
        <CreateOrganizationModal
          parentId={unit.id}
          onClose={dismiss}
          onDone={(created) => {
            saved(`已登记「${created.name}」`, close)();
          }}
        />
      )}
      <UnitAssignments organizationId={unit.id} />
      <Card title="被推荐情况">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={unit.nominationsReceived?.nodes ?? []}
          locale={unit.nominationsReceived ? undefined : { emptyText: unavailable }}
          data-testid="unit-nominations"
          columns={[
            { title: '年度', render: (_: unknown, n) => n.cycle.year },
            { title: '类别', dataIndex: 'category', render: (v: string) => label(typicalCategoryLabels, v) },
            { title: '推荐单位', render: (_: unknown, n) => n.nominator.name },
            { title: '状态', dataIndex: 'status', render: (v: string) => label(nominationStatusLabels, v) },
            {
              title: '评审结果',
              render: (_: unknown, n) =>
                n.result ? `第 ${n.result.rank ?? '—'} 名 · ${label(resultOutcomeLabels, n.result.outcome)}` : '—',
            },
          ]}
        />
      </Card>
      <Card title="上报的推荐">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={unit.nominationsMade?.nodes ?? []}
          locale={unit.nominationsMade ? undefined : { emptyText: unavailable }}
          columns={[
            { title: '年度', render: (_: unknown, n) => n.cycle.year },
            { title: '类别', dataIndex: 'category', render: (v: string) => label(typicalCategoryLabels, v) },
            { title: '被推荐对象', render: (_: unknown, n) => n.nominee.name },
            { title: '状态', dataIndex: 'status', render: (v: string) => label(nominationStatusLabels, v) },
          ]}
        />
      </Card>
      <Card title={`下级单位(${unit.children.totalCount})`}>
        <Space wrap>
          {unit.children.nodes.map((c) => (
            <Link key={c.id} to={`/organizations/${c.id}`}>
              <Tag>{c.name}</Tag>
            </Link>
          ))}
        </Space>
      </Card>
      {unit.moveHistory.length > 0 && (
        <Card title="隶属关系变更">
          <Timeline
            items={unit.moveHistory.map((m) => ({
              children: `${dayjs(m.movedAt).format('YYYY-MM-DD HH:mm')} 由「${m.from?.name ?? '—'}」调整到「${m.to?.name ?? '—'}」`,
            }))}
          />
        </Card>
      )}
    </Space>
  );
}
