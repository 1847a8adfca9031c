import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Select, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { beijingDate, periodOf, recentPeriods, TextLimit } from '@ronghe/types';
import { useMutation } from 'urql';
import { errorOf } from '../api/client';
import { FormModal } from '../common/FormModal';
import { graphql } from '../gql';
import type { IndicatorValueInput, ReportPeriod } from '../gql/graphql';
import { periodLabel } from './documents';

const UploadEvidenceDocument = graphql(`
  mutation UploadEvidence($input: EvidenceUploadInput!) { uploadEvidence(input: $input) { id fileName size } }
`);
const SubmitReportDocument = graphql(`
  mutation SubmitProgressReport($input: SubmitReportInput!) { submitProgressReport(input: $input) { id status period version } }
`);
const ResubmitReportDocument = graphql(`
  mutation ResubmitProgressReport($input: ResubmitReportInput!) { resubmitProgressReport(input: $input) { id status period version } }
`);

export interface ReportTarget {
  id: string;
  organization: { name: string };
  task: {
    code: string;
    title: string;
    reportPeriod: ReportPeriod;
    indicators: { id: string; name: string; kind: string; target?: number | null; unitOfMeasure: string; checklistItems: string[] }[];
  };
}

/** A returned report being corrected: what was reported, to start from. */
export interface ReturnedReport {
  id: string;
  version: number;
  period: string;
  summary: string;
  declaresComplete: boolean;
  returnReason?: string | null;
  values: { indicatorId: string; value?: number | null; checkedItems: string[] }[];
  evidence: { id: string; fileName: string }[];
}

const readBase64 = (file: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

type Values = { period: string; summary: string; declaresComplete: boolean } & Record<string, unknown>;

/**
 * 报告进展: one period's values per indicator, the work done and evidence; or, for a returned
 * report, the corrected report sent again.
 */
export function ReportForm(props: {
  assignment: ReportTarget | null;
  returned?: ReturnedReport | null;
  onClose: () => void;
  onDone: () => void;
}) {
  // Keyed by assignment, so each opening starts with an empty file list.
  return props.assignment && <ReportDialog key={props.assignment.id} {...props} assignment={props.assignment} />;
}

function ReportDialog(props: { assignment: ReportTarget; returned?: ReturnedReport | null; onClose: () => void; onDone: () => void }) {
  const { assignment, returned } = props;
  const [files, setFiles] = useState<UploadFile<{ id: string }>[]>([]);
  const [uploadFailure, setUploadFailure] = useState<string | null>(null);
  const [, upload] = useMutation(UploadEvidenceDocument);
  const [, submit] = useMutation(SubmitReportDocument);
  const [, resubmit] = useMutation(ResubmitReportDocument);

  const initialValues: Record<string, unknown> = {
    period: returned?.period ?? periodOf(beijingDate(new Date()), assignment.task.reportPeriod),
    summary: returned?.summary ?? '',
    declaresComplete: returned?.declaresComplete ?? false,
  };
  for (const v of returned?.values ?? []) {
    initialValues[`value_${v.indicatorId}`] = v.value ?? undefined;
    initialValues[`checked_${v.indicatorId}`] = v.checkedItems;
  }
  const uploading = files.some((f) => f.status === 'uploading');

  function send(values: Values) {
    const indicatorValues: IndicatorValueInput[] = assignment.task.indicators.map((i) =>
      i.kind === 'CHECKLIST'
        ? { indicatorId: i.id, checkedItems: (values[`checked_${i.id}`] as string[] | undefined) ?? [] }
        : { indicatorId: i.id, value: (values[`value_${i.id}`] as number | null | undefined) ?? null },
    );
    const evidenceIds = files.filter((f) => f.status === 'done' && f.response?.id).map((f) => f.response!.id);
    const common = { summary: values.summary, declaresComplete: !!values.declaresComplete, values: indicatorValues, evidenceIds };
    return returned
      ? resubmit({ input: { id: returned.id, version: returned.version, ...common } })
      : submit({ input: { assignmentId: assignment.id, period: values.period, ...common } });
  }

  return (
    <FormModal<Values>
      id="progress-report"
      width={680}
      title={`${returned ? '修改后重新提交' : '报告进展'} · (${assignment.task.code})${assignment.task.title}`}
      okText={returned ? '重新提交' : '提交报告'}
      busy={uploading}
      initialValues={initialValues as Partial<Values>}
      submit={send}
      onClose={props.onClose}
      onDone={props.onDone}
    >
      {returned?.returnReason && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`退回理由:${returned.returnReason}`} />}
      <Typography.Paragraph type="secondary">责任单位:{assignment.organization.name}</Typography.Paragraph>
      <Form.Item name="period" label="报告期" rules={[{ required: true, message: '请选择报告期' }]}>
        <Select
          data-testid="period-select"
          disabled={!!returned}
          options={recentPeriods(beijingDate(new Date()), assignment.task.reportPeriod, 6).map((p) => ({
            value: p,
            label: `${periodLabel(p)}(${p})`,
          }))}
        />
      </Form.Item>
      {assignment.task.indicators.map((i) =>
        i.kind === 'CHECKLIST' ? (
          <Form.Item key={i.id} name={`checked_${i.id}`} label={i.name} extra="勾选已落实的项目">
            <Checkbox.Group options={i.checklistItems} />
          </Form.Item>
        ) : (
          <Form.Item
            key={i.id}
            name={`value_${i.id}`}
            label={i.name}
            extra={`目标:${i.target ?? '—'}${i.unitOfMeasure}${i.kind === 'RISING_RATE' ? ',须逐期提高' : ''}`}
            rules={[{ required: true, message: `请填写「${i.name}」` }]}
          >
            <InputNumber
              style={{ width: 220 }}
              min={0}
              max={i.kind === 'PERCENTAGE' || i.kind === 'RISING_RATE' ? 100 : undefined}
              precision={i.kind === 'COUNT' ? 0 : 2}
              suffix={i.unitOfMeasure || undefined}
            />
          </Form.Item>
        ),
      )}
      <Form.Item name="summary" label="工作进展" rules={[{ required: true, whitespace: true, message: '请填写工作进展' }]}>
        <Input.TextArea rows={4} maxLength={TextLimit.FREE_TEXT} showCount placeholder="本期开展的工作、取得的成效和存在的问题" />
      </Form.Item>
      <Form.Item name="declaresComplete" valuePropName="checked">
        <Checkbox>任务已全部完成</Checkbox>
      </Form.Item>
      <Form.Item
        label="佐证材料"
        extra={
          returned?.evidence.length ? `已有:${returned.evidence.map((e) => e.fileName).join('、')}(保留);可再添加` : '每个文件不超过 5 MB'
        }
      >
        <Upload<{ id: string }>
          data-testid="evidence-upload"
          fileList={files}
          onChange={({ fileList }) => setFiles(fileList)}
          customRequest={async ({ file, onSuccess, onError }) => {
            const blob = file as File;
            try {
              const result = await upload({
                input: { fileName: blob.name, mimeType: blob.type || 'application/octet-stream', contentBase64: await readBase64(blob) },
              });
              if (result.error || !result.data) {
                const message = errorOf(result.error)?.message ?? '上传失败';
                setUploadFailure(message);
                onError?.(Object.assign(new Error(message), { status: 400 }));
              } else onSuccess?.(result.data.uploadEvidence);
            } catch (error) {
              onError?.(error as Error);
            }
          }}
        >
          <Button icon={<UploadOutlined />}>上传佐证材料</Button>
        </Upload>
      </Form.Item>
      {uploadFailure && <Alert data-testid="report-error" type="error" showIcon title={uploadFailure} />}
    </FormModal>
  );
}
