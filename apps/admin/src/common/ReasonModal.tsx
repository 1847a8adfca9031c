import { Form, Input } from 'antd';
import { TextLimit } from '@ronghe/types';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { FormModal } from './FormModal';

/** A step that must say why (退回, 取消资格, 调整名单): one required reason, kept on record. */
export function ReasonModal<R>(props: {
  id: string;
  title: string;
  okText?: string;
  placeholder: string;
  /** What the step is about, shown above the reason. */
  about?: ReactNode;
  submit: (reason: string) => Promise<{ error?: CombinedError; data?: R }>;
  onClose: () => void;
  onDone: (data: R) => void;
}) {
  return (
    <FormModal<{ reason: string }, R>
      id={props.id}
      title={props.title}
      okText={props.okText ?? '确定'}
      width={520}
      submit={({ reason }) => props.submit(reason.trim())}
      onClose={props.onClose}
      onDone={props.onDone}
    >
      {props.about}
      <Form.Item name="reason" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
        <Input.TextArea rows={3} maxLength={TextLimit.REASON} showCount placeholder={props.placeholder} />
      </Form.Item>
    </FormModal>
  );
}
