import { Alert, Form, Input } from 'antd';
import { TextLimit } from '@ronghe/types';
import { useMutation } from 'urql';
import { FormModal } from '../common/FormModal';
import { graphql } from '../gql';
import { saveSession } from './session';

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { id } }
`);

/** After an admin reset the user must choose a new password before going on; then signs in again. */
export function ChangePasswordModal({ open }: { open: boolean }) {
  const [, change] = useMutation(ChangePasswordDocument);
  if (!open) return null;
  return (
    <FormModal<{ oldPassword: string; newPassword: string }>
      id="change-password"
      title="请修改初始密码"
      okText="修改密码"
      width={520}
      submit={change}
      onDone={() => saveSession(null)}
    >
      <Alert type="info" showIcon title="管理员为您设置了临时密码,请先修改密码。修改后请重新登录。" style={{ marginBottom: 16 }} />
      <Form.Item name="oldPassword" label="当前密码" rules={[{ required: true }]}>
        <Input.Password maxLength={TextLimit.SECRET} />
      </Form.Item>
      <Form.Item name="newPassword" label="新密码" extra="至少 8 位,含字母和数字" rules={[{ required: true }]}>
        <Input.Password maxLength={TextLimit.SECRET} />
      </Form.Item>
    </FormModal>
  );
}
