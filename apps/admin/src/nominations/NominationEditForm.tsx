import { Alert, App, Button, Form, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorOf } from '../api/client';
import { graphql } from '../gql';
import { NominationTextFields } from './NominationTextFields';
import { useLocalDraft } from './useLocalDraft';

const UpdateDocument = graphql(`
  mutation UpdateNomination($input: UpdateNominationInput!) {
    updateNomination(input: $input) { id version deeds contactName contactPhone }
  }
`);

interface Values {
  deeds: string;
  contactName?: string | null;
  contactPhone?: string | null;
}

export interface EditableNomination {
  id: string;
  version: number;
  deeds: string;
  contactName?: string | null;
  contactPhone?: string | null;
}

/**
 * Edits a draft or returned nomination. What is typed is kept in the browser until saved; the save
 * carries the version the typing started from, so someone else's edit in between is shown as a
 * conflict to resolve, never overwritten.
 */
export function NominationEditForm(props: {
  nomination: EditableNomination;
  /** Reloads the nomination (after a conflict, to show what the other person saved). */
  reload: () => void;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { nomination } = props;
  const [form] = Form.useForm<Values>();
  const draft = useLocalDraft<Values>(`nomination:${nomination.id}`, form, nomination.version);
  const [, update] = useMutation(UpdateDocument);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const { message } = App.useApp();

  async function save() {
    const values = await form.validateFields();
    setSaving(true);
    setError(null);
    const result = await update({
      input: {
        id: nomination.id,
        version: draft.baseVersion() ?? nomination.version,
        deeds: values.deeds,
        contactName: values.contactName?.trim() || null,
        contactPhone: values.contactPhone?.trim() || null,
      },
    });
    setSaving(false);
    const failure = errorOf(result.error);
    if (failure?.code === 'STALE_VERSION') {
      setConflict(true);
      props.reload();
      return;
    }
    if (failure || !result.data) return setError(failure?.message ?? '保存失败');
    draft.clear();
    setConflict(false);
    message.success('已保存修改');
    props.onSaved();
  }

  return (
    <div data-testid="nomination-edit">
      {draft.restored && !conflict && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`已恢复 ${dayjs(draft.restored.savedAt).format('MM-DD HH:mm')} 未保存的修改`}
          data-testid="draft-restored"
        />
      )}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="edit-conflict"
          title="该推荐已被他人修改,您的修改尚未保存"
          description={
            <>
              <Typography.Paragraph>
                他人保存的事迹材料如下。请对照后决定:以最新版本为基础保存您的内容,或放弃您的修改。
              </Typography.Paragraph>
              <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 6, expandable: true }}>
                {nomination.deeds}
              </Typography.Paragraph>
              <Space>
                <Button
                  size="small"
                  onClick={() => {
                    draft.rebase(nomination.version);
                    setConflict(false);
                  }}
                >
                  保留我的内容,稍后保存
                </Button>
                <Button
                  size="small"
                  danger
                  onClick={() => {
                    draft.clear();
                    form.setFieldsValue({
                      deeds: nomination.deeds,
                      contactName: nomination.contactName,
                      contactPhone: nomination.contactPhone,
                    });
                    draft.rebase(nomination.version);
                    setConflict(false);
                  }}
                >
                  放弃我的修改
                </Button>
              </Space>
            </>
          }
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="form-error" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ deeds: nomination.deeds, contactName: nomination.contactName, contactPhone: nomination.contactPhone }}
        onValuesChange={draft.onValuesChange}
      >
        <NominationTextFields />
        <Space>
          <Button type="primary" loading={saving} disabled={conflict} onClick={save}>
            保存修改
          </Button>
          <Button
            onClick={() => {
              draft.clear();
              props.onCancel();
            }}
          >
            放弃修改
          </Button>
        </Space>
      </Form>
    </div>
  );
}
