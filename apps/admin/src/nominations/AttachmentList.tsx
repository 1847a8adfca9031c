import { UploadOutlined } from '@ant-design/icons';
import { App, Button, List, Modal, Popconfirm, Space, Upload } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { downloadBase64 } from '../common/download';
import { graphql } from '../gql';

const AttachmentsDocument = graphql(`
  query NominationAttachments($id: ID!) {
    nomination(id: $id) { id attachments { id fileName mimeType size uploadedAt } }
  }
`);
const FileDocument = graphql(`
  query NominationAttachmentFile($id: ID!) { nominationAttachmentFile(id: $id) { fileName mimeType contentBase64 } }
`);
const AttachDocument = graphql(`
  mutation AddAttachment($nominationId: ID!, $fileName: String!, $mimeType: String!, $contentBase64: String!) {
    addNominationAttachment(nominationId: $nominationId, fileName: $fileName, mimeType: $mimeType, contentBase64: $contentBase64) { id }
  }
`);
const RemoveDocument = graphql(`mutation RemoveAttachment($id: ID!) { removeNominationAttachment(id: $id) { id } }`);

const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** Images and PDF show in the browser; anything else is only downloaded. */
const previewable = (mimeType: string) => mimeType.startsWith('image/') || mimeType === 'application/pdf';

interface Preview {
  fileName: string;
  mimeType: string;
  url: string;
}

/**
 * A nomination's attachments: download and preview for everyone who may read the nomination (its unit,
 * the office, evaluators); with `editable` (a draft or returned nomination, shown to its unit) also upload
 * and delete. Fetches its own data, so any page can mount it with just the nomination's id.
 */
export function AttachmentList({ nominationId, editable = false }: { nominationId: string; editable?: boolean }) {
  const [{ data, fetching }, refetch] = useQuery({ query: AttachmentsDocument, variables: { id: nominationId } });
  const client = useClient();
  const [, attach] = useMutation(AttachDocument);
  const [, remove] = useMutation(RemoveDocument);
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  // The preview's object URL lives as long as the preview.
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview.url) : undefined), [preview]);

  async function fetchFile(id: string) {
    setBusy(id);
    const result = await client.query(FileDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(null);
    if (!result.data) message.error(errorOf(result.error)?.message ?? '下载失败');
    return result.data?.nominationAttachmentFile ?? null;
  }

  async function open(id: string) {
    const file = await fetchFile(id);
    if (!file) return;
    const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
    setPreview({ fileName: file.fileName, mimeType: file.mimeType, url: URL.createObjectURL(new Blob([bytes], { type: file.mimeType })) });
  }

  return (
    <>
      <List
        size="small"
        loading={fetching && !data}
        dataSource={data?.nomination?.attachments ?? []}
        locale={{ emptyText: '无附件' }}
        data-testid="attachment-list"
        renderItem={(a) => (
          <List.Item
            actions={[
              previewable(a.mimeType) && (
                <Button key="preview" size="small" type="link" loading={busy === a.id} onClick={() => open(a.id)}>
                  预览
                </Button>
              ),
              <Button
                key="download"
                size="small"
                type="link"
                onClick={async () => {
                  const file = await fetchFile(a.id);
                  if (file) downloadBase64(file);
                }}
              >
                下载
              </Button>,
              editable && (
                <Popconfirm
                  key="remove"
                  title={`删除附件「${a.fileName}」?`}
                  okText="删除"
                  cancelText="取消"
                  onConfirm={async () => {
                    const result = await remove({ id: a.id });
                    if (result.error) message.error(errorOf(result.error)?.message);
                    else {
                      message.success('附件已删除');
                      reload();
                    }
                  }}
                >
                  <Button size="small" type="link" danger>
                    删除
                  </Button>
                </Popconfirm>
              ),
            ].filter(Boolean)}
          >
            <Space size={4} wrap>
              <span>{a.fileName}</span>
              <span style={{ color: '#888' }}>
                {Math.ceil(a.size / 1024)} KB · {dayjs(a.uploadedAt).format('YYYY-MM-DD HH:mm')}
              </span>
            </Space>
          </List.Item>
        )}
      />
      {editable && (
        <Upload
          showUploadList={false}
          beforeUpload={async (file) => {
            const result = await attach({ nominationId, fileName: file.name, mimeType: file.type, contentBase64: await readBase64(file) });
            if (result.error) message.error(errorOf(result.error)?.message);
            else {
              message.success('附件已上传');
              reload();
            }
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} style={{ marginTop: 8 }}>
            添加附件(不超过 5 MB)
          </Button>
        </Upload>
      )}
      <Modal
        open={!!preview}
        title={preview?.fileName}
        width={900}
        footer={null}
        onCancel={() => setPreview(null)}
        destroyOnHidden
        wrapClassName="attachment-preview"
      >
        {preview?.mimeType === 'application/pdf' && (
          <iframe title={preview.fileName} src={preview.url} style={{ width: '100%', height: '70vh', border: 0 }} />
        )}
        {preview?.mimeType.startsWith('image/') && (
          <img alt={preview.fileName} src={preview.url} style={{ maxWidth: '100%', display: 'block', margin: '0 auto' }} />
        )}
      </Modal>
    </>
  );
}
