import { ListLimit, TextLimit } from '@ronghe/types';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { useAccess } from '../auth/access';
import { FormModal } from '../common/FormModal';
import { useFeedback, useSaved } from '../common/useFeedback';
import { graphql } from '../gql';
import type { ImportHolidayCalendarMutation } from '../gql/graphql';

const YearsDocument = graphql(`
  query CalendarYears { calendarYears(first: 50) { nodes { year documentNumber title issuedOn source importedAt importedBy } } }
`);
const DaysDocument = graphql(`query CalendarDays($year: Int!) { calendarDays(year: $year) { day kind note } }`);
const SetDaysDocument = graphql(`mutation SetCalendarDays($days: [CalendarDayInput!]!) { setCalendarDays(days: $days) }`);
const RemoveDaysDocument = graphql(`mutation RemoveCalendarDays($days: [String!]!) { removeCalendarDays(days: $days) }`);
const ImportDocument = graphql(`
  mutation ImportHolidayCalendar($input: CalendarYearInput!) { importHolidayCalendar(input: $input) { year } }
`);

const KIND = { HOLIDAY: ['red', '放假'], WORKDAY: ['blue', '调休上班'] } as const;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

type DayRow = { day: string; kind: 'HOLIDAY' | 'WORKDAY'; note?: string | null };

/**
 * Reads the import's lines, one day each: 日期,类型,说明 — the type 放假/HOLIDAY or 上班/调休上班/WORKDAY.
 * Returns the days, or the first line it cannot read.
 */
export function parseCalendarLines(text: string): { days: DayRow[] } | { error: string } {
  const days: DayRow[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  for (const [i, line] of lines.entries()) {
    if (!line || line.startsWith('#') || line.startsWith('日期')) continue;
    const [day = '', kindText = '', ...note] = line.split(/[,,\t]/).map((p) => p.trim());
    const kind = ['放假', 'HOLIDAY'].includes(kindText) ? 'HOLIDAY' : ['上班', '调休上班', 'WORKDAY'].includes(kindText) ? 'WORKDAY' : null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !kind) return { error: `第 ${i + 1} 行无法识别:${line}` };
    days.push({ day, kind, note: note.join(',') || null });
  }
  return { days };
}

const daysOf = (text: string) => {
  const parsed = parseCalendarLines(text);
  return 'days' in parsed ? parsed.days : [];
};

/** 节假日日历: the State Council's yearly arrangement the 公示 period is counted on, shown, corrected and imported by the office. */
export function HolidayCalendarPage() {
  const access = useAccess();
  const office = access.can('commendation.manage');
  const [{ data: years, fetching: loadingYears, error }, refetchYears] = useQuery({ query: YearsDocument, requestPolicy: 'network-only' });
  const known = years?.calendarYears.nodes ?? [];
  const [year, setYear] = useState<number | null>(null);
  useEffect(() => {
    if (year === null && known[0]) setYear(known[0].year);
  }, [year, known]);
  const shown = year ?? dayjs().year();
  const [{ data: days, fetching: loadingDays }, refetchDays] = useQuery({
    query: DaysDocument,
    variables: { year: shown },
    requestPolicy: 'network-only',
  });
  const [, setDays] = useMutation(SetDaysDocument);
  const [, removeDays] = useMutation(RemoveDaysDocument);
  const [, importYear] = useMutation(ImportDocument);
  const [editing, setEditing] = useState<DayRow | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const refetch = () => {
    refetchYears({ requestPolicy: 'network-only' });
    refetchDays({ requestPolicy: 'network-only' });
  };
  const done = useFeedback(refetch);
  const saved = useSaved(refetch);
  const notice = known.find((y) => y.year === shown);
  const yearOptions = [...new Set([...known.map((y) => y.year), dayjs().year(), dayjs().year() + 1])].sort((a, b) => b - a);

  return (
    <Card
      title="节假日日历"
      extra={
        <Space>
          <Select
            data-testid="calendar-year"
            style={{ width: 120 }}
            value={shown}
            onChange={setYear}
            options={yearOptions.map((y) => ({ value: y, label: `${y}年` }))}
          />
          {office && <Button onClick={() => setEditing('new')}>添加日期</Button>}
          {office && (
            <Button type="primary" onClick={() => setImporting(true)}>
              导入年度安排
            </Button>
          )}
        </Space>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          公示期按工作日计算:周末休息,下列放假日休息、调休上班日上班。每年国务院办公厅发布次年放假通知后,请导入该年安排;未导入的年度不能开始会延续到该年的公示。
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon message={errorOf(error)?.message} />}
        {!loadingYears && !notice && (
          <Alert data-testid="calendar-missing" type="warning" showIcon message={`${shown} 年的节假日安排尚未导入,公示期不能延续到该年`} />
        )}
        {notice && (
          <Descriptions size="small" column={2} bordered data-testid="calendar-notice">
            <Descriptions.Item label="通知">{notice.title}</Descriptions.Item>
            <Descriptions.Item label="文号">{notice.documentNumber}</Descriptions.Item>
            <Descriptions.Item label="成文日期">{notice.issuedOn}</Descriptions.Item>
            <Descriptions.Item label="来源">{notice.source}</Descriptions.Item>
            <Descriptions.Item label="导入">
              {notice.importedBy === 'system' ? '随系统安装' : notice.importedBy} · {dayjs(notice.importedAt).format('YYYY-MM-DD HH:mm')}
            </Descriptions.Item>
          </Descriptions>
        )}
        <Table<DayRow>
          rowKey="day"
          size="small"
          loading={loadingDays}
          pagination={false}
          data-testid="calendar-days"
          dataSource={(days?.calendarDays ?? []) as DayRow[]}
          columns={[
            { title: '日期', dataIndex: 'day', width: 130 },
            { title: '星期', width: 80, render: (_: unknown, d) => WEEKDAYS[dayjs(d.day).day()] },
            { title: '类型', width: 110, render: (_: unknown, d) => <Tag color={KIND[d.kind][0]}>{KIND[d.kind][1]}</Tag> },
            { title: '说明', dataIndex: 'note' },
            ...(office
              ? [
                  {
                    title: '',
                    width: 150,
                    render: (_: unknown, d: DayRow) => (
                      <Space>
                        <Button size="small" onClick={() => setEditing(d)}>
                          修改
                        </Button>
                        <Popconfirm
                          title={`删除 ${d.day}?`}
                          description="删除后该日按普通工作日或周末计算"
                          okText="删除"
                          cancelText="取消"
                          onConfirm={async () => done(await removeDays({ days: [d.day] }), '已删除')}
                        >
                          <Button size="small" danger>
                            删除
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Space>
      {editing && (
        <FormModal<{ day: Dayjs; kind: 'HOLIDAY' | 'WORKDAY'; note?: string }>
          id="calendar-day"
          title={editing === 'new' ? '添加日期' : `修改 ${editing.day}`}
          okText="保存"
          initialValues={
            editing === 'new' ? { kind: 'HOLIDAY' } : { day: dayjs(editing.day), kind: editing.kind, note: editing.note ?? '' }
          }
          submit={(v) => setDays({ days: [{ day: v.day.format('YYYY-MM-DD'), kind: v.kind, note: v.note?.trim() || null }] })}
          onClose={() => setEditing(null)}
          onDone={saved('已保存', () => setEditing(null))}
        >
          <Form.Item name="day" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker disabled={editing !== 'new'} />
          </Form.Item>
          <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
            <Select
              options={[
                { value: 'HOLIDAY', label: '放假' },
                { value: 'WORKDAY', label: '调休上班' },
              ]}
            />
          </Form.Item>
          <Form.Item name="note" label="说明">
            <Input maxLength={TextLimit.LABEL} placeholder="如 国庆节" />
          </Form.Item>
        </FormModal>
      )}
      {importing && (
        <FormModal<
          { year: number; documentNumber: string; title: string; issuedOn: Dayjs; source: string; lines: string },
          ImportHolidayCalendarMutation
        >
          id="calendar-import"
          title="导入年度安排(国务院办公厅放假通知)"
          okText="导入"
          width={720}
          initialValues={{ year: dayjs().year() + 1 }}
          submit={(v) =>
            importYear({
              input: {
                year: v.year,
                documentNumber: v.documentNumber.trim(),
                title: v.title.trim(),
                issuedOn: v.issuedOn.format('YYYY-MM-DD'),
                source: v.source.trim(),
                days: daysOf(v.lines),
              },
            })
          }
          onClose={() => setImporting(false)}
          onDone={(data) => {
            setImporting(false);
            setYear(data.importHolidayCalendar.year);
            saved('已导入,该年原有设置已被取代', () => undefined)();
          }}
        >
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message="导入后取代该年原有的全部放假日和调休上班日。" />
          <Space wrap>
            <Form.Item name="year" label="年度" rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="documentNumber" label="文号" rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={TextLimit.SHORT_CODE} placeholder="国办发明电〔2026〕X号" style={{ width: 240 }} />
            </Form.Item>
            <Form.Item name="issuedOn" label="成文日期" rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
          </Space>
          <Form.Item name="title" label="通知标题" rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={TextLimit.TITLE} placeholder="国务院办公厅关于XXXX年部分节假日安排的通知" />
          </Form.Item>
          <Form.Item name="source" label="来源" rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={TextLimit.ADDRESS} placeholder="中国政府网网址" />
          </Form.Item>
          <Form.Item
            name="lines"
            label={`日期(每行一天:日期,类型,说明;类型为 放假 或 上班;至多 ${ListLimit.CALENDAR_DAYS} 行)`}
            rules={[
              { required: true, whitespace: true, message: '请填写日期' },
              {
                validator: async (_, value: string | undefined) => {
                  const parsed = parseCalendarLines(value ?? '');
                  if ('error' in parsed) throw new Error(parsed.error);
                },
              },
            ]}
          >
            <Input.TextArea rows={10} placeholder={'2027-01-01,放假,元旦\n2027-02-06,上班,春节调休上班'} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
