import { nominationCycleStatusLabels, organizationKindLabels, TextLimit, typicalCategoryLabels } from '@ronghe/types';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from "antd";
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { useFeedback } from '../common/useFeedback';
import { label, optionsOf } from '../common/labels';
import { graphql } from '../gql';
import type { NominationCyclesQuery, NominationCycleStatus, TypicalCategory } from '../gql/graphql';
import { OrganizationPicker } from '../organizations/OrganizationPicker';
import { CyclesDocument } from './documents';
import { QuotaOverview } from './QuotaOverview';

type Cycle = NominationCyclesQuery['nominationCycles']['nodes'][number];

const CreateDocument = graphql(`mutation CreateCycle($input: CreateCycleInput!) { createNominationCycle(input: $input) { id } }`);
const UpdateDocument = graphql(`mutation UpdateCycle($input: UpdateCycleInput!) { updateNominationCycle(input: $input) { id } }`);
const AdvanceDocument = graphql(`mutation AdvanceCycle($id: ID!, $version: Int!, $to: NominationCycleStatus!) { advanceNominationCycle(id: $id, version: $version, to: $to) { id status } }`);
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
  const [{ data, error }, refetch] = useQuery({ query: CyclesDocument });
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
  const window = (c: Cycle) => `${dayjs(c.opensAt).format('YYYY-MM-DD HH:mm')} 至 ${dayjs(c.closesAt).format('YYYY-MM-DD HH:mm')}`;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title="评选年度" extra={<Button type="primary" onClick={() => setDialog({ kind: 'create' })}>新建年度</Button>}>
        {error && <Alert type="error" showIcon message={errorOf(error)?.message} />}
        <Table
          rowKey="id"
          pagination={false}
          dataSource={data?.nominationCycles.nodes ?? []}
          expandable={{ expandedRowRender: (c: Cycle) => <QuotaOverview cycleId={c.id} /> }}
          columns={[
            { title: '年度', dataIndex: 'year' },
            { title: '状态', dataIndex: 'status', render: (s: string) => <Tag color={s === 'OPEN' ? 'green' : 'default'}>{label(nominationCycleStatusLabels, s)}</Tag> },
            { title: '申报时间', render: (_: unknown, c: Cycle) => window(c) },
            { title: '默认名额', dataIndex: 'defaultQuota' },
            { title: '开放类别', render: (_: unknown, c: Cycle) => `${c.openCategories.length} 类` },
            { title: '延期', render: (_: unknown, c: Cycle) => c.extensions.length || '—' },
            {
              title: '',
              render: (_: unknown, c: Cycle) => (
                <Space wrap>
                  {NEXT[c.status] && (
                    <Button size="small" type="primary" onClick={async () => done(await advance({ id: c.id, version: c.version, to: NEXT[c.status]![0] }), '已更新')}>
                      {NEXT[c.status]![1]}
                    </Button>
                  )}
                  {!c.frozenAt && <Button size="small" onClick={() => setDialog({ kind: 'settings', cycle: c })}>设置</Button>}
                  {!c.frozenAt && <Button size="small" onClick={() => setDialog({ kind: 'quota', cycle: c })}>设定名额</Button>}
                  {c.status === 'OPEN' && <Button size="small" onClick={() => setDialog({ kind: 'extension', cycle: c })}>准予延期</Button>}
                </Space>
              ),
            },
          ]}
        />
      </Card>

      <Modal open={dialog?.kind === 'create'} title="新建评选年度" footer={null} destroyOnHidden onCancel={() => setDialog(null)}>
        <Form layout="vertical" initialValues={{ year: dayjs().year() + 1, copyPreviousSettings: true }}
          onFinish={async (v: { year: number; window?: [Dayjs, Dayjs]; copyPreviousSettings: boolean }) =>
            done(await create({ input: { year: v.year, copyPreviousSettings: v.copyPreviousSettings, opensAt: v.window?.[0].toISOString(), closesAt: v.window?.[1].toISOString() } }), '已新建')}>
          <Form.Item name="year" label="年度" rules={[{ required: true }]}><InputNumber min={2014} max={2100} /></Form.Item>
          <Form.Item name="window" label="申报时间" extra="不填则为当年 7 月 1 日至 7 月 31 日"><DatePicker.RangePicker showTime /></Form.Item>
          <Form.Item name="copyPreviousSettings" label="沿用上一年度设置"><Select options={[{ value: true, label: '是' }, { value: false, label: '否' }]} /></Form.Item>
          <Button type="primary" htmlType="submit">新建</Button>
        </Form>
      </Modal>

      <Modal open={dialog?.kind === 'settings'} title="年度设置" footer={null} destroyOnHidden onCancel={() => setDialog(null)} width={640}>
        {dialog?.kind === 'settings' && (
          <Form layout="vertical"
            initialValues={{ ...dialog.cycle, window: [dayjs(dialog.cycle.opensAt), dayjs(dialog.cycle.closesAt)] }}
            onFinish={async (v: { window: [Dayjs, Dayjs]; openCategories: TypicalCategory[]; nominatorKinds: Cycle['nominatorKinds']; defaultQuota: number; honourLookbackYears: number }) =>
              done(await update({ input: { id: dialog.cycle.id, version: dialog.cycle.version, opensAt: v.window[0].toISOString(), closesAt: v.window[1].toISOString(), openCategories: v.openCategories, nominatorKinds: v.nominatorKinds, defaultQuota: v.defaultQuota, honourLookbackYears: v.honourLookbackYears } }), '已保存')}>
            <Form.Item name="window" label="申报时间" rules={[{ required: true }]}><DatePicker.RangePicker showTime /></Form.Item>
            <Form.Item name="openCategories" label="开放类别"><Select mode="multiple" options={optionsOf(typicalCategoryLabels)} /></Form.Item>
            <Form.Item name="nominatorKinds" label="推荐单位类型"><Select mode="multiple" options={optionsOf(organizationKindLabels)} /></Form.Item>
            <Form.Item name="defaultQuota" label="每单位每类别默认名额"><InputNumber min={0} /></Form.Item>
            <Form.Item name="honourLookbackYears" label="预审:近几年内已获同类表彰的提示"><InputNumber min={0} /></Form.Item>
            <Button type="primary" htmlType="submit">保存</Button>
          </Form>
        )}
      </Modal>

      <Modal open={dialog?.kind === 'quota'} title="设定名额" footer={null} destroyOnHidden onCancel={() => setDialog(null)}>
        {dialog?.kind === 'quota' && (
          <Form layout="vertical" onFinish={async (v: { organizationId: string; category: TypicalCategory; quota: number }) => done(await setQuota({ input: { cycleId: dialog.cycle.id, ...v } }), '名额已设定')}>
            <Form.Item name="organizationId" label="推荐单位" rules={[{ required: true }]}><OrganizationPicker /></Form.Item>
            <Form.Item name="category" label="类别" rules={[{ required: true }]}><Select options={optionsOf(typicalCategoryLabels)} /></Form.Item>
            <Form.Item name="quota" label="名额" rules={[{ required: true }]}><InputNumber min={0} /></Form.Item>
            <Button type="primary" htmlType="submit">保存</Button>
          </Form>
        )}
      </Modal>

      <Modal open={dialog?.kind === 'extension'} title="准予延期申报" footer={null} destroyOnHidden onCancel={() => setDialog(null)}>
        {dialog?.kind === 'extension' && (
          <Form layout="vertical" onFinish={async (v: { organizationId: string; until: Dayjs; reason: string }) => done(await grant({ input: { cycleId: dialog.cycle.id, organizationId: v.organizationId, until: v.until.toISOString(), reason: v.reason } }), '已准予延期')}>
            <Form.Item name="organizationId" label="单位" rules={[{ required: true }]}><OrganizationPicker /></Form.Item>
            <Form.Item name="until" label="延期至" rules={[{ required: true }]}><DatePicker showTime /></Form.Item>
            <Form.Item name="reason" label="理由" rules={[{ required: true }]}><Input.TextArea rows={2} maxLength={TextLimit.REASON} showCount /></Form.Item>
            <Button type="primary" htmlType="submit">确定</Button>
          </Form>
        )}
      </Modal>
    </Space>
  );
}
