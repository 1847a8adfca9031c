import { Alert, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import type { CombinedError } from 'urql';
import { errorOf } from '../api/client';

/**
 * A dialog around one form: submits it, keeps it open with the server's message when refused
 * (期限晚于上级任务, 文号已登记 …), and hands `onDone` what the mutation returned when saved.
 * Without `onClose` the dialog cannot be dismissed (a step the user must take first).
 */
export function FormModal<V extends object, R = unknown>(props: {
  id: string;
  title: ReactNode;
  okText: string;
  form?: FormInstance<V>;
  initialValues?: Partial<V>;
  width?: number;
  /** Not ready to submit (e.g. a file still uploading). */
  busy?: boolean;
  submit: (values: V) => Promise<{ error?: CombinedError; data?: R }>;
  onClose?: () => void;
  onDone: (data: R) => void;
  children: ReactNode;
}) {
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <Modal
      open
      width={props.width ?? 640}
      title={props.title}
      okText={props.okText}
      cancelText="取消"
      okButtonProps={{ loading: saving, disabled: props.busy, htmlType: 'submit', form: props.id }}
      cancelButtonProps={props.onClose ? undefined : { style: { display: 'none' } }}
      closable={!!props.onClose}
      keyboard={!!props.onClose}
      onCancel={props.onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <Form<V>
        form={props.form}
        id={props.id}
        name={props.id}
        layout="vertical"
        initialValues={props.initialValues}
        onFinish={async (values) => {
          setFailure(null);
          setSaving(true);
          const result = await props.submit(values);
          setSaving(false);
          if (result.error || result.data === undefined) setFailure(errorOf(result.error)?.message ?? '保存失败');
          else props.onDone(result.data);
        }}
      >
        {props.children}
      </Form>
      {failure && <Alert data-testid="form-error" type="error" showIcon title={failure} />}
    </Modal>
  );
}
