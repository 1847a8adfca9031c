import { nominationStatusLabels, typicalCategoryLabels } from '@ronghe/types';
import { App, Button, Card, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { ReasonModal } from '../common/ReasonModal';
import { useFeedback, useSaved } from '../common/useFeedback';
import { ConnectionTable, type ConnectionTableHandle } from '../common/ConnectionTable';
import { useAccess } from '../auth/access';
import { downloadBase64 } from '../common/download';
import { label, optionsOf } from '../common/labels';
import { graphql } from '../gql';
import type { NominationListQuery, NominationStatus, TypicalCategory } from '../gql/graphql';
import { OrganizationPicker } from '../organizations/OrganizationPicker';
import { CyclesDocument } from './documents';
import { NominationDrawer } from './NominationDrawer';

const ListDocument = graphql(`
  query NominationList($first: Int!, $after: String, $cycleId: ID, $category: TypicalCategory, $status: NominationStatus, $nominatorId: ID) {
    nominations(first: $first, after: $after, cycleId: $cycleId, category: $category, status: $status, nominatorId: $nominatorId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id category status statusReason position flags version submittedAt
        nominator { id name }
        nominee { __typename ... on Organization { name } ... on Person { name } } }
    }
  }
`);
const ExportDocument = graphql(`
  query ExportSummary($cycleId: ID!, $category: TypicalCategory, $status: NominationStatus, $nominatorId: ID) {
    exportNominationSummary(cycleId: $cycleId, category: $category, status: $status, nominatorId: $nominatorId) { fileName mimeType contentBase64 }
  }
`);
const StepDocuments = {
  submit: graphql(`mutation SubmitNomination($id: ID!, $version: Int!) { submitNomination(id: $id, version: $version) { id status } }`),
  withdraw: graphql(
    `mutation WithdrawNomination($id: ID!, $version: Int!) { withdrawNomination(id: $id, version: $version) { id status } }`,
  ),
  accept: graphql(`mutation AcceptNomination($id: ID!, $version: Int!) { acceptNomination(id: $id, version: $version) { id status } }`),
};
const GroupDocument = graphql(`
  query NominationGroup($cycleId: ID!, $category: TypicalCategory!, $nominatorId: ID!) {
    nominations(cycleId: $cycleId, category: $category, nominatorId: $nominatorId, first: 100) { nodes { id position status } }
  }
`);
const ReorderDocument = graphql(`
  mutation Reorder($cycleId: ID!, $nominatorId: ID!, $category: TypicalCategory!, $ids: [ID!]!) {
    reorderNominations(cycleId: $cycleId, nominatorOrganizationId: $nominatorId, category: $category, orderedIds: $ids) { id position }
  }
`);
const ReturnDocument = graphql(
  `mutation ReturnNomination($id: ID!, $version: Int!, $reason: String!) { returnNomination(id: $id, version: $version, reason: $reason) { id status } }`,
);
const DisqualifyDocument = graphql(
  `mutation DisqualifyNomination($id: ID!, $version: Int!, $reason: String!) { disqualifyNomination(id: $id, version: $version, reason: $reason) { id status } }`,
);

type Row = NominationListQuery['nominations']['nodes'][number];
const STATUS_COLOR: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  ACCEPTED: 'success',
  RETURNED: 'warning',
  WITHDRAWN: 'default',
  DISQUALIFIED: 'error',
};

/** 推荐列表 and the office's acceptance screen: filters, and the steps each role may take. */
export function NominationsPage() {
  const access = useAccess();
  const office = access.can('nominations.manage');
  const submitter = access.can('nominations.submit');
  const [{ data: cycles, error: cyclesError }] = useQuery({ query: CyclesDocument });
  const [cycleId, setCycleId] = useState<string | null>(null);
  const [category, setCategory] = useState<TypicalCategory | null>(null);
  const [status, setStatus] = useState<NominationStatus | null>(null);
  const [nominatorId, setNominatorId] = useState<string | null>(null);
  const selectedCycle = cycleId ?? cycles?.nominationCycles.nodes[0]?.id ?? null;
  const table = useRef<ConnectionTableHandle>(null);
  const [, submit] = useMutation(StepDocuments.submit);
  const [, withdraw] = useMutation(StepDocuments.withdraw);
  const [, accept] = useMutation(StepDocuments.accept);
  const [, giveBack] = useMutation(ReturnDocument);
  const [, disqualify] = useMutation(DisqualifyDocument);
  const [reasonFor, setReasonFor] = useState<{ row: Row; action: 'return' | 'disqualify' } | null>(null);
  // The open nomination and its edit form live in the address: a reload or a bookmark comes back to them.
  const [params, setParams] = useSearchParams();
  const opened = params.get('open');
  const setOpened = (id: string | null, edit = false) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('open', id);
        else next.delete('open');
        if (edit) next.set('edit', '1');
        else next.delete('edit');
        return next;
      },
      { replace: !id },
    );
  const [, reorder] = useMutation(ReorderDocument);

  /** 推荐顺序: moves a nomination one place up within its unit's nominations of the category. */
  async function moveUp(row: Row) {
    if (!selectedCycle) return;
    const group = await client
      .query(
        GroupDocument,
        { cycleId: selectedCycle, category: row.category, nominatorId: row.nominator.id },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    const live = (group.data?.nominations.nodes ?? [])
      .filter((n) => ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'].includes(n.status))
      .sort((a, b) => a.position - b.position);
    const index = live.findIndex((n) => n.id === row.id);
    if (index <= 0) return;
    const ids = live.map((n) => n.id);
    [ids[index - 1], ids[index]] = [ids[index]!, ids[index - 1]!];
    done(await reorder({ cycleId: selectedCycle, nominatorId: row.nominator.id, category: row.category, ids }), '顺序已调整');
  }
  const client = useClient();
  const { message } = App.useApp();

  const done = useFeedback(() => table.current?.refresh());
  const saved = useSaved(() => table.current?.refresh());
  async function exportSummary() {
    if (!selectedCycle) return;
    const result = await client
      .query(ExportDocument, { cycleId: selectedCycle, category, status, nominatorId }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.data) downloadBase64(result.data.exportNominationSummary);
    else message.error(errorOf(result.error)?.message);
  }

  return (
    <Card
      title="典型推荐"
      extra={
        <Space>
          <Button onClick={exportSummary}>导出推荐汇总表</Button>
          {submitter && (
            <Link to="/nominations/new">
              <Button type="primary">新建推荐</Button>
            </Link>
          )}
        </Space>
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          style={{ width: 140 }}
          placeholder="年度"
          data-testid="cycle-filter"
          value={selectedCycle}
          options={(cycles?.nominationCycles.nodes ?? []).map((c) => ({ value: c.id, label: `${c.year} 年度` }))}
          onChange={(v) => setCycleId(v)}
        />
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder="类别"
          options={optionsOf(typicalCategoryLabels)}
          value={category}
          onChange={(v) => setCategory(v ?? null)}
        />
        {office && (
          <div style={{ width: 240 }}>
            <OrganizationPicker placeholder="推荐单位" value={nominatorId ?? undefined} onChange={(v) => setNominatorId(v ?? null)} />
          </div>
        )}
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder="状态"
          options={optionsOf(nominationStatusLabels)}
          value={status}
          onChange={(v) => setStatus(v ?? null)}
        />
      </Space>
      <ConnectionTable
        ref={table}
        query={ListDocument}
        variables={{ cycleId: selectedCycle, category, status, nominatorId }}
        connection={(data) => data.nominations}
        unit="个推荐"
        // The list is of a cycle: wait for the default one rather than show an empty table.
        waiting={!selectedCycle && !cycles && !cyclesError}
        columns={[
          { title: '类别', dataIndex: 'category', render: (v: string) => label(typicalCategoryLabels, v) },
          {
            title: '被推荐对象',
            render: (_: unknown, r: Row) => <Typography.Link onClick={() => setOpened(r.id)}>{r.nominee.name}</Typography.Link>,
          },
          { title: '推荐单位', render: (_: unknown, r: Row) => r.nominator.name },
          {
            title: '顺序',
            width: 90,
            render: (_: unknown, r: Row) => (
              <Space size={4}>
                {r.position}
                {submitter && r.position > 1 && !['WITHDRAWN', 'DISQUALIFIED'].includes(r.status) && (
                  <Button size="small" type="text" onClick={() => moveUp(r)}>
                    ↑
                  </Button>
                )}
              </Space>
            ),
          },
          {
            title: '状态',
            render: (_: unknown, r: Row) => (
              <Space>
                <Tag color={STATUS_COLOR[r.status]}>{label(nominationStatusLabels, r.status)}</Tag>
                {r.statusReason && (
                  <Tooltip title={r.statusReason}>
                    <Tag>理由</Tag>
                  </Tooltip>
                )}
                {r.flags.length > 0 && (
                  <Tooltip title={r.flags.join(';')}>
                    <Tag color="orange">预审提示</Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          {
            title: '',
            render: (_: unknown, r: Row) => (
              <Space>
                {submitter && (r.status === 'DRAFT' || r.status === 'RETURNED') && (
                  <Button size="small" onClick={() => setOpened(r.id, true)}>
                    修改
                  </Button>
                )}
                {submitter && (r.status === 'DRAFT' || r.status === 'RETURNED') && (
                  <Button size="small" type="primary" onClick={async () => done(await submit({ id: r.id, version: r.version }), '已上报')}>
                    上报
                  </Button>
                )}
                {submitter && ['DRAFT', 'SUBMITTED', 'RETURNED'].includes(r.status) && (
                  <Button size="small" onClick={async () => done(await withdraw({ id: r.id, version: r.version }), '已撤回')}>
                    撤回
                  </Button>
                )}
                {office && r.status === 'SUBMITTED' && (
                  <Button size="small" type="primary" onClick={async () => done(await accept({ id: r.id, version: r.version }), '已受理')}>
                    受理
                  </Button>
                )}
                {office && r.status === 'SUBMITTED' && (
                  <Button size="small" onClick={() => setReasonFor({ row: r, action: 'return' })}>
                    退回
                  </Button>
                )}
                {office && ['SUBMITTED', 'ACCEPTED'].includes(r.status) && (
                  <Button size="small" danger onClick={() => setReasonFor({ row: r, action: 'disqualify' })}>
                    取消资格
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {reasonFor && (
        <ReasonModal<unknown>
          id="nomination-reason"
          title={reasonFor.action === 'return' ? '退回修改' : '取消资格'}
          placeholder="理由(必填,将告知推荐单位并留档)"
          submit={async (reason) => {
            const args = { id: reasonFor.row.id, version: reasonFor.row.version, reason };
            return reasonFor.action === 'return' ? await giveBack(args) : await disqualify(args);
          }}
          onClose={() => setReasonFor(null)}
          onDone={saved(reasonFor.action === 'return' ? '已退回' : '已取消资格', () => setReasonFor(null))}
        />
      )}
      <NominationDrawer
        id={opened}
        editing={params.get('edit') === '1'}
        onEditing={(editing) => setOpened(opened, editing)}
        onClose={() => setOpened(null)}
        onChanged={() => table.current?.refresh()}
      />
    </Card>
  );
}
