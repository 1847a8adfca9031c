import { accountStatusLabels, roleLabels, TextLimit } from '@ronghe/types';
import { Button, Card, Form, Input, Select, Space, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { ConnectionTable, type ConnectionTableHandle } from '../common/ConnectionTable';
import { FormModal } from '../common/FormModal';
import { useSaved } from '../common/useFeedback';
import { label, optionsOf } from '../common/labels';
import { graphql } from '../gql';
import type { AccountsQuery, CreateAccountInput, Role } from '../gql/graphql';
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
  const [search, setSearch] = useState('');
  const table = useRef<ConnectionTableHandle>(null);
  const [, create] = useMutation(CreateAccountDocument);
  const [, update] = useMutation(UpdateAccountDocument);
  const [, reset] = useMutation(ResetPasswordDocument);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Account | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const saved = useSaved(() => table.current?.refresh());

  return (
    <Card
      title="账号与角色"
      extra={
        <Button type="primary" onClick={() => setCreating(true)}>
          新建账号
        </Button>
      }
    >
      <Input.Search
        allowClear
        maxLength={TextLimit.SEARCH}
        placeholder="按登录名或姓名查找"
        style={{ width: 280, marginBottom: 16 }}
        onSearch={(v) => setSearch(v.trim())}
      />
      <ConnectionTable
        ref={table}
        query={AccountsDocument}
        variables={{ search: search || null }}
        connection={(data) => data.accounts}
        unit="个账号"
        columns={[
          { title: '登录名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '所属单位', render: (_: unknown, a: Account) => a.organization.name },
          {
            title: '角色',
            dataIndex: 'roles',
            render: (roles: string[]) =>
              roles.map((r) => (
                <Tag color="blue" key={r}>
                  {label(roleLabels, r)}
                </Tag>
              )),
          },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: string, a: Account) => (
              <Space>
                <Tag color={s === 'ACTIVE' ? 'green' : 'default'}>{label(accountStatusLabels, s)}</Tag>
                {a.lockedUntil && new Date(a.lockedUntil) > new Date() && <Tag color="red">已锁定</Tag>}
              </Space>
            ),
          },
          {
            title: '',
            render: (_: unknown, a: Account) => (
              <Space>
                <Button size="small" onClick={() => setEditing(a)}>
                  修改
                </Button>
                <Button size="small" onClick={() => setResetting(a)}>
                  重置密码
                </Button>
              </Space>
            ),
          },
        ]}
      />

      {creating && (
        <FormModal<CreateAccountInput>
          id="account-create"
          title="新建账号"
          okText="创建"
          submit={(input) => create({ input })}
          onClose={() => setCreating(false)}
          onDone={saved('账号已创建', () => setCreating(false))}
        >
          <Form.Item name="username" label="登录名" rules={[{ required: true }]}>
            <Input maxLength={TextLimit.SHORT_CODE} />
          </Form.Item>
          <Form.Item name="displayName" label="姓名" rules={[{ required: true }]}>
            <Input maxLength={TextLimit.NAME} />
          </Form.Item>
          <Form.Item name="organizationId" label="所属单位" rules={[{ required: true }]}>
            <OrganizationPicker />
          </Form.Item>
          <Form.Item name="roles" label="角色" rules={[{ required: true }]}>
            <Select mode="multiple" options={optionsOf(roleLabels)} />
          </Form.Item>
          <Form.Item name="password" label="初始密码" extra="至少 8 位,含字母和数字;首次登录须修改" rules={[{ required: true }]}>
            <Input.Password maxLength={TextLimit.SECRET} />
          </Form.Item>
        </FormModal>
      )}

      {editing && (
        <FormModal<{ displayName: string; organizationId: string; roles: Role[]; status: 'ACTIVE' | 'DISABLED' }>
          id="account-edit"
          title={`修改账号 ${editing.username}`}
          okText="保存"
          initialValues={{
            displayName: editing.displayName,
            organizationId: editing.organization.id,
            roles: editing.roles,
            status: editing.status,
          }}
          submit={(values) => update({ input: { id: editing.id, version: editing.version, ...values } })}
          onClose={() => setEditing(null)}
          onDone={saved('已保存', () => setEditing(null))}
        >
          <Form.Item name="displayName" label="姓名" rules={[{ required: true }]}>
            <Input maxLength={TextLimit.NAME} />
          </Form.Item>
          <Form.Item name="organizationId" label="所属单位" rules={[{ required: true }]}>
            <OrganizationPicker />
          </Form.Item>
          <Form.Item name="roles" label="角色" rules={[{ required: true }]}>
            <Select mode="multiple" options={optionsOf(roleLabels)} />
          </Form.Item>
          <Form.Item name="status" label="状态">
            <Select options={optionsOf(accountStatusLabels)} />
          </Form.Item>
        </FormModal>
      )}

      {resetting && (
        <FormModal<{ password: string }>
          id="account-reset-password"
          title={`重置 ${resetting.username} 的密码`}
          okText="重置"
          submit={({ password }) => reset({ id: resetting.id, password })}
          onClose={() => setResetting(null)}
          onDone={saved('密码已重置,用户下次登录须修改', () => setResetting(null))}
        >
          <Form.Item name="password" label="临时密码" rules={[{ required: true }]}>
            <Input.Password maxLength={TextLimit.SECRET} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
