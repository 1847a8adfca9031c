import { nominationStatusLabels, typicalCategoryLabels } from '@ronghe/types';
import { App, Button, Descriptions, Drawer, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { useAccess } from '../auth/access';
import { downloadBase64 } from '../common/download';
import { label } from '../common/labels';
import { graphql } from '../gql';
import { AttachmentList } from './AttachmentList';
import { NominationEditForm } from './NominationEditForm';
import { PersonName } from '../common/PersonName';

const DetailDocument = graphql(`
  query NominationDetail($id: ID!) {
    nomination(id: $id) {
      id category status statusReason deeds contactName contactPhone flags position submittedAt version
      cycle { year }
      nominator { name }
      nominee { __typename ... on Organization { name } ... on Person { name idNumber } }
      history { toStatus fromStatus actorUsername reason occurredAt }
    }
  }
`);
const FormDocument = graphql(`query NominationFormPdf($id: ID!) { nominationForm(id: $id) { fileName mimeType contentBase64 } }`);

/** One nomination: its deeds, attachments and every step it went through. */
export function NominationDrawer(props: {
  id: string | null;
  /** Open with the edit form (kept in the address, so a reload comes back to it). */
  editing?: boolean;
  onEditing?: (editing: boolean) => void;
  onClose: () => void;
  /** After an edit was saved, e.g. to refresh a list. */
  onChanged?: () => void;
}) {
  const { id, onClose } = props;
  const [{ data, fetching }, refetch] = useQuery({
    query: DetailDocument,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const client = useClient();
  const { message } = App.useApp();
  const [printing, setPrinting] = useState(false);
  const [localEditing, setLocalEditing] = useState(false);
  const editing = props.editing ?? localEditing;
  const setEditing = props.onEditing ?? setLocalEditing;
  const access = useAccess();
  const n = data?.nomination?.id === id ? data?.nomination : null;
  // The unit (or the office for it) may change a draft or a returned nomination; the server has the last word.
  const editable = !!n && (n.status === 'DRAFT' || n.status === 'RETURNED') && access.can('nominations.submit');
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function printForm() {
    if (!n) return;
    setPrinting(true);
    const result = await client.query(FormDocument, { id: n.id }, { requestPolicy: 'network-only' }).toPromise();
    setPrinting(false);
    if (result.data) downloadBase64(result.data.nominationForm);
    else message.error(errorOf(result.error)?.message ?? '生成推荐表失败');
  }

  return (
    <Drawer
      open={!!id}
      width={720}
      loading={fetching && !n}
      title={n ? `${n.nominee.name} · ${label(typicalCategoryLabels, n.category)}` : ''}
      onClose={onClose}
      extra={
        n && (
          <Space>
            {editable && !editing && (
              <Button type="primary" onClick={() => setEditing(true)}>
                修改
              </Button>
            )}
            <Button loading={printing} onClick={printForm}>
              下载推荐表
            </Button>
          </Space>
        )
      }
    >
      {n && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="年度">{n.cycle.year}</Descriptions.Item>
            <Descriptions.Item label="推荐单位">
              {n.nominator.name}(第 {n.position} 位)
            </Descriptions.Item>
            <Descriptions.Item label="状态">
              {label(nominationStatusLabels, n.status)}
              {n.statusReason ? `:${n.statusReason}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="联系人">{[n.contactName, n.contactPhone].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
            {n.flags.length > 0 && <Descriptions.Item label="预审提示">{n.flags.join(';')}</Descriptions.Item>}
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            事迹材料
          </Typography.Title>
          {editable && editing ? (
            <NominationEditForm
              key={`edit-${n.id}`}
              nomination={n}
              reload={reload}
              onSaved={() => {
                setEditing(false);
                reload();
                props.onChanged?.();
              }}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{n.deeds}</Typography.Paragraph>
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            附件
          </Typography.Title>
          <AttachmentList key={`files-${n.id}`} nominationId={n.id} editable={editable} />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            办理记录
          </Typography.Title>
          <Timeline
            items={n.history.map((h) => ({
              children: (
                <>
                  <PersonName username={h.actorUsername} at={h.occurredAt} />{' '}
                  {`${h.fromStatus ? `${label(nominationStatusLabels, h.fromStatus)} → ` : ''}${label(nominationStatusLabels, h.toStatus)}${h.reason ? `(${h.reason})` : ''}`}
                </>
              ),
            }))}
          />
        </>
      )}
    </Drawer>
  );
}
