import { taskAreaLabels } from '@ronghe/types';
import { Alert, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { optionsOf } from '../common/labels';
import { graphql } from '../gql';
import type { PlanDraftQuery, TaskArea } from '../gql/graphql';

const PlanDraftDocument = graphql(`
  query PlanDraft($documentId: ID!) {
    planDraft(documentId: $documentId) {
      existingTasks unresolvedUnits
      tasks { code title area responsibleUnits units { listedAs name } }
    }
  }
`);
const CreatePlanTasksDocument = graphql(`
  mutation CreatePlanTasks($documentId: ID!, $areas: [PlanAreaInput!]) {
    createPlanTasks(documentId: $documentId, areas: $areas) { id code }
  }
`);

type DraftTask = PlanDraftQuery['planDraft']['tasks'][number];

/**
 * 按全文建立任务: the office reads the plan's main tasks and their responsible units out of the
 * registered document, checks them against the registry, and creates them in one step.
 */
export function PlanFromDocument(props: { documentId: string; onClose: () => void; onDone: (created: number) => void }) {
  const [{ data, fetching, error }] = useQuery({
    query: PlanDraftDocument,
    variables: { documentId: props.documentId },
    requestPolicy: 'network-only',
  });
  const [, create] = useMutation(CreatePlanTasksDocument);
  const [areas, setAreas] = useState<Record<string, TaskArea>>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const draft = data?.planDraft;
  const areaOf = (t: DraftTask) => areas[t.code] ?? t.area ?? undefined;
  const ready =
    !!draft &&
    draft.tasks.length > 0 &&
    draft.unresolvedUnits.length === 0 &&
    draft.existingTasks === 0 &&
    draft.tasks.every((t) => areaOf(t));

  async function submit() {
    setFailure(null);
    setSaving(true);
    const result = await create({ documentId: props.documentId, areas: Object.entries(areas).map(([code, area]) => ({ code, area })) });
    setSaving(false);
    if (result.error || !result.data) setFailure(errorOf(result.error)?.message ?? '建立失败');
    else props.onDone(result.data.createPlanTasks.length);
  }

  // A township listed as 各乡镇、街道办事处 is shown under that heading, once.
  const unitTags = (t: DraftTask) => {
    const named = t.units.filter((u) => u.listedAs !== '各乡镇、街道办事处');
    const townships = t.units.filter((u) => u.listedAs === '各乡镇、街道办事处');
    return (
      <span data-testid={`draft-units-${t.code}`}>
        {townships.length > 0 && (
          <Tag color="blue" title={townships.map((u) => u.name).join('、')}>
            各乡镇、街道办事处（{townships.length} 个）
          </Tag>
        )}
        {named.map((u) => (
          <Tag key={u.listedAs} color={u.name ? undefined : 'red'}>
            {u.name ?? `${u.listedAs}（名录中未找到）`}
          </Tag>
        ))}
      </span>
    );
  };

  return (
    <Modal
      open
      width={1000}
      title="按文件全文建立主要任务"
      okText="建立任务"
      cancelText="取消"
      okButtonProps={{ disabled: !ready, loading: saving }}
      onOk={submit}
      onCancel={props.onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        从全文「二、主要任务」中读出各项任务及其责任单位,并与单位名录核对。建立后由活动办公室指定牵头单位、设定期限。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={errorOf(error)?.message} />}
      {draft && draft.existingTasks > 0 && (
        <Alert type="info" showIcon title={`该文件已建立 ${draft.existingTasks} 项主要任务`} style={{ marginBottom: 12 }} />
      )}
      {draft && draft.tasks.length === 0 && (
        <Alert
          type="warning"
          showIcon
          title="未能从全文中读出主要任务"
          description="全文应有「二、主要任务」一节,各任务以(一)(二)…开头,并以(责任单位:…)结尾。"
        />
      )}
      {draft && draft.unresolvedUnits.length > 0 && (
        <Alert
          data-testid="unresolved-units"
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={`单位名录中找不到:${draft.unresolvedUnits.join('、')}`}
          description="请先在单位名录中登记这些单位,或更正文件中的名称。"
        />
      )}
      {draft && draft.tasks.length > 0 && (
        <Table
          rowKey="code"
          size="small"
          loading={fetching}
          pagination={false}
          dataSource={draft.tasks}
          onRow={(t) => ({ 'data-draft-code': t.code }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: '序号', dataIndex: 'code', width: 60 },
            { title: '任务', dataIndex: 'title', width: 300 },
            {
              title: '领域',
              width: 170,
              render: (_: unknown, t) => (
                <Select<TaskArea>
                  aria-label={`任务(${t.code})的领域`}
                  style={{ width: 150 }}
                  placeholder="请选择"
                  value={areaOf(t)}
                  options={optionsOf(taskAreaLabels)}
                  onChange={(area) => setAreas((current) => ({ ...current, [t.code]: area }))}
                />
              ),
            },
            { title: '责任单位', render: (_: unknown, t) => unitTags(t) },
          ]}
        />
      )}
      {failure && <Alert data-testid="form-error" type="error" showIcon title={failure} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
