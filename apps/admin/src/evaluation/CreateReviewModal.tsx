import { DEFAULT_COMMENDING_AGENCIES, defaultAggregation, TextLimit } from '@ronghe/types';
import { Alert, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormModal } from '../common/FormModal';
import { graphql } from '../gql';
import type { AggregationMethod } from '../gql/graphql';
import {
  AgencySelect,
  AggregationFields,
  CapsEditor,
  type CapRow,
  capsOf,
  RubricEditor,
  type RubricRow,
  rubricOf,
  useDistrictAgencies,
} from './ReviewForms';

const OpenCyclesDocument = graphql(`
  query ReviewableCycles {
    nominationCycles(first: 50) { nodes { id year status frozenAt } }
    reviews(first: 100) { nodes { id cycleId } }
  }
`);
const CreateReviewDocument = graphql(`
  mutation CreateReview($input: CreateReviewInput!) { createReview(input: $input) { id title } }
`);

type Values = {
  cycleId: string;
  title?: string;
  evaluatorsPerNomination: number;
  shortlistSize: number;
  publicityWorkingDays: number;
  method: AggregationMethod;
  trimMinScores?: number;
  normalizePerEvaluator: boolean;
  commendingAgencyIds: string[];
  criteria?: RubricRow[];
  caps?: CapRow[];
};

const PANEL = 3;

/**
 * 新建评审: the review of a cycle whose call has closed and been frozen, with its rubric, rules,
 * panel size, shortlist size, category caps and commending agencies, created in one step.
 */
export function CreateReviewModal({ onClose, onCreated }: { onClose: () => void; onCreated: (reviewId: string) => void }) {
  const [form] = Form.useForm<Values>();
  const [{ data, fetching }] = useQuery({ query: OpenCyclesDocument, requestPolicy: 'network-only' });
  const [, create] = useMutation(CreateReviewDocument);
  const { agencies } = useDistrictAgencies();
  const reviewed = new Set((data?.reviews.nodes ?? []).map((r) => r.cycleId));
  const cycles = (data?.nominationCycles.nodes ?? []).filter((c) => c.frozenAt && !reviewed.has(c.id));
  const panel = Form.useWatch('evaluatorsPerNomination', form);

  // The notice's two agencies, once the registry has answered, unless the office already chose.
  useEffect(() => {
    if (form.getFieldValue('commendingAgencyIds')?.length) return;
    const ids = DEFAULT_COMMENDING_AGENCIES.map((name) => agencies.find((a) => a.name === name)?.id).filter((id): id is string => !!id);
    if (ids.length) form.setFieldValue('commendingAgencyIds', ids);
  }, [agencies, form]);

  return (
    <FormModal<Values, { createReview: { id: string } }>
      id="create-review"
      title="新建评审"
      okText="建立评审"
      width={1100}
      form={form}
      initialValues={{
        evaluatorsPerNomination: PANEL,
        shortlistSize: 30,
        publicityWorkingDays: 5,
        ...defaultAggregation(PANEL),
        normalizePerEvaluator: false,
        criteria: [{}],
        caps: [],
      }}
      submit={(v) => {
        const cycle = cycles.find((c) => c.id === v.cycleId);
        return create({
          input: {
            cycleId: v.cycleId,
            year: cycle?.year ?? 0,
            title: v.title?.trim() ?? '',
            evaluatorsPerNomination: v.evaluatorsPerNomination,
            shortlistSize: v.shortlistSize,
            publicityWorkingDays: v.publicityWorkingDays,
            commendingAgencyIds: v.commendingAgencyIds,
            rules: {
              method: v.method,
              trimMinScores: v.trimMinScores ?? 5,
              normalizePerEvaluator: v.normalizePerEvaluator,
              tieBreakers: [{ kind: 'NOMINATOR_ORDER' }],
            },
            criteria: rubricOf(v.criteria),
            categoryCaps: capsOf(v.caps),
          },
        });
      }}
      onClose={onClose}
      onDone={(created) => onCreated(created.createReview.id)}
    >
      {!fetching && cycles.length === 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="没有可建立评审的年度:申报截止并冻结后,才能为该年度建立评审" />
      )}
      <Form.Item name="cycleId" label="评选年度(已截止并冻结)" rules={[{ required: true, message: '请选择已截止的评选年度' }]}>
        <Select
          data-testid="cycle-select"
          loading={fetching}
          style={{ width: 320 }}
          placeholder="选择评选年度"
          options={cycles.map((c) => ({ value: c.id, label: `${c.year} 年度` }))}
        />
      </Form.Item>
      <Form.Item name="title" label="评审名称" extra="不填则为“某年度十类典型考核评审”">
        <Input maxLength={TextLimit.TITLE} style={{ width: 420 }} />
      </Form.Item>
      <Form.Item
        name="evaluatorsPerNomination"
        label="每个推荐的评审专家人数"
        rules={[{ required: true, message: '请填写每个推荐的专家人数(至少 1 名)' }]}
      >
        <InputNumber min={1} max={50} precision={0} addonAfter="名" />
      </Form.Item>
      <Form.Item name="shortlistSize" label="联合表彰名额(前 N 名)" rules={[{ required: true, message: '请填写表彰名额(至少 1 名)' }]}>
        <InputNumber min={1} max={1000} precision={0} addonAfter="名" />
      </Form.Item>
      <Form.Item name="publicityWorkingDays" label="公示期" rules={[{ required: true, message: '请填写公示期(不少于 5 个工作日)' }]}>
        <InputNumber min={5} max={60} precision={0} addonAfter="个工作日" />
      </Form.Item>
      <AggregationFields evaluatorsPerNomination={panel} />
      <Form.Item name="normalizePerEvaluator" label="按专家标准化(消除打分松紧差异)" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item
        name="commendingAgencyIds"
        label="联合表彰单位(各单位审批人都审批通过后名单方可公示)"
        rules={[{ required: true, message: '请至少选择一个联合表彰单位' }]}
      >
        <AgencySelect />
      </Form.Item>
      <Form.Item label="评分细则" required>
        <RubricEditor />
      </Form.Item>
      <Form.Item label="各类别入围上限(不设则不限)">
        <CapsEditor />
      </Form.Item>
    </FormModal>
  );
}
