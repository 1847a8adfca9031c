import { DocumentValidity, IndicatorKind, ReportPeriod } from '@ronghe/types';
import type { DemoDocument } from './notice.js';
import { seedNotice } from './notice.js';
import { demoTasks } from './tasks.js';

export interface DemoIndicator {
  name: string;
  kind: IndicatorKind;
  target: number | null;
  unitOfMeasure: string;
  checklistItems?: string[];
}

/**
 * How the current year's plan runs one of the notice's tasks: who leads, by when, measured how.
 * The deadlines are spread over the year so the demo shows every status, depending on the date.
 */
export interface DemoTaskPlan {
  code: string;
  lead: string;
  /** Month and day of the deadline in the plan's year. */
  deadline: string;
  reportPeriod: ReportPeriod;
  indicators: DemoIndicator[];
}

// Targets taken from the notice's own wording (覆盖率达到100%, 六到位, 劳动合同签订率 …).
export const demoTaskPlans: DemoTaskPlan[] = [
  {
    code: '一',
    lead: '区教育体育局',
    deadline: '12-31',
    reportPeriod: ReportPeriod.QUARTERLY,
    indicators: [
      { name: '新型社区学校(教学点)覆盖率', kind: IndicatorKind.PERCENTAGE, target: 100, unitOfMeasure: '%' },
      { name: '流动人口同住子女免费接受义务教育比例', kind: IndicatorKind.PERCENTAGE, target: 100, unitOfMeasure: '%' },
    ],
  },
  {
    code: '二',
    lead: '区人力资源和社会保障局',
    deadline: '12-31',
    reportPeriod: ReportPeriod.MONTHLY,
    indicators: [
      {
        name: '劳动就业服务网络“六到位”',
        kind: IndicatorKind.CHECKLIST,
        target: null,
        unitOfMeasure: '',
        checklistItems: ['机构', '编制', '人员', '经费', '场地', '工作制度'],
      },
      { name: '小企业和流动人口劳动合同签订率', kind: IndicatorKind.RISING_RATE, target: 90, unitOfMeasure: '%' },
      { name: '流动人口职业技能培训', kind: IndicatorKind.COUNT, target: 500, unitOfMeasure: '人次' },
    ],
  },
  {
    code: '三',
    lead: '区人力资源和社会保障局',
    deadline: '12-15',
    reportPeriod: ReportPeriod.QUARTERLY,
    indicators: [
      {
        name: '社保办事大厅“一站式”服务事项',
        kind: IndicatorKind.CHECKLIST,
        target: null,
        unitOfMeasure: '',
        checklistItems: ['登记', '申报', '转移', '变更', '年检', '终止'],
      },
    ],
  },
  {
    code: '四',
    lead: '管城规划分局',
    deadline: '12-31',
    reportPeriod: ReportPeriod.QUARTERLY,
    indicators: [{ name: '建成社区一站式公共服务大厅', kind: IndicatorKind.COUNT, target: 20, unitOfMeasure: '个' }],
  },
  {
    code: '五',
    lead: '区民政局',
    deadline: '06-30+1',
    reportPeriod: ReportPeriod.QUARTERLY,
    indicators: [{ name: '设立新型社区公益基金', kind: IndicatorKind.COUNT, target: 10, unitOfMeasure: '个' }],
  },
  {
    code: '六',
    lead: '区卫生局',
    deadline: '06-30+1',
    reportPeriod: ReportPeriod.QUARTERLY,
    indicators: [{ name: '入住社区居民健康档案建档率', kind: IndicatorKind.PERCENTAGE, target: 95, unitOfMeasure: '%' }],
  },
  {
    code: '七',
    lead: '区人口和计划生育委员会',
    deadline: '10-31',
    reportPeriod: ReportPeriod.MONTHLY,
    indicators: [{ name: '入住人员信息登记建档率', kind: IndicatorKind.PERCENTAGE, target: 100, unitOfMeasure: '%' }],
  },
  {
    code: '八',
    lead: '区文化旅游新闻出版局',
    deadline: '06-30+1',
    reportPeriod: ReportPeriod.QUARTERLY,
    indicators: [{ name: '基层公共文化体育设施免费开放率', kind: IndicatorKind.PERCENTAGE, target: 100, unitOfMeasure: '%' }],
  },
];

/** A deadline such as `12-31` (this year) or `06-30+1` (next year) in the plan's year. */
export function demoDeadline(plan: DemoTaskPlan, year: number): string {
  const [monthDay, plus] = plan.deadline.split('+');
  return `${year + Number(plus ?? 0)}-${monthDay}`;
}

/**
 * A demo work plan for the current year, resting on the seed notice (which has expired): the same
 * eight tasks, in the same words, so they are read out of its text the same way. Marked 演示.
 */
export function demoWorkPlan(year: number): DemoDocument {
  const sections = demoTasks
    .map((t) => `(${t.code})${t.title}\n\n${t.requirement}\n\n(责任单位:${t.responsibleUnits.join(',')})`)
    .join('\n\n');
  return {
    indexNumber: `005275134/${year}-00008`,
    issuer: '管城区人民政府办公室',
    subject: '流动人口',
    writtenOn: `${year}-02-20`,
    publishedOn: `${year}-02-26`,
    genre: '通知',
    documentNumber: `管政办〔${year}〕8号(演示)`,
    validity: DocumentValidity.VALID,
    title: `管城回族区人民政府办公室关于做好${year}年度培育十类典型促进流动人口社会融合工作的通知(演示数据)`,
    fullText: `各乡镇人民政府,各街道办事处,区政府各部门,各有关单位:\n\n为继续落实《管城回族区培育十类典型促进流动人口社会融合实施方案》(管政办〔2014〕1号),现将${year}年度工作安排通知如下。\n\n一、工作目标\n\n各责任单位按期完成下列任务,按月或按季度报告进展。\n\n二、主要任务\n\n${sections}\n\n三、督导考核\n\n区政府办公室对各责任单位的进展按月督导,逾期和有风险的任务列入预警。`,
    basis: [{ documentNumber: seedNotice.documentNumber, title: seedNotice.title }, ...seedNotice.basis],
  };
}
