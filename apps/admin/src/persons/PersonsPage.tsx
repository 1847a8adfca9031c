import { genderLabels, TextLimit } from '@ronghe/types';
import { App, Button, Card, Descriptions, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { downloadBase64 } from '../common/download';
import { errorOf } from '../api/client';
import { useAccess } from '../auth/access';
import { ConnectionTable } from '../common/ConnectionTable';
import { label } from '../common/labels';
import { graphql } from '../gql';
import type { RevealPersonalDataMutation } from '../gql/graphql';

const PersonsDocument = graphql(`
  query Persons($first: Int!, $after: String, $search: String) {
    persons(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name gender idNumber phone homeProvince homeCity arrivalDate skills employer { name } community { name } }
    }
  }
`);
const ExportPersonsDocument = graphql(`
  query ExportPersons($search: String) { exportPersons(search: $search) { fileName mimeType contentBase64 } }
`);
const RevealDocument = graphql(`
  mutation RevealPersonalData($id: ID!) { revealPersonalData(id: $id) { personId idNumber phone } }
`);

/** 外来务工人员名录: personal data masked; the full view is asked for, and recorded. */
export function PersonsPage() {
  const mayReveal = useAccess().can('persons.reveal');
  const [search, setSearch] = useState('');
  const [, reveal] = useMutation(RevealDocument);
  const [revealed, setRevealed] = useState<RevealPersonalDataMutation['revealPersonalData'] | null>(null);
  const { message } = App.useApp();
  const client = useClient();
  async function exportList() {
    const result = await client.query(ExportPersonsDocument, { search: search || null }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) downloadBase64(result.data.exportPersons);
    else message.error(errorOf(result.error)?.message);
  }

  async function showFull(id: string) {
    const result = await reveal({ id });
    if (result.data) setRevealed(result.data.revealPersonalData);
    else message.error(errorOf(result.error)?.message ?? '查看失败');
  }

  return (
    <Card title="外来务工人员名录" extra={<Button onClick={exportList}>导出 Excel(脱敏)</Button>}>
      <Input.Search
        allowClear
        maxLength={TextLimit.SEARCH}
        placeholder="按姓名查找"
        style={{ width: 280, marginBottom: 16 }}
        onSearch={(v) => setSearch(v.trim())}
      />
      <ConnectionTable
        query={PersonsDocument}
        variables={{ search: search || null }}
        connection={(data) => data.persons}
        unit="人"
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '性别', dataIndex: 'gender', render: (v: string) => label(genderLabels, v) },
          { title: '身份证号', dataIndex: 'idNumber' },
          { title: '手机号', dataIndex: 'phone' },
          { title: '户籍地', render: (_: unknown, p) => [p.homeProvince, p.homeCity].filter(Boolean).join(' ') },
          { title: '就业单位', render: (_: unknown, p) => p.employer?.name ?? '—' },
          { title: '居住社区', render: (_: unknown, p) => p.community?.name ?? '—' },
          { title: '技能', dataIndex: 'skills', render: (skills: string[]) => skills.map((s) => <Tag key={s}>{s}</Tag>) },
          {
            title: '',
            hidden: !mayReveal,
            render: (_: unknown, p) => (
              <Button size="small" onClick={() => showFull(p.id)}>
                查看完整信息
              </Button>
            ),
          },
        ]}
      />
      <Modal open={!!revealed} title="完整个人信息" footer={null} onCancel={() => setRevealed(null)}>
        <Space direction="vertical">
          <Typography.Text type="warning">本次查看已记入审计日志。</Typography.Text>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="身份证号">{revealed?.idNumber}</Descriptions.Item>
            <Descriptions.Item label="手机号">{revealed?.phone ?? '—'}</Descriptions.Item>
          </Descriptions>
        </Space>
      </Modal>
    </Card>
  );
}
