import { Card, Typography } from 'antd';
import dayjs from 'dayjs';
import { ConnectionTable } from '../common/ConnectionTable';
import { graphql } from '../gql';
import { PersonName } from '../common/PersonName';

const AuditLogDocument = graphql(`
  query AuditLog($first: Int!, $after: String) {
    auditLog(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id occurredAt actorUsername entityType entityId action before after }
    }
  }
`);

const ENTITY = { Organization: '单位', Person: '外来务工人员', Account: '账号' } as Record<string, string>;
const ACTION: Record<string, string> = {
  CREATE: '新增',
  UPDATE: '修改',
  MOVE: '调整隶属',
  DISSOLVE: '撤销',
  DELETE: '删除',
  VIEW_PERSONAL_DATA: '查看完整个人信息',
  IMPORT_CREATE: '导入新增',
  IMPORT_UPDATE: '导入更新',
  CHANGE_PASSWORD: '修改密码',
  RESET_PASSWORD: '重置密码',
};

/** 审计日志: who changed what, newest first; before and after on expansion. */
export function AuditLogPage() {
  return (
    <Card title="审计日志">
      <ConnectionTable
        query={AuditLogDocument}
        variables={{}}
        connection={(data) => data.auditLog}
        unit="条"
        expandable={{
          rowExpandable: (r) => !!(r.before || r.after),
          expandedRowRender: (r) => (
            <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
              <div>
                <Typography.Text strong>修改前</Typography.Text>
                <pre>{JSON.stringify(r.before, null, 2)}</pre>
              </div>
              <div>
                <Typography.Text strong>修改后</Typography.Text>
                <pre>{JSON.stringify(r.after, null, 2)}</pre>
              </div>
            </div>
          ),
        }}
        columns={[
          { title: '时间', dataIndex: 'occurredAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
          { title: '操作人', dataIndex: 'actorUsername', render: (v: string | null) => <PersonName username={v} /> },
          { title: '对象', dataIndex: 'entityType', render: (v: string) => ENTITY[v] ?? v },
          { title: '操作', dataIndex: 'action', render: (v: string) => ACTION[v] ?? v },
          { title: '对象 id', dataIndex: 'entityId', render: (v: string) => <Typography.Text code>{v.slice(0, 8)}</Typography.Text> },
        ]}
      />
    </Card>
  );
}
