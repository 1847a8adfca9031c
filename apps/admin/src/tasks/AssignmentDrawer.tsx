import { assignmentRoleLabels, assignmentStatusLabels, reportStatusLabels } from '@ronghe/types';
import { App, Button, Descriptions, Drawer, List, Progress, Space, Tag, Typography } from 'antd';
import { useClient, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { downloadBase64 } from '../common/download';
import { label } from '../common/labels';
import { graphql } from '../gql';
import { EvidenceFileDocument, periodLabel, REPORT_STATUS_COLOR, STATUS_COLOR } from './documents';
import { PersonName } from '../common/PersonName';

const AssignmentDetailDocument = graphql(`
  query AssignmentDetail($id: ID!) {
    assignment(id: $id) {
      id role status deadline
      organization { id name }
      task { id code title requirement document { documentNumber } }
      indicatorProgress { value checkedItems met progress falling previousValue
        indicator { id name kind target unitOfMeasure checklistItems } }
      reports(first: 50) {
        nodes { id period status summary declaresComplete returnReason submittedAt submittedBy reviewedAt reviewedBy
          values { indicatorId value checkedItems }
          evidence { id fileName size } }
      }
    }
  }
`);

/** Downloads an evidence file through the API (the caller's unit or the office only). */
export function EvidenceLink({ file }: { file: { id: string; fileName: string; size?: number } }) {
  const client = useClient();
  const { message } = App.useApp();
  return (
    <Button
      type="link"
      size="small"
      style={{ paddingInline: 0 }}
      onClick={async () => {
        const result = await client.query(EvidenceFileDocument, { id: file.id }, { requestPolicy: 'network-only' }).toPromise();
        if (result.data) downloadBase64(result.data.evidenceFile);
        else message.error(errorOf(result.error)?.message);
      }}
    >
      {file.fileName}
      {file.size != null && `(${Math.max(1, Math.ceil(file.size / 1024))} KB)`}
    </Button>
  );
}

/** One assignment: how far each indicator is, and every report with its evidence. */
export function AssignmentDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const [{ data }] = useQuery({ query: AssignmentDetailDocument, variables: { id: id ?? '' }, pause: !id, requestPolicy: 'network-only' });
  const a = data?.assignment;
  const names = new Map(a?.indicatorProgress.map((p) => [p.indicator.id, p.indicator]) ?? []);
  return (
    <Drawer open={!!id} size={680} title={a ? `(${a.task.code})${a.task.title}` : ''} onClose={onClose}>
      {a && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="文件">{a.task.document.documentNumber}</Descriptions.Item>
            <Descriptions.Item label="责任单位">
              {a.organization.name}({label(assignmentRoleLabels, a.role)})
            </Descriptions.Item>
            <Descriptions.Item label="完成期限">{a.deadline ?? '未设定'}</Descriptions.Item>
            <Descriptions.Item label="督导状态">
              <Tag color={STATUS_COLOR[a.status]}>{label(assignmentStatusLabels, a.status)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="工作要求">
              <span style={{ whiteSpace: 'pre-wrap' }}>{a.task.requirement}</span>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            指标完成情况
          </Typography.Title>
          <List
            size="small"
            dataSource={a.indicatorProgress}
            locale={{ emptyText: '该任务没有指标' }}
            renderItem={(p) => (
              <List.Item>
                <div style={{ width: '100%' }}>
                  <Space>
                    {p.indicator.name}
                    {p.met ? <Tag color="success">已达标</Tag> : <Tag>未达标</Tag>}
                    {p.falling && <Tag color="error">较上期下降</Tag>}
                  </Space>
                  <div>
                    <Typography.Text type="secondary">
                      {p.indicator.kind === 'CHECKLIST'
                        ? `已落实:${p.checkedItems.join('、') || '无'}(共 ${p.indicator.checklistItems.length} 项)`
                        : `最近填报 ${p.value ?? '—'}${p.indicator.unitOfMeasure},目标 ${p.indicator.target ?? '—'}${p.indicator.unitOfMeasure}`}
                    </Typography.Text>
                  </div>
                  <Progress percent={Math.round(p.progress * 100)} size="small" status={p.met ? 'success' : 'normal'} />
                </div>
              </List.Item>
            )}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            进展报告
          </Typography.Title>
          <List
            dataSource={a.reports.nodes}
            locale={{ emptyText: '尚未报告' }}
            renderItem={(r) => (
              <List.Item>
                <div style={{ width: '100%' }}>
                  <Space wrap>
                    <Typography.Text strong>{periodLabel(r.period)}</Typography.Text>
                    <Tag color={REPORT_STATUS_COLOR[r.status]}>{label(reportStatusLabels, r.status)}</Tag>
                    {r.declaresComplete && <Tag color="blue">报告已全部完成</Tag>}
                    <Typography.Text type="secondary">提交:</Typography.Text>
                    <PersonName username={r.submittedBy} at={r.submittedAt} />
                    {r.reviewedAt && <Typography.Text type="secondary">审核:</Typography.Text>}
                    {r.reviewedAt && <PersonName username={r.reviewedBy} at={r.reviewedAt} />}
                  </Space>
                  {r.returnReason && (
                    <div>
                      <Typography.Text type="warning">
                        {r.status === 'RETURNED' ? '退回理由' : '上次退回理由'}:{r.returnReason}
                      </Typography.Text>
                    </div>
                  )}
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{r.summary}</Typography.Paragraph>
                  {r.values.map((v) => {
                    const i = names.get(v.indicatorId);
                    return (
                      <div key={v.indicatorId}>
                        <Typography.Text type="secondary">
                          {i?.name ?? '指标'}:
                          {i?.kind === 'CHECKLIST' ? v.checkedItems.join('、') || '无' : `${v.value ?? '—'}${i?.unitOfMeasure ?? ''}`}
                        </Typography.Text>
                      </div>
                    );
                  })}
                  {r.evidence.length > 0 && (
                    <Space wrap>
                      佐证材料:
                      {r.evidence.map((e) => (
                        <EvidenceLink key={e.id} file={e} />
                      ))}
                    </Space>
                  )}
                </div>
              </List.Item>
            )}
          />
        </>
      )}
    </Drawer>
  );
}
