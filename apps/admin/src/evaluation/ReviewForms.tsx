import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { aggregationPanelProblem, taskAreaLabels, TextLimit, typicalCategoryLabels } from '@ronghe/types';
import { Alert, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useQuery } from 'urql';
import { optionsOf } from '../common/labels';
import { graphql } from '../gql';
import type { AggregationMethod, CriterionInput, TaskArea, TypicalCategory } from '../gql/graphql';

export const METHODS: Record<AggregationMethod, string> = {
  MEAN: '平均分',
  MEDIAN: '中位数',
  TRIMMED_MEAN: '去掉一个最高分和一个最低分',
};

const DistrictAgenciesDocument = graphql(`
  query DistrictAgencies { organizations(first: 100, kind: DISTRICT_AGENCY, status: ACTIVE) { nodes { id name } } }
`);

/** The district agencies, by id and name: those that may commend jointly. */
export function useDistrictAgencies() {
  const [{ data, fetching }] = useQuery({ query: DistrictAgenciesDocument });
  return { agencies: data?.organizations.nodes ?? [], fetching };
}

/** Picks the commending agencies (联合表彰单位) among the district agencies. */
export function AgencySelect(props: { value?: string[]; onChange?: (ids: string[]) => void; id?: string; disabled?: boolean }) {
  const { agencies, fetching } = useDistrictAgencies();
  return (
    <Select
      id={props.id}
      data-testid="agency-select"
      mode="multiple"
      loading={fetching}
      disabled={props.disabled}
      value={props.value}
      onChange={props.onChange}
      placeholder="选择联合表彰单位"
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 360 }}
      options={agencies.map((a) => ({ value: a.id, label: a.name }))}
    />
  );
}

/**
 * 汇总方式 and its trim threshold, inside a Form, with the warning when the panel of
 * `evaluatorsPerNomination` cannot carry it out (the server refuses the same combination).
 */
export function AggregationFields({
  evaluatorsPerNomination,
  inline,
}: {
  evaluatorsPerNomination: number | null | undefined;
  inline?: boolean;
}) {
  const method = Form.useWatch<AggregationMethod | undefined>('method');
  const trimMinScores = Form.useWatch<number | undefined>('trimMinScores');
  const problem =
    method && evaluatorsPerNomination
      ? aggregationPanelProblem({ method, trimMinScores: trimMinScores ?? 0 }, evaluatorsPerNomination)
      : null;
  return (
    <>
      <Form.Item name="method" label="汇总方式" rules={[{ required: true, message: '请选择汇总方式' }]}>
        <Select data-testid="method-select" style={{ width: 240 }} options={optionsOf(METHODS)} />
      </Form.Item>
      {method === 'TRIMMED_MEAN' && (
        <Form.Item name="trimMinScores" label="去极值所需份数" rules={[{ required: true, message: '请填写去极值所需的评分份数' }]}>
          <InputNumber min={3} precision={0} />
        </Form.Item>
      )}
      {problem && (
        <Alert
          data-testid="aggregation-warning"
          type="warning"
          showIcon
          title={problem}
          style={inline ? { width: '100%', marginBottom: 8 } : { marginBottom: 16 }}
        />
      )}
    </>
  );
}

/** One row of the rubric editor as the form holds it: anything may still be empty. */
export type RubricRow = {
  name?: string;
  weight?: number | null;
  maxScore?: number | null;
  taskArea?: TaskArea | null;
  categories?: TypicalCategory[] | null;
};

// Stored as numeric(8, 3): below 100000.
const MAX_NUMERIC = 99_999;

/** A row nobody has filled in: left out of what is saved rather than refused. */
const isBlank = (row: RubricRow | undefined) =>
  !row || (!row.name?.trim() && row.weight == null && row.maxScore == null && !row.taskArea && !row.categories?.length);

/** The rubric to save: blank rows dropped, names trimmed. */
export function rubricOf(rows: RubricRow[] | undefined): CriterionInput[] {
  return (rows ?? [])
    .filter((row) => !isBlank(row))
    .map((row) => ({
      name: (row.name ?? '').trim(),
      weight: row.weight ?? 0,
      maxScore: row.maxScore ?? 0,
      taskArea: row.taskArea ?? null,
      categories: row.categories?.length ? row.categories : null,
    }));
}

/**
 * 评分细则: name, weight and full mark per row, optionally a task area and the categories it
 * applies to. Inside a Form, under `criteria`; each missing field is named in Chinese, and a row
 * left wholly blank is not an error (it is not saved).
 */
export function RubricEditor({ disabled }: { disabled?: boolean }) {
  const form = Form.useFormInstance();
  // A field of a row that is not blank must be filled in.
  const required = (index: number, message: string, check: (v: unknown) => boolean) => ({
    validator: async (_: unknown, value: unknown) => {
      if (isBlank(form.getFieldValue(['criteria', index]))) return;
      if (!check(value)) throw new Error(message);
    },
  });
  return (
    <Form.List
      name="criteria"
      rules={[
        {
          validator: async (_, rows: RubricRow[] | undefined) => {
            if (rubricOf(rows).length === 0) throw new Error('请至少填写一项评分细则');
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, i) => (
            <Space key={field.key} align="start" wrap data-testid={`criterion-${i + 1}`}>
              <Form.Item
                name={[field.name, 'name']}
                rules={[required(field.name, `请填写第 ${i + 1} 项细则的名称`, (v) => typeof v === 'string' && !!v.trim())]}
              >
                <Input
                  aria-label={`第 ${i + 1} 项细则名称`}
                  placeholder="名称,如 工作成效"
                  style={{ width: 200 }}
                  maxLength={TextLimit.NAME}
                />
              </Form.Item>
              {(
                [
                  ['weight', '权重'],
                  ['maxScore', '满分'],
                ] as const
              ).map(([key, text]) => (
                <Form.Item
                  key={key}
                  name={[field.name, key]}
                  label={text}
                  rules={[required(field.name, `请填写${text}(大于 0)`, (v) => typeof v === 'number' && v > 0)]}
                >
                  <InputNumber aria-label={`第 ${i + 1} 项细则${text}`} min={0.001} max={MAX_NUMERIC} />
                </Form.Item>
              ))}
              <Form.Item name={[field.name, 'taskArea']} label="任务领域">
                <Select allowClear style={{ width: 150 }} options={optionsOf(taskAreaLabels)} />
              </Form.Item>
              <Form.Item name={[field.name, 'categories']} label="适用类别" tooltip="不选则适用于全部类别">
                <Select
                  mode="multiple"
                  allowClear
                  style={{ width: 220 }}
                  placeholder="全部类别"
                  options={optionsOf(typicalCategoryLabels)}
                />
              </Form.Item>
              <Button
                aria-label={`删除第 ${i + 1} 项细则`}
                icon={<DeleteOutlined />}
                disabled={disabled}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Form.ErrorList errors={errors} />
          <Button icon={<PlusOutlined />} disabled={disabled} onClick={() => add({})}>
            添加细则
          </Button>
        </>
      )}
    </Form.List>
  );
}

export type CapRow = { category?: TypicalCategory; cap?: number | null };

/** The caps to save, by category. */
export function capsOf(rows: CapRow[] | undefined): Record<string, number> {
  return Object.fromEntries((rows ?? []).filter((r) => r.category && r.cap != null).map((r) => [r.category, r.cap]));
}

/** 各类别入围上限: at most so many of the shortlist from a category. Inside a Form, under `caps`. */
export function CapsEditor({ disabled }: { disabled?: boolean }) {
  return (
    <Form.List name="caps">
      {(fields, { add, remove }) => (
        <Space wrap>
          {fields.map((field, i) => (
            <Space key={field.key} align="start">
              <Form.Item name={[field.name, 'category']} rules={[{ required: true, message: '请选择类别' }]}>
                <Select
                  aria-label={`第 ${i + 1} 个上限的类别`}
                  data-testid={`cap-category-${i + 1}`}
                  style={{ width: 180 }}
                  options={optionsOf(typicalCategoryLabels)}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'cap']} rules={[{ required: true, message: '请填写上限人数' }]}>
                <InputNumber aria-label={`第 ${i + 1} 个上限的人数`} min={0} precision={0} addonAfter="名" />
              </Form.Item>
              <Button icon={<DeleteOutlined />} disabled={disabled} onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button icon={<PlusOutlined />} disabled={disabled} onClick={() => add()}>
            添加上限
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
