import { indicatorKindLabels, ListLimit, reportPeriodLabels, TextLimit } from '@ronghe/types';
import { DatePicker, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { FormModal } from '../common/FormModal';
import { optionsOf } from '../common/labels';
import { graphql } from '../gql';
import type { AssignmentRole, IndicatorKind, ReportPeriod, TaskNodeFragment } from '../gql/graphql';
import { UnitSelect, type UnitValue } from './UnitSelect';

const CreateSubTaskDocument = graphql(`
  mutation CreateSubTask($input: CreateSubTaskInput!) { createSubTask(input: $input) { id code } }
`);
const CreateIndicatorDocument = graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) { createIndicator(input: $input) { id name } }
`);
const AddAssigneeDocument = graphql(`
  mutation AddAssignee($input: AddAssigneeInput!) { addAssignee(input: $input) { id role } }
`);
const UpdateTaskScheduleDocument = graphql(`
  mutation UpdateTaskSchedule($input: UpdateTaskScheduleInput!) { updateTaskSchedule(input: $input) { id deadline reportPeriod version } }
`);

const dateOf = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const taskName = (t: { code: string; title: string }) => `(${t.code})${t.title}`;

type SubTaskValues = {
  title: string;
  requirement: string;
  deadline: Dayjs;
  reportPeriod: ReportPeriod;
  units: UnitValue[];
  lead?: string;
};

/**
 * 分解任务: a sub-task of the caller's own plan (本级方案), handed to units within `within`'s
 * jurisdiction (any unit of the district when null: the office on a main task), at most one leading.
 */
export function SubTaskForm(props: { parent: TaskNodeFragment; within: string | null; onClose: () => void; onDone: () => void }) {
  const { parent } = props;
  const [form] = Form.useForm<SubTaskValues>();
  const [, createSubTask] = useMutation(CreateSubTaskDocument);
  const units = (Form.useWatch('units', form) as UnitValue[] | undefined) ?? [];
  return (
    <FormModal<SubTaskValues>
      id="sub-task"
      title={`分解任务 · ${taskName(parent)}`}
      okText="分解"
      form={form}
      width={720}
      initialValues={{ reportPeriod: parent.reportPeriod, units: [] }}
      onClose={props.onClose}
      onDone={props.onDone}
      submit={(v) =>
        createSubTask({
          input: {
            parentId: parent.id,
            title: v.title,
            requirement: v.requirement,
            deadline: dateOf(v.deadline)!,
            reportPeriod: v.reportPeriod,
            assignees: v.units.map((u) => ({
              organizationId: u.value,
              role: (u.value === v.lead ? 'LEAD' : 'SUPPORTING') as AssignmentRole,
            })),
          },
        })
      }
    >
      <Typography.Paragraph type="secondary">
        子任务列入本级方案,交给辖区内的单位承担;完成期限不能晚于上级任务的期限{parent.deadline ? ` ${parent.deadline}` : ''}。
      </Typography.Paragraph>
      <Form.Item name="title" label="子任务名称" rules={[{ required: true, whitespace: true, message: '请填写子任务名称' }]}>
        <Input maxLength={TextLimit.TITLE} />
      </Form.Item>
      <Form.Item name="requirement" label="工作要求" rules={[{ required: true, whitespace: true, message: '请填写工作要求' }]}>
        <Input.TextArea rows={4} maxLength={TextLimit.FREE_TEXT} showCount />
      </Form.Item>
      <Form.Item
        name="deadline"
        label="完成期限"
        extra={parent.deadline ? `不晚于上级任务的期限 ${parent.deadline}` : undefined}
        rules={[{ required: true, message: '请选择完成期限' }]}
      >
        <DatePicker style={{ width: 220 }} placeholder="选择日期" />
      </Form.Item>
      <Form.Item name="reportPeriod" label="报告周期" extra="默认随上级任务" rules={[{ required: true, message: '请选择报告周期' }]}>
        <Radio.Group options={optionsOf(reportPeriodLabels)} />
      </Form.Item>
      <Form.Item name="units" label="责任单位" rules={[{ required: true, type: 'array', min: 1, message: '请至少指定一个责任单位' }]}>
        <UnitSelect
          multiple
          within={props.within}
          data-testid="sub-task-units"
          onChange={(v) => {
            const chosen = (v as UnitValue[] | undefined) ?? [];
            if (!chosen.some((u) => u.value === form.getFieldValue('lead'))) form.setFieldValue('lead', undefined);
          }}
        />
      </Form.Item>
      <Form.Item name="lead" label="牵头单位" extra="从责任单位中指定一个牵头单位(可不指定),其余为配合单位">
        <Select
          data-testid="sub-task-lead"
          allowClear
          placeholder={units.length ? '选择牵头单位' : '请先选择责任单位'}
          disabled={units.length === 0}
          options={units.map((u) => ({ value: u.value, label: u.label }))}
        />
      </Form.Item>
    </FormModal>
  );
}

type IndicatorValues = {
  name: string;
  kind: IndicatorKind;
  target?: number;
  unitOfMeasure?: string;
  checklistItems?: string[];
  deadline?: Dayjs | null;
};

/** 添加指标: a percentage, count or rising rate with its target, or a checklist of items. */
export function IndicatorForm(props: { task: TaskNodeFragment; onClose: () => void; onDone: () => void }) {
  const { task } = props;
  const [form] = Form.useForm<IndicatorValues>();
  const [, createIndicator] = useMutation(CreateIndicatorDocument);
  const kind = (Form.useWatch('kind', form) as IndicatorKind | undefined) ?? 'PERCENTAGE';
  const checklist = kind === 'CHECKLIST';
  return (
    <FormModal<IndicatorValues>
      id="indicator"
      title={`添加指标 · ${taskName(task)}`}
      okText="添加"
      form={form}
      initialValues={{ kind: 'PERCENTAGE', unitOfMeasure: '%' }}
      onClose={props.onClose}
      onDone={props.onDone}
      submit={(v) =>
        createIndicator({
          input: {
            taskId: task.id,
            name: v.name,
            kind: v.kind,
            target: checklist ? null : (v.target ?? null),
            unitOfMeasure: checklist ? '' : (v.unitOfMeasure ?? '').trim(),
            checklistItems: checklist ? (v.checklistItems ?? []) : [],
            deadline: dateOf(v.deadline),
          },
        })
      }
    >
      <Form.Item name="name" label="指标名称" rules={[{ required: true, whitespace: true, message: '请填写指标名称' }]}>
        <Input maxLength={TextLimit.NAME} />
      </Form.Item>
      <Form.Item name="kind" label="指标类型" rules={[{ required: true }]}>
        <Radio.Group
          options={optionsOf(indicatorKindLabels)}
          onChange={(e) => {
            const next = e.target.value as IndicatorKind;
            // A sensible unit for the kind, unless one was typed.
            const unit = form.getFieldValue('unitOfMeasure') as string | undefined;
            if (next === 'COUNT' && unit === '%') form.setFieldValue('unitOfMeasure', '');
            if ((next === 'PERCENTAGE' || next === 'RISING_RATE') && !unit) form.setFieldValue('unitOfMeasure', '%');
          }}
        />
      </Form.Item>
      {checklist ? (
        <Form.Item
          name="checklistItems"
          label="清单项"
          extra="逐项输入,回车确认;须全部落实才算达标(如 机构、编制、人员、经费、场地、工作制度)"
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              max: ListLimit.CHECKLIST_ITEMS,
              message: `请列出 1 至 ${ListLimit.CHECKLIST_ITEMS} 项`,
            },
          ]}
        >
          <Select
            data-testid="checklist-items"
            mode="tags"
            maxCount={ListLimit.CHECKLIST_ITEMS}
            open={false}
            tokenSeparators={[',', ',', '、', ';', ';']}
            placeholder="输入清单项后回车"
          />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="target"
            label="目标值"
            extra={kind === 'RISING_RATE' ? '比率须逐期提高,并达到目标值' : undefined}
            rules={[{ required: true, message: '请填写目标值' }]}
          >
            <InputNumber style={{ width: 220 }} min={0} max={kind === 'COUNT' ? undefined : 100} precision={kind === 'COUNT' ? 0 : 2} />
          </Form.Item>
          <Form.Item name="unitOfMeasure" label="计量单位" extra={kind === 'COUNT' ? '如 个、人次、期' : '百分比默认为 %'}>
            <Input style={{ width: 220 }} maxLength={TextLimit.SHORT_CODE} />
          </Form.Item>
        </>
      )}
      <Form.Item name="deadline" label="达标期限" extra={`不填时随任务期限${task.deadline ? ` ${task.deadline}` : ''}`}>
        <DatePicker style={{ width: 220 }} placeholder="选择日期" />
      </Form.Item>
    </FormModal>
  );
}

type AssigneeValues = { unit: UnitValue; role: AssignmentRole };

/** 添加责任单位: one more unit for the task; a sub-task's only within its owner's jurisdiction. */
export function AssigneeForm(props: { task: TaskNodeFragment; onClose: () => void; onDone: () => void }) {
  const { task } = props;
  const [form] = Form.useForm<AssigneeValues>();
  const [, addAssignee] = useMutation(AddAssigneeDocument);
  const hasLead = task.assignments.nodes.some((a) => a.role === 'LEAD');
  return (
    <FormModal<AssigneeValues>
      id="assignee"
      title={`添加责任单位 · ${taskName(task)}`}
      okText="添加"
      form={form}
      initialValues={{ role: 'SUPPORTING' }}
      onClose={props.onClose}
      onDone={props.onDone}
      submit={(v) => addAssignee({ input: { taskId: task.id, organizationId: v.unit.value, role: v.role } })}
    >
      <Form.Item name="unit" label="责任单位" rules={[{ required: true, message: '请选择单位' }]}>
        <UnitSelect
          within={task.ownerOrganization?.id ?? null}
          exclude={task.assignments.nodes.map((a) => a.organization.id)}
          data-testid="assignee-unit"
        />
      </Form.Item>
      <Form.Item name="role" label="角色" extra={hasLead ? '该任务已有牵头单位;如需更换,请用「指定牵头单位」' : undefined}>
        <Radio.Group
          options={[
            { value: 'SUPPORTING', label: '配合单位' },
            { value: 'LEAD', label: '牵头单位', disabled: hasLead },
          ]}
        />
      </Form.Item>
    </FormModal>
  );
}

type ScheduleValues = { deadline?: Dayjs | null; reportPeriod: ReportPeriod };

/** 调整期限: the task's deadline (within the parent's, not before its sub-tasks') and report period. */
export function ScheduleForm(props: {
  task: TaskNodeFragment;
  parentDeadline: string | null;
  latestChildDeadline: string | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { task } = props;
  const [form] = Form.useForm<ScheduleValues>();
  const [, updateSchedule] = useMutation(UpdateTaskScheduleDocument);
  const limits = [
    props.parentDeadline && `不晚于上级任务的期限 ${props.parentDeadline}`,
    props.latestChildDeadline && `不早于已分解子任务的最晚期限 ${props.latestChildDeadline}`,
  ].filter(Boolean);
  return (
    <FormModal<ScheduleValues>
      id="schedule"
      title={`调整期限 · ${taskName(task)}`}
      okText="保存"
      form={form}
      initialValues={{ deadline: task.deadline ? dayjs(task.deadline) : null, reportPeriod: task.reportPeriod }}
      onClose={props.onClose}
      onDone={props.onDone}
      submit={(v) =>
        updateSchedule({ input: { id: task.id, version: task.version, deadline: dateOf(v.deadline), reportPeriod: v.reportPeriod } })
      }
    >
      <Form.Item name="deadline" label="完成期限" extra={limits.length ? limits.join(';') : undefined}>
        <DatePicker style={{ width: 220 }} placeholder="未设定" />
      </Form.Item>
      <Form.Item name="reportPeriod" label="报告周期" rules={[{ required: true, message: '请选择报告周期' }]}>
        <Radio.Group options={optionsOf(reportPeriodLabels)} />
      </Form.Item>
    </FormModal>
  );
}
