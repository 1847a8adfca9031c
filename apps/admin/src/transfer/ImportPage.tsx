import { InboxOutlined } from '@ant-design/icons';
import { importModeLabels } from '@ronghe/types';
import { Alert, Button, Card, Radio, Space, Statistic, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { errorOf } from '../api/client';
import { optionsOf } from '../common/labels';
import { graphql } from '../gql';
import type { ImportMode, ImportReport } from '../gql/graphql';

const ImportOrganizationsDocument = graphql(`
  mutation ImportOrganizations($file: ImportFileInput!) {
    importOrganizations(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }
  }
`);
const ImportPersonsDocument = graphql(`
  mutation ImportPersons($file: ImportFileInput!) {
    importPersons(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }
  }
`);

const TEMPLATES = {
  organizations: '单位名称,简称,单位类型,上级单位,统一社会信用代码,地址,联系人,联系电话\n',
  persons: '姓名,性别,身份证号,手机号,户籍省份,户籍城市,就业单位,居住社区,来本区时间,职业技能,接受培训\n',
};

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function downloadTemplate(target: keyof typeof TEMPLATES) {
  // A BOM makes Excel read the UTF-8 headers correctly.
  const blob = new Blob(['\uFEFF', TEMPLATES[target]], { type: 'text/csv;charset=utf-8' });
  const link = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(blob),
    download: `${target === 'organizations' ? '单位' : '外来务工人员'}导入模板.csv`,
  });
  link.click();
  URL.revokeObjectURL(link.href);
}

/** 数据导入: a spreadsheet in, a row-by-row report out. */
export function ImportPage() {
  const [target, setTarget] = useState<'organizations' | 'persons'>('organizations');
  const [mode, setMode] = useState<ImportMode>('ALL_OR_NOTHING');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [units, importUnits] = useMutation(ImportOrganizationsDocument);
  const [persons, importPersons] = useMutation(ImportPersonsDocument);

  async function submit() {
    if (!file) return;
    setError(null);
    setReport(null);
    const input = { file: { fileName: file.name, contentBase64: await toBase64(file), mode } };
    const result = target === 'organizations' ? await importUnits(input) : await importPersons(input);
    const data = result.data && ('importOrganizations' in result.data ? result.data.importOrganizations : result.data.importPersons);
    if (data) setReport(data as ImportReport);
    else setError(errorOf(result.error)?.message ?? '导入失败');
  }

  return (
    <Card title="数据导入">
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Space wrap>
          <Radio.Group
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'organizations', label: '导入单位' },
              { value: 'persons', label: '导入外来务工人员' },
            ]}
          />
          <Button type="link" onClick={() => downloadTemplate(target)}>
            下载模板
          </Button>
        </Space>
        <Radio.Group
          value={mode}
          onChange={(e) => setMode(e.target.value)}
          options={optionsOf(importModeLabels)}
          data-testid="import-mode"
        />
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            setReport(null);
            return false;
          }}
          onRemove={() => setFile(null)}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入 Excel(.xlsx)或 CSV 文件</p>
          <p className="ant-upload-hint">第 1 行为表头;同一文件重复导入不会重复登记</p>
        </Upload.Dragger>
        <Button type="primary" disabled={!file} loading={units.fetching || persons.fetching} onClick={submit}>
          开始导入
        </Button>
        {error && <Alert type="error" showIcon message={error} />}
        {report && (
          <div data-testid="import-report">
            <Alert
              showIcon
              style={{ marginBottom: 16 }}
              type={report.failed === 0 ? 'success' : report.applied ? 'warning' : 'error'}
              message={
                report.applied
                  ? report.failed === 0
                    ? '导入完成'
                    : `已导入正确的行,${report.failed} 行有错误未导入`
                  : `有 ${report.failed} 行错误,按“全部正确才导入”方式,本次未导入任何数据`
              }
            />
            <Space size="large" style={{ marginBottom: 16 }}>
              <Statistic title="数据行" value={report.totalRows} />
              <Statistic title="新增" value={report.created} />
              <Statistic title="更新" value={report.updated} />
              <Statistic title="无变化" value={report.unchanged} />
              <Statistic title="错误行" value={report.failed} valueStyle={{ color: report.failed ? '#cf1322' : undefined }} />
            </Space>
            {report.errors.length > 0 && (
              <>
                <Typography.Title level={5}>错误明细</Typography.Title>
                <Table
                  rowKey={(e) => `${e.row}-${e.column}`}
                  size="small"
                  pagination={false}
                  dataSource={report.errors}
                  columns={[
                    { title: '行号', dataIndex: 'row', width: 80 },
                    { title: '列', dataIndex: 'column', width: 160 },
                    {
                      title: '原因',
                      dataIndex: 'reason',
                      // A unit registered under another parent is moved on its own screen, not by the import.
                      render: (reason: string) =>
                        reason.includes('调整隶属关系') ? (
                          <Space wrap>
                            {reason}
                            <Link to="/organizations/move">去调整隶属关系</Link>
                          </Space>
                        ) : (
                          reason
                        ),
                    },
                  ]}
                />
              </>
            )}
          </div>
        )}
      </Space>
    </Card>
  );
}
