import { beijingMinute, nominationCycleStatusLabels, organizationKindLabels, typicalCategoryLabels, TextLimit } from '@ronghe/types';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Spin, Table, Tag, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { useAccess } from '../auth/access';
import { errorOf } from '../api/client';
import { ConnectionTable, type ConnectionTableHandle } from '../common/ConnectionTable';
import { FormModal } from '../common/FormModal';
import { useFeedback, useSaved } from '../common/useFeedback';
import { label, optionsOf } from '../common/labels';
import { graphql } from '../gql';
import type { HonourInput, HonoursQuery, NominationCyclesQuery, NominationCycleStatus, TypicalCategory } from '../gql/graphql';
import { OrganizationPicker } from '../organizations/OrganizationPicker';
import { CyclesDocument } from './documents';
import { NomineePicker } from './NomineePicker';
import { QuotaOverview } from './QuotaOverview';

type Cycle = NominationCyclesQuery['nominationCycles']['nodes'][number];
type Outcome = { error?: CombinedError; data?: unknown };
type HonourRow = HonoursQuery['honours']['nodes'][number];

const CreateDocument = graphql(`mutation CreateCycle($input: CreateCycleInput!) { createNominationCycle(input: $input) { id } }`);
const UpdateDocument = graphql(`mutation UpdateCycle($input: UpdateCycleInput!) { updateNominationCycle(input: $input) { id } }`);
const AdvanceDocument = graphql(
  `mutation AdvanceCycle($id: ID!, $version: Int!, $to: NominationCycleStatus!, $reason: String) { advanceNominationCycle(id: $id, version: $version, to: $to, reason: $reason) { id status } }`,
);
const FreezeImpactDocument = graphql(`
  query FreezeImpact($cycleId: ID!) { nominationFreezeImpact(cycleId: $cycleId) { submitted returned beforeWindowEnds } }
`);
const HonoursDocument = graphql(`
  query Honours($first: Int!, $after: String) {
    honours(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id year category title nominee { __typename ... on Organization { name } ... on Person { name } } }
    }
  }
`);
const HonourDocument = graphql(`mutation RecordHonour($input: HonourInput!) { recordHonour(input: $input) { id year title } }`);
const QuotaDocument = graphql(`mutation SetQuota($input: QuotaInput!) { setNominationQuota(input: $input) { quota } }`);
const ExtensionDocument = graphql(`mutation GrantExtension($input: ExtensionInput!) { grantNominationExtension(input: $input) { id } }`);

const NEXT: Partial<Record<string, [NominationCycleStatus, string]>> = {
  DRAFT: ['OPEN', '开始申报'],
  OPEN: ['CLOSED', '截止并冻结'],
  CLOSED: ['IN_REVIEW', '进入评审'],
  IN_REVIEW: ['FINISHED', '结束'],
};

/** What each step does, said before it is taken: none of them can be undone. (截止并冻结 has its own dialog.) */
const CONSEQUENCE: Partial<Record<string, string>> = {
  DRAFT: '开始申报后,各推荐单位即可在申报时间内填报和上报推荐;年度设置中的类别和推荐单位随之确定。',
  CLOSED: '进入评审后,已冻结的推荐交由考核评审,本年度不再受理、退回或调整推荐。此操作不能撤销。',
  IN_REVIEW: '结束后本年度归档,推荐和名额不能再修改。此操作不能撤销。',
};

/** 评选年度设置: the yearly call, its window, categories, nominating units, quotas and extensions. */
export function CyclesPage() {
  const { modal } = App.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CyclesDocument });
  const [, create] = useMutation(CreateDocument);
  const [, update] = useMutation(UpdateDocument);
  const [, advance] = useMutation(AdvanceDocument);
  const [, setQuota] = useMutation(QuotaDocument);
  const [, grant] = useMutation(ExtensionDocument);
  const [, recordHonour] = useMutation(HonourDocument);
  const access = useAccess();
  // Only the office runs the call; others (a partner department) just read it.
  const manage = access.can('nominations.manage');
  const honours = useRef<ConnectionTableHandle>(null);
  const [dialog, setDialog] = useState<
    null | { kind: 'create' | 'honour' } | { kind: 'settings' | 'quota' | 'extension' | 'freeze'; cycle: Cycle }
  >(null);
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
              render: (s: string, c: Cycle) => (
                <Space size={4}>
                  <Tag color={s === 'OPEN' ? 'green' : 'default'}>{label(nominationCycleStatusLabels, s)}</Tag>
                  {c.freezeReason && (
                    <Tooltip
                      title={`${dayjs(c.frozenAt).format('YYYY-MM-DD HH:mm')} 由 ${c.frozenByUsername ?? '—'} 提前截止:${c.freezeReason}`}
                    >
                      <Tag color="orange">提前截止</Tag>
                    </Tooltip>
                  )}
                </Space>
              ),
            },
            { title: '申报时间', render: (_: unknown, c: Cycle) => window(c) },
            { title: '默认名额', dataIndex: 'defaultQuota' },
            { title: '开放类别', render: (_: unknown, c: Cycle) => `${c.openCategories.length} 类` },
            { title: '延期', render: (_: unknown, c: Cycle) => c.extensions.length || '—' },
            {
              title: '',
              hidden: !manage,
              render: (_: unknown, c: Cycle) =>
                manage && (
                  <Space wrap>
                    {NEXT[c.status] && (
                      <Button
                        size="small"
                        type="primary"
                        onClick={async () =>
                          c.status === 'OPEN'
                            ? setDialog({ kind: 'freeze', cycle: c })
                            : modal.confirm({
                                title: `${NEXT[c.status]![1]}:${c.year} 年度`,
                                content: CONSEQUENCE[c.status],
                                okText: `确认${NEXT[c.status]![1]}`,
                                cancelText: '取消',
                                onOk: async () => done(await advance({ id: c.id, version: c.version, to: NEXT[c.status]![0] }), '已更新'),
                              })
                        }
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

      <Card
        title="表彰记录"
        extra={access.can('commendation.manage') && <Button onClick={() => setDialog({ kind: 'honour' })}>记录往年表彰</Button>}
      >
        <ConnectionTable
          ref={honours}
          query={HonoursDocument}
          variables={{}}
          connection={(d) => d.honours}
          unit="条表彰记录"
          rowKey="id"
          columns={[
            { title: '年度', dataIndex: 'year', width: 90 },
            { title: '类别', dataIndex: 'category', render: (v: string) => label(typicalCategoryLabels, v) },
            { title: '受表彰对象', render: (_: unknown, h: HonourRow) => h.nominee.name },
            { title: '荣誉名称', dataIndex: 'title' },
          ]}
        />
      </Card>

      {dialog?.kind === 'freeze' && (
        <FreezeModal
          cycle={dialog.cycle}
          submit={(reason) => advance({ id: dialog.cycle.id, version: dialog.cycle.version, to: 'CLOSED', reason })}
          onClose={close}
          onDone={saved('已截止并冻结', close)}
        />
      )}

      {dialog?.kind === 'honour' && (
        <HonourModal
          submit={(input) => recordHonour({ input })}
          onClose={close}
          onDone={saved('已记录', () => {
            close();
            honours.current?.refresh();
          })}
        />
      )}

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

/** 截止并冻结: says what the freeze leaves out of the review and, before the window ends, asks why. */
function FreezeModal(props: {
  cycle: Cycle;
  submit: (reason: string | null) => Promise<Outcome>;
  onClose: () => void;
  onDone: () => void;
}) {
  const [{ data, error }] = useQuery({
    query: FreezeImpactDocument,
    variables: { cycleId: props.cycle.id },
    requestPolicy: 'network-only',
  });
  const impact = data?.nominationFreezeImpact;
  return (
    <FormModal<{ reason?: string }>
      id="cycle-freeze"
      title={`截止并冻结 ${props.cycle.year} 年度申报`}
      okText="确认截止并冻结"
      busy={!impact}
      submit={(v) => props.submit(v.reason?.trim() || null)}
      onClose={props.onClose}
      onDone={props.onDone}
    >
      {error && <Alert type="error" showIcon title={errorOf(error)?.message} style={{ marginBottom: 12 }} />}
      {!impact && !error && <Spin />}
      {impact && (
        <Alert
          type={impact.submitted + impact.returned > 0 ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="freeze-impact"
          title={
            impact.submitted + impact.returned > 0
              ? `截止后,${impact.submitted} 个已上报但尚未受理的推荐${impact.returned ? `和 ${impact.returned} 个退回修改中的推荐` : ''}将不能进入评审。`
              : '所有已上报的推荐均已受理,截止后不会遗漏推荐。'
          }
          description="截止后只有已受理的推荐进入评审,各单位不能再上报、修改或撤回;此操作不可撤销。"
        />
      )}
      {impact?.beforeWindowEnds && (
        <Form.Item
          name="reason"
          label={`申报时间至 ${dayjs(props.cycle.closesAt).format('YYYY-MM-DD HH:mm')} 才结束,提前截止请填写理由(留档)`}
          rules={[{ required: true, whitespace: true, message: '请填写提前截止的理由' }]}
        >
          <Input.TextArea rows={3} maxLength={TextLimit.REASON} showCount />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** 往年表彰: commendations from before the system, which the pre-screen checks new nominations against. */
function HonourModal(props: { submit: (input: HonourInput) => Promise<Outcome>; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ year: number; category: TypicalCategory; nomineeId: string; title: string }>();
  const category = Form.useWatch('category', form);
  return (
    <FormModal<{ year: number; category: TypicalCategory; nomineeId: string; title: string }>
      id="honour-record"
      title="记录往年表彰"
      okText="记录"
      form={form}
      initialValues={{ year: dayjs().year() - 1 }}
      submit={(v) =>
        props.submit({
          year: v.year,
          category: v.category,
          title: v.title.trim(),
          ...(v.category === 'MIGRANT_WORKER' ? { nomineePersonId: v.nomineeId } : { nomineeOrganizationId: v.nomineeId }),
        })
      }
      onClose={props.onClose}
      onDone={props.onDone}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="录入本系统启用前的表彰,新一年推荐时将据此提示近年已获同类表彰的对象。"
      />
      <Form.Item name="year" label="表彰年度" rules={[{ required: true, message: '请填写年度' }]}>
        <InputNumber min={2014} max={dayjs().year()} />
      </Form.Item>
      <Form.Item name="category" label="典型类别" rules={[{ required: true, message: '请选择类别' }]}>
        <Select options={optionsOf(typicalCategoryLabels)} data-testid="honour-category" />
      </Form.Item>
      <Form.Item name="nomineeId" label="受表彰对象" rules={[{ required: true, message: '请选择受表彰的单位或个人' }]}>
        <NomineePicker category={category} within={null} />
      </Form.Item>
      <Form.Item name="title" label="荣誉名称" rules={[{ required: true, whitespace: true, message: '请填写荣誉名称' }]}>
        <Input maxLength={TextLimit.TITLE} placeholder="如:2015年度优秀外来务工人员" />
      </Form.Item>
    </FormModal>
  );
}
