import { genderLabels, TextLimit } from '@ronghe/types';
import { App, Button, Card, Descriptions, Input, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { useAccess } from '../auth/access';
import { useFeedback, useSaved } from '../common/useFeedback';
import { type ListedPerson, PersonFormModal } from './PersonForm';
import { downloadBase64 } from '../common/download';
import { JobProgress, useStoredJob } from '../common/JobProgress';
import { errorOf } from '../api/client';
import { ConnectionTable, type ConnectionTableHandle } from '../common/ConnectionTable';
import { label } from '../common/labels';
import { graphql } from '../gql';
import type { RevealPersonalDataMutation } from '../gql/graphql';

const PersonsDocument = graphql(`
  query Persons($first: Int!, $after: String, $search: String) {
    persons(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id version name gender idNumber phone homeProvince homeCity arrivalDate skills trainings
        employer { id name } community { id name }
      }
    }
  }
`);
// A big list comes back as a job (its file downloaded when it is done), a small one as the file.
const ExportPersonsDocument = graphql(`
  mutation RequestPersonsExport($search: String) {
    requestPersonsExport(search: $search) { file { fileName mimeType contentBase64 } job { id } }
  }
`);
const DeletePersonDocument = graphql(`
  mutation DeletePerson($id: ID!, $version: Int!) { deletePerson(id: $id, version: $version) { id } }
`);
const RevealDocument = graphql(`
  mutation RevealPersonalData($id: ID!) { revealPersonalData(id: $id) { personId idNumber phone } }
`);

/** 外来务工人员名录: personal data masked; the full view is asked for, and recorded. */
export function PersonsPage() {
  const [search, setSearch] = useState('');
  const [, reveal] = useMutation(RevealDocument);
  const [revealed, setRevealed] = useState<RevealPersonalDataMutation['revealPersonalData'] | null>(null);
  const { message } = App.useApp();
  const access = useAccess();
  const writes = access.can('organizations.write');
  const table = useRef<ConnectionTableHandle>(null);
  const refresh = useCallback(() => table.current?.refresh(), []);
  const saved = useSaved(refresh);
  const feedback = useFeedback(refresh);
  const [editing, setEditing] = useState<ListedPerson | 'new' | null>(null);
  const [, remove] = useMutation(DeletePersonDocument);
  const [, requestExport] = useMutation(ExportPersonsDocument);
  const [exportJob, setExportJob] = useStoredJob('persons-export');
  const close = useCallback(() => setEditing(null), []);
  // A form given up (say after someone else's change was reported) reopens on the current version.
  const dismiss = useCallback(() => {
    setEditing(null);
    refresh();
  }, [refresh]);
  async function exportList() {
    const result = await requestExport({ search: search || null });
    const answer = result.data?.requestPersonsExport;
    if (answer?.file) downloadBase64(answer.file);
    else if (answer?.job) setExportJob(answer.job.id);
    else message.error(errorOf(result.error)?.message);
  }

  async function showFull(id: string) {
    const result = await reveal({ id });
    if (result.data) setRevealed(result.data.revealPersonalData);
    else message.error(errorOf(result.error)?.message ?? '查看失败');
  }

  return (
    <Card
      title="外来务工人员名录"
      extra={
        <Space>
          {writes && (
            <Button type="primary" onClick={() => setEditing('new')}>
              登记人员
            </Button>
          )}
          <Button onClick={exportList}>导出 Excel(脱敏)</Button>
        </Space>
      }
    >
      {editing && (
        <PersonFormModal
          person={editing === 'new' ? undefined : editing}
          onClose={dismiss}
          onDone={saved(editing === 'new' ? '已登记' : '已保存', close)}
        />
      )}
      {exportJob && (
        <div style={{ marginBottom: 16 }}>
          <JobProgress jobId={exportJob} service="organizations" title="导出外来务工人员名录" onClose={() => setExportJob(null)} />
        </div>
      )}
      <Input.Search
        allowClear
        maxLength={TextLimit.SEARCH}
        placeholder="按姓名查找"
        style={{ width: 280, marginBottom: 16 }}
        onSearch={(v) => setSearch(v.trim())}
      />
      <ConnectionTable
        ref={table}
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
            hidden: !access.can('persons.reveal') && !writes,
            render: (_: unknown, p) => (
              <Space size="small">
                {access.can('persons.reveal') && (
                  <Button size="small" onClick={() => showFull(p.id)}>
                    查看完整信息
                  </Button>
                )}
                {writes && (
                  <Button size="small" onClick={() => setEditing(p)}>
                    修改
                  </Button>
                )}
                {writes && (
                  <Popconfirm
                    title={`删除「${p.name}」?`}
                    description="删除后不再出现在名录中,历史记录保留"
                    okText="删除"
                    cancelText="取消"
                    okButtonProps={{ danger: true }}
                    onConfirm={async () => {
                      feedback(await remove({ id: p.id, version: p.version }), '已删除');
                    }}
                  >
                    <Button size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>
                )}
              </Space>
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
