import { organizationKindLabels, organizationStatusLabels, TextLimit } from '@ronghe/types';
import { App, Button, Card, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useClient } from 'urql';
import { downloadBase64 } from '../common/download';
import { errorOf } from '../api/client';
import { useAccess } from '../auth/access';
import { ConnectionTable } from '../common/ConnectionTable';
import { label, optionsOf } from '../common/labels';
import { graphql } from '../gql';
import type { OrganizationKind } from '../gql/graphql';
import { CreateOrganizationModal } from './OrganizationForms';

const ExportOrganizationsDocument = graphql(`
  query ExportOrganizations($kind: OrganizationKind, $search: String) {
    exportOrganizations(kind: $kind, search: $search) { fileName mimeType contentBase64 }
  }
`);

const OrganizationsDocument = graphql(`
  query Organizations($first: Int!, $after: String, $kind: OrganizationKind, $search: String) {
    organizations(first: $first, after: $after, kind: $kind, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name shortName kind status creditCode parent { id name } }
    }
  }
`);

/** 单位名录: the registry, filtered by kind and name, page by page. */
export function OrganizationsPage() {
  const [kind, setKind] = useState<OrganizationKind | null>(null);
  const [search, setSearch] = useState('');
  const client = useClient();
  const { message } = App.useApp();
  const access = useAccess();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  async function exportList() {
    const result = await client
      .query(ExportOrganizationsDocument, { kind, search: search || null }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.data) downloadBase64(result.data.exportOrganizations);
    else message.error(errorOf(result.error)?.message);
  }
  return (
    <Card
      title="单位名录"
      extra={
        <Space>
          {access.can('organizations.write') && (
            <Button type="primary" onClick={() => setCreating(true)}>
              登记单位
            </Button>
          )}
          <Button onClick={exportList}>导出 Excel</Button>
        </Space>
      }
    >
      {creating && (
        <CreateOrganizationModal
          onClose={() => setCreating(false)}
          onDone={(created) => {
            message.success(`已登记「${created.name}」`);
            navigate(`/organizations/${created.id}`);
          }}
        />
      )}
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          allowClear
          placeholder="单位类型"
          style={{ width: 200 }}
          options={optionsOf(organizationKindLabels)}
          value={kind}
          onChange={(value) => setKind(value ?? null)}
          data-testid="kind-filter"
        />
        <Input.Search
          allowClear
          maxLength={TextLimit.SEARCH}
          placeholder="按名称或简称查找"
          style={{ width: 280 }}
          onSearch={(value) => setSearch(value.trim())}
        />
      </Space>
      <ConnectionTable
        query={OrganizationsDocument}
        variables={{ kind, search: search || null }}
        connection={(data) => data.organizations}
        unit="个单位"
        columns={[
          { title: '单位名称', dataIndex: 'name', render: (name: string, row) => <Link to={`/organizations/${row.id}`}>{name}</Link> },
          { title: '简称', dataIndex: 'shortName' },
          { title: '类型', dataIndex: 'kind', render: (value: string) => label(organizationKindLabels, value) },
          { title: '上级单位', render: (_: unknown, row) => row.parent?.name ?? '—' },
          { title: '统一社会信用代码', dataIndex: 'creditCode' },
          {
            title: '状态',
            dataIndex: 'status',
            render: (value: string) => <Tag color={value === 'ACTIVE' ? 'green' : 'default'}>{label(organizationStatusLabels, value)}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
