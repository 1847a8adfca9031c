import { TextLimit } from '@ronghe/types';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorOf } from '../api/client';
import { graphql } from '../gql';
import { saveSession } from './session';

const LoginDocument = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) { accessToken refreshToken expiresAt }
  }
`);

export function LoginPage() {
  const [{ fetching }, login] = useMutation(LoginDocument);
  const [error, setError] = useState<string | null>(null);

  async function submit(values: { username: string; password: string }) {
    setError(null);
    const result = await login(values);
    const session = result.data?.login;
    if (session) saveSession(session);
    else setError(errorOf(result.error)?.message ?? '登录失败');
  }

  return (
    <div
      style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: 'linear-gradient(135deg, #e6f0ff 0%, #f5f7fa 100%)' }}
    >
      <Card style={{ width: 400 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          融合
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          流动人口社会融合十类典型培育管理系统
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form layout="vertical" onFinish={submit} autoComplete="on">
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoFocus maxLength={TextLimit.SHORT_CODE} />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} maxLength={TextLimit.SECRET} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={fetching}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
