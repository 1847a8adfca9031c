import { TextLimit } from '@ronghe/types';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorOf } from '../api/client';
import { graphql } from '../gql';
import { saveSession } from './session';

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { id } }
`);

/** After an admin reset the user must choose a new password before going on; then signs in again. */
export function ChangePasswordModal({ open }: { open: boolean }) {
  const [{ fetching }, change] = useMutation(ChangePasswordDocument);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal open={open} title="请修改初始密码" closable={false} maskClosable={false} footer={null}>
      <Alert type="info" showIcon message="管理员为您设置了临时密码,请先修改密码。修改后请重新登录。" style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form layout="vertical" onFinish={async (v: { oldPassword: string; newPassword: string }) => {
        const result = await change(v);
        if (result.error) setError(errorOf(result.error)?.message ?? '修改失败');
        else saveSession(null);
      }}>
        <Form.Item name="oldPassword" label="当前密码" rules={[{ required: true }]}><Input.Password maxLength={TextLimit.SECRET} /></Form.Item>
        <Form.Item name="newPassword" label="新密码" extra="至少 8 位,含字母和数字" rules={[{ required: true }]}><Input.Password maxLength={TextLimit.SECRET} /></Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching}>修改密码</Button>
      </Form>
    </Modal>
  );
}
