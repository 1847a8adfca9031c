import { accountStatusLabels, roleLabels, TextLimit } from '@ronghe/types';
import { Alert, Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { useFeedback } from '../common/useFeedback';
import { CursorPager } from '../common/CursorPager';
import { label, optionsOf } from '../common/labels';
import { useCursorPages } from '../common/useCursorPages';
import { graphql } from '../gql';
import type { AccountsQuery, Role } from '../gql/graphql';
import { OrganizationPicker } from '../organizations/OrganizationPicker';

const AccountsDocument = graphql(`
  query Accounts($first: Int!, $after: String, $search: String) {
    accounts(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id username displayName roles status version lockedUntil mustChangePassword organization { id name } }
    }
  }
`);
const CreateAccountDocument = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }
`);
const UpdateAccountDocument = graphql(`
  mutation UpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { id version roles status } }
`);
const ResetPasswordDocument = graphql(`
  mutation ResetPassword($id: ID!, $password: String!) { resetPassword(accountId: $id, temporaryPassword: $password) { id } }
`);

type Account = AccountsQuery['accounts']['nodes'][number];

/** 账号与角色: the programme office creates accounts, sets roles and status, and resets passwords. */
export function AccountsPage() {
  const pages = useCursorPages();
  const [search, setSearch] = useState('');
  const [{ data, fetching, error }, refetch] = useQuery({ query: AccountsDocument, variables: { first: 20, after: pages.after, search: search || null } });
  const [, create] = useMutation(CreateAccountDocument);
  const [, update] = useMutation(UpdateAccountDocument);
  const [, reset] = useMutation(ResetPasswordDocument);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Account | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const connection = data?.accounts;
  const done = useFeedback(() => refetch({ requestPolicy: 'network-only' }));

  return (
    <Card title="账号与角色" extra={<Button type="primary" onClick={() => setCreating(true)}>新建账号</Button>}>
      <Input.Search allowClear maxLength={TextLimit.SEARCH} placeholder="按登录名或姓名查找" style={{ width: 280, marginBottom: 16 }} onSearch={(v) => { setSearch(v.trim()); pages.reset(); }} />
      {error && <Alert type="error" showIcon message={errorOf(error)?.message} style={{ marginBottom: 16 }} />}
      <Table
        rowKey="id"
        loading={fetching}
        pagination={false}
        dataSource={connection?.nodes ?? []}
        columns={[
          { title: '登录名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '所属单位', render: (_: unknown, a: Account) => a.organization.name },
          { title: '角色', dataIndex: 'roles', render: (roles: string[]) => roles.map((r) => <Tag color="blue" key={r}>{label(roleLabels, r)}</Tag>) },
          { title: '状态', dataIndex: 'status', render: (s: string, a: Account) => (
            <Space>
              <Tag color={s === 'ACTIVE' ? 'green' : 'default'}>{label(accountStatusLabels, s)}</Tag>
              {a.lockedUntil && new Date(a.lockedUntil) > new Date() && <Tag color="red">已锁定</Tag>}
            </Space>
          ) },
          { title: '', render: (_: unknown, a: Account) => (
            <Space>
              <Button size="small" onClick={() => setEditing(a)}>修改</Button>
              <Button size="small" onClick={() => setResetting(a)}>重置密码</Button>
            </Space>
          ) },
        ]}
      />
      <CursorPager page={pages.page} total={connection?.totalCount} unit="个账号" hasNext={!!connection?.pageInfo.hasNextPage}
        onPrevious={pages.previous} onNext={() => pages.next(connection?.pageInfo.endCursor)} />

      <Modal open={creating} title="新建账号" footer={null} destroyOnHidden onCancel={() => setCreating(false)}>
        <Form layout="vertical" onFinish={async (values) => done(await create({ input: values }), '账号已创建') && setCreating(false)}>
          <Form.Item name="username" label="登录名" rules={[{ required: true }]}><Input maxLength={TextLimit.SHORT_CODE} /></Form.Item>
          <Form.Item name="displayName" label="姓名" rules={[{ required: true }]}><Input maxLength={TextLimit.NAME} /></Form.Item>
          <Form.Item name="organizationId" label="所属单位" rules={[{ required: true }]}><OrganizationPicker /></Form.Item>
          <Form.Item name="roles" label="角色" rules={[{ required: true }]}><Select mode="multiple" options={optionsOf(roleLabels)} /></Form.Item>
          <Form.Item name="password" label="初始密码" extra="至少 8 位,含字母和数字;首次登录须修改" rules={[{ required: true }]}><Input.Password maxLength={TextLimit.SECRET} /></Form.Item>
          <Button type="primary" htmlType="submit">创建</Button>
        </Form>
      </Modal>

      <Modal open={!!editing} title={`修改账号 ${editing?.username ?? ''}`} footer={null} destroyOnHidden onCancel={() => setEditing(null)}>
        {editing && (
          <Form layout="vertical" initialValues={{ displayName: editing.displayName, organizationId: editing.organization.id, roles: editing.roles, status: editing.status }}
            onFinish={async (values: { displayName: string; organizationId: string; roles: Role[]; status: 'ACTIVE' | 'DISABLED' }) =>
              done(await update({ input: { id: editing.id, version: editing.version, ...values } }), '已保存') && setEditing(null)}>
            <Form.Item name="displayName" label="姓名" rules={[{ required: true }]}><Input maxLength={TextLimit.NAME} /></Form.Item>
            <Form.Item name="organizationId" label="所属单位" rules={[{ required: true }]}><OrganizationPicker /></Form.Item>
            <Form.Item name="roles" label="角色" rules={[{ required: true }]}><Select mode="multiple" options={optionsOf(roleLabels)} /></Form.Item>
            <Form.Item name="status" label="状态"><Select options={optionsOf(accountStatusLabels)} /></Form.Item>
            <Button type="primary" htmlType="submit">保存</Button>
          </Form>
        )}
      </Modal>

      <Modal open={!!resetting} title={`重置 ${resetting?.username ?? ''} 的密码`} footer={null} destroyOnHidden onCancel={() => setResetting(null)}>
        <Form layout="vertical" onFinish={async ({ password }: { password: string }) => done(await reset({ id: resetting!.id, password }), '密码已重置,用户下次登录须修改') && setResetting(null)}>
          <Form.Item name="password" label="临时密码" rules={[{ required: true }]}><Input.Password maxLength={TextLimit.SECRET} /></Form.Item>
          <Button type="primary" htmlType="submit">重置</Button>
        </Form>
      </Modal>
    </Card>
  );
}
