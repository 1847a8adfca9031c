import { UploadOutlined } from '@ant-design/icons';
import { nominationStatusLabels, typicalCategoryLabels } from '@ronghe/types';
import { App, Button, Descriptions, Drawer, List, Timeline, Typography, Upload } from 'antd';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { useAccess } from '../auth/access';
import { label } from '../common/labels';
import { graphql } from '../gql';
import { PersonName } from '../common/PersonName';

const DetailDocument = graphql(`
  query NominationDetail($id: ID!) {
    nomination(id: $id) {
      id category status statusReason deeds contactName contactPhone flags position submittedAt
      cycle { year }
      nominator { name }
      nominee { __typename ... on Organization { name } ... on Person { name idNumber } }
      attachments { id fileName size uploadedAt }
      history { toStatus fromStatus actorUsername reason occurredAt }
    }
  }
`);
const AttachDocument = graphql(`
  mutation AddAttachment($nominationId: ID!, $fileName: String!, $mimeType: String!, $contentBase64: String!) {
    addNominationAttachment(nominationId: $nominationId, fileName: $fileName, mimeType: $mimeType, contentBase64: $contentBase64) { id }
  }
`);

const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** One nomination: its deeds, attachments and every step it went through. */
export function NominationDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const [{ data }, refetch] = useQuery({ query: DetailDocument, variables: { id: id ?? '' }, pause: !id, requestPolicy: 'network-only' });
  const [, attach] = useMutation(AttachDocument);
  const { message } = App.useApp();
  const n = data?.nomination;
  const editable = useAccess().can('nominations.submit') && n && (n.status === 'DRAFT' || n.status === 'RETURNED');
  return (
    <Drawer open={!!id} width={640} title={n ? `${n.nominee.name} · ${label(typicalCategoryLabels, n.category)}` : ''} onClose={onClose}>
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
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{n.deeds}</Typography.Paragraph>
          <Typography.Title level={5}>附件</Typography.Title>
          <List
            size="small"
            dataSource={n.attachments}
            locale={{ emptyText: '无附件' }}
            renderItem={(a) => (
              <List.Item>
                {a.fileName}({Math.ceil(a.size / 1024)} KB)
              </List.Item>
            )}
          />
          {editable && (
            <Upload
              showUploadList={false}
              beforeUpload={async (file) => {
                const result = await attach({
                  nominationId: n.id,
                  fileName: file.name,
                  mimeType: file.type,
                  contentBase64: await readBase64(file),
                });
                if (result.error) message.error(errorOf(result.error)?.message);
                else refetch({ requestPolicy: 'network-only' });
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} style={{ marginTop: 8 }}>
                添加附件(不超过 5 MB)
              </Button>
            </Upload>
          )}
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
