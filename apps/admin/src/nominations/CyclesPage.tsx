import { beijingMinute, nominationCycleStatusLabels, organizationKindLabels, typicalCategoryLabels, TextLimit } from '@ronghe/types';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { useAccess } from '../auth/access';
import { FormModal } from '../common/FormModal';
import { useFeedback, useSaved } from '../common/useFeedback';
import { label, optionsOf } from '../common/labels';
import { graphql } from '../gql';
import type { NominationCyclesQuery, NominationCycleStatus, TypicalCategory } from '../gql/graphql';
import { OrganizationPicker } from '../organizations/OrganizationPicker';
import { CyclesDocument } from './documents';
import { QuotaOverview } from './QuotaOverview';

type Cycle = NominationCyclesQuery['nominationCycles']['nodes'][number];

const CreateDocument = graphql(`mutation CreateCycle($input: CreateCycleInput!) { createNominationCycle(input: $input) { id } }`);
const UpdateDocument = graphql(`mutation UpdateCycle($input: UpdateCycleInput!) { updateNominationCycle(input: $input) { id } }`);
const AdvanceDocument = graphql(
  `mutation AdvanceCycle($id: ID!, $version: Int!, $to: NominationCycleStatus!) { advanceNominationCycle(id: $id, version: $version, to: $to) { id status } }`,
);
const QuotaDocument = graphql(`mutation SetQuota($input: QuotaInput!) { setNominationQuota(input: $input) { quota } }`);
const ExtensionDocument = graphql(`mutation GrantExtension($input: ExtensionInput!) { grantNominationExtension(input: $input) { id } }`);

const NEXT: Partial<Record<string, [NominationCycleStatus, string]>> = {
  DRAFT: ['OPEN', '开始申报'],
  OPEN: ['CLOSED', '截止并冻结'],
  CLOSED: ['IN_REVIEW', '进入评审'],
  IN_REVIEW: ['FINISHED', '结束'],
};

/** 评选年度设置: the yearly call, its window, categories, nominating units, quotas and extensions. */
export function CyclesPage() {
  const manage = useAccess().can('nominations.manage');
  const [{ data, fetching, error }, refetch] = useQuery({ query: CyclesDocument });
  const [, create] = useMutation(CreateDocument);
  const [, update] = useMutation(UpdateDocument);
  const [, advance] = useMutation(AdvanceDocument);
  const [, setQuota] = useMutation(QuotaDocument);
  const [, grant] = useMutation(ExtensionDocument);
  const [dialog, setDialog] = useState<null | { kind: 'create' } | { kind: 'settings' | 'quota' | 'extension'; cycle: Cycle }>(null);
  const done = useFeedback(() => {
    setDialog(null);
    refetch({ requestPolicy: 'network-only' });
  });
  const saved = useSaved(() => refetch({ requestPolicy: 'network-only' }));
  const close = () => setDialog(null);
  // The window in Beijing time, whatever the browser's zone (1 July 00:00, not 30 June 16:00).
  const window = (c: Cycle) => `${beijingMinute(new Date(c.opensAt))} 至 ${beijingMinute(new Date(c.closesAt))}`;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title="评选年度"
        extra={
          manage && (
            <Button type="primary" onClick={() => setDialog({ kind: 'create' })}>
              新建年度
            </Button>
          )
        }
      >
        {error && <Alert type="error" showIcon message={errorOf(error)?.message} />}
        <Table
          rowKey="id"
          loading={fetching && !data}
          pagination={false}
          dataSource={data?.nominationCycles.nodes ?? []}
          expandable={{ expandedRowRender: (c: Cycle) => <QuotaOverview cycleId={c.id} /> }}
          columns={[
            { title: '年度', dataIndex: 'year' },
            {
              title: '状态',
              dataIndex: 'status',
              render: (s: string) => <Tag color={s === 'OPEN' ? 'green' : 'default'}>{label(nominationCycleStatusLabels, s)}</Tag>,
            },
            { title: '申报时间', render: (_: unknown, c: Cycle) => window(c) },
            { title: '默认名额', dataIndex: 'defaultQuota' },
            { title: '开放类别', render: (_: unknown, c: Cycle) => `${c.openCategories.length} 类` },
            { title: '延期', render: (_: unknown, c: Cycle) => c.extensions.length || '—' },
            {
              title: '',
              hidden: !manage,
              render: (_: unknown, c: Cycle) => (
                <Space wrap>
                  {NEXT[c.status] && (
                    <Button
                      size="small"
                      type="primary"
                      onClick={async () => done(await advance({ id: c.id, version: c.version, to: NEXT[c.status]![0] }), '已更新')}
                    >
                      {NEXT[c.status]![1]}
                    </Button>
                  )}
                  {!c.frozenAt && (
                    <Button size="small" onClick={() => setDialog({ kind: 'settings', cycle: c })}>
                      设置
                    </Button>
                  )}
                  {!c.frozenAt && (
                    <Button size="small" onClick={() => setDialog({ kind: 'quota', cycle: c })}>
                      设定名额
                    </Button>
                  )}
                  {c.status === 'OPEN' && (
                    <Button size="small" onClick={() => setDialog({ kind: 'extension', cycle: c })}>
                      准予延期
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>

      {dialog?.kind === 'create' && (
        <FormModal<{ year: number; window?: [Dayjs, Dayjs]; copyPreviousSettings: boolean }>
          id="cycle-create"
          title="新建评选年度"
          okText="新建"
          initialValues={{ year: dayjs().year() + 1, copyPreviousSettings: true }}
          submit={(v) =>
            create({
              input: {
                year: v.year,
                copyPreviousSettings: v.copyPreviousSettings,
                opensAt: v.window?.[0].toISOString(),
                closesAt: v.window?.[1].toISOString(),
              },
            })
          }
          onClose={() => setDialog(null)}
          onDone={saved('已新建', close)}
        >
          <Form.Item name="year" label="年度" rules={[{ required: true }]}>
            <InputNumber min={2014} max={2100} />
          </Form.Item>
          <Form.Item name="window" label="申报时间" extra="不填则为当年 7 月 1 日至 7 月 31 日">
            <DatePicker.RangePicker showTime />
          </Form.Item>
          <Form.Item name="copyPreviousSettings" label="沿用上一年度设置">
            <Select
              options={[
                { value: true, label: '是' },
                { value: false, label: '否' },
              ]}
            />
          </Form.Item>
        </FormModal>
      )}

      {dialog?.kind === 'settings' && (
        <FormModal<{
          window: [Dayjs, Dayjs];
          openCategories: TypicalCategory[];
          nominatorKinds: Cycle['nominatorKinds'];
          defaultQuota: number;
          honourLookbackYears: number;
        }>
          id="cycle-settings"
          title="年度设置"
          okText="保存"
          initialValues={{ ...dialog.cycle, window: [dayjs(dialog.cycle.opensAt), dayjs(dialog.cycle.closesAt)] }}
          submit={(v) =>
            update({
              input: {
                id: dialog.cycle.id,
                version: dialog.cycle.version,
                opensAt: v.window[0].toISOString(),
                closesAt: v.window[1].toISOString(),
                openCategories: v.openCategories,
                nominatorKinds: v.nominatorKinds,
                defaultQuota: v.defaultQuota,
                honourLookbackYears: v.honourLookbackYears,
              },
            })
          }
          onClose={() => setDialog(null)}
          onDone={saved('已保存', close)}
        >
          <Form.Item name="window" label="申报时间" rules={[{ required: true }]}>
            <DatePicker.RangePicker showTime />
          </Form.Item>
          <Form.Item name="openCategories" label="开放类别">
            <Select mode="multiple" options={optionsOf(typicalCategoryLabels)} />
          </Form.Item>
          <Form.Item name="nominatorKinds" label="推荐单位类型">
            <Select mode="multiple" options={optionsOf(organizationKindLabels)} />
          </Form.Item>
          <Form.Item name="defaultQuota" label="每单位每类别默认名额">
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="honourLookbackYears" label="预审:近几年内已获同类表彰的提示">
            <InputNumber min={0} />
          </Form.Item>
        </FormModal>
      )}

      {dialog?.kind === 'quota' && (
        <FormModal<{ organizationId: string; category: TypicalCategory; quota: number }>
          id="cycle-quota"
          title="设定名额"
          okText="保存"
          submit={(v) => setQuota({ input: { cycleId: dialog.cycle.id, ...v } })}
          onClose={() => setDialog(null)}
          onDone={saved('名额已设定', close)}
        >
          <Form.Item name="organizationId" label="推荐单位" rules={[{ required: true }]}>
            <OrganizationPicker />
          </Form.Item>
          <Form.Item name="category" label="类别" rules={[{ required: true }]}>
            <Select options={optionsOf(typicalCategoryLabels)} />
          </Form.Item>
          <Form.Item name="quota" label="名额" rules={[{ required: true }]}>
            <InputNumber min={0} />
          </Form.Item>
        </FormModal>
      )}

      {dialog?.kind === 'extension' && (
        <FormModal<{ organizationId: string; until: Dayjs; reason: string }>
          id="cycle-extension"
          title="准予延期申报"
          okText="确定"
          submit={(v) =>
            grant({ input: { cycleId: dialog.cycle.id, organizationId: v.organizationId, until: v.until.toISOString(), reason: v.reason } })
          }
          onClose={() => setDialog(null)}
          onDone={saved('已准予延期', close)}
        >
          <Form.Item name="organizationId" label="单位" rules={[{ required: true }]}>
            <OrganizationPicker />
          </Form.Item>
          <Form.Item name="until" label="延期至" rules={[{ required: true }]}>
            <DatePicker showTime />
          </Form.Item>
          <Form.Item name="reason" label="理由" rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={TextLimit.REASON} showCount />
          </Form.Item>
        </FormModal>
      )}
    </Space>
  );
}
