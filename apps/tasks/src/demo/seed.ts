import { demoDeadline, type DemoDocument, demoTaskPlans, demoTasks, demoWorkPlan, expandResponsibleUnits, seedNotice } from '@ronghe/demo';
import { type Logger, stableId } from '@ronghe/kit';
import { AssignmentRole, beijingDate, previousPeriod, ReportStatus } from '@ronghe/types';
import type { DataSource, EntityManager } from 'typeorm';
import { Assignment } from '../assignment/assignment.entity.js';
import type { Clock } from '@ronghe/kit/clock';
import { PolicyDocument } from '../document/document.entity.js';
import { mainTasksOf } from '../document/plan-text.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { IndicatorValue, ProgressReport } from '../report/report.entity.js';
import { Task } from '../task/task.entity.js';

const documentId = (d: DemoDocument) => stableId('policy-document', d.documentNumber);
const unitId = (name: string) => stableId('organization', name);

/**
 * Loads the seed notice (管政办〔2014〕1号, expired: its eight tasks stay as history) and a demo
 * work plan for the current year in force, with leads, deadlines, indicators and a few reports.
 * Tasks are read out of each document's text, as the office would from the published plan.
 */
export async function seedDemo(dataSource: DataSource, logger: Logger, clock: Clock): Promise<void> {
  const year = Number(beijingDate(clock()).slice(0, 4));
  const plan = demoWorkPlan(year);
  await dataSource.transaction(async (tx) => {
    await upsertDocument(tx, seedNotice);
    if ((await tx.getRepository(Task).countBy({ documentId: documentId(seedNotice) })) === 0) await seedPlan(tx, seedNotice, null);
    if (!(await tx.getRepository(PolicyDocument).existsBy({ id: documentId(plan) }))) {
      await upsertDocument(tx, plan);
      await seedPlan(tx, plan, year);
      await seedReports(tx, plan, clock);
    }
  });
  logger.info({ documents: 2, tasks: demoTasks.length * 2 }, 'demo data loaded');
}

/** The document row; the notice's full text is (re)written, as a database migrated from before documents existed lacks it. */
async function upsertDocument(tx: EntityManager, d: DemoDocument) {
  await tx
    .createQueryBuilder()
    .insert()
    .into(PolicyDocument)
    .values({ ...d, id: documentId(d) })
    .orUpdate(['full_text', 'basis'], ['id'])
    .execute();
}

async function seedPlan(tx: EntityManager, d: DemoDocument, year: number | null) {
  const planned = mainTasksOf(d.fullText);
  const taskId = (code: string) => stableId('task', year === null ? code : `${d.documentNumber}:${code}`);
  await tx.getRepository(Task).insert(
    planned.map((t, index) => {
      const settings = demoTaskPlans.find((p) => p.code === t.code)!;
      return {
        id: taskId(t.code),
        documentId: documentId(d),
        parentId: null,
        ownerOrganizationId: null,
        code: t.code,
        title: t.title,
        area: demoTasks.find((dt) => dt.code === t.code)!.area,
        requirement: t.requirement,
        sortOrder: index + 1,
        deadline: year === null ? null : demoDeadline(settings, year),
        reportPeriod: settings.reportPeriod,
      };
    }),
  );
  // The notice names no lead unit; in the current plan the office has designated one. Units were
  // handed their tasks when the document was published, in plan order.
  const published = Date.parse(`${d.publishedOn}T09:00:00+08:00`);
  let handedOut = 0;
  await tx.getRepository(Assignment).insert(
    planned.flatMap((t) => {
      const lead = year === null ? null : demoTaskPlans.find((p) => p.code === t.code)!.lead;
      return expandResponsibleUnits(t.responsibleUnits).map((unit) => ({
        createdAt: new Date(published + handedOut++),
        id: stableId('assignment', year === null ? `${t.code}:${unit}` : `${d.documentNumber}:${t.code}:${unit}`),
        taskId: taskId(t.code),
        organizationId: unitId(unit),
        role: unit === lead ? AssignmentRole.LEAD : AssignmentRole.SUPPORTING,
      }));
    }),
  );
  if (year === null) return;
  await tx.getRepository(Indicator).insert(
    demoTaskPlans.flatMap((p) =>
      p.indicators.map((i, index) => ({
        id: stableId('indicator', `${d.documentNumber}:${p.code}:${i.name}`),
        taskId: taskId(p.code),
        name: i.name,
        kind: i.kind,
        target: i.target,
        unitOfMeasure: i.unitOfMeasure,
        checklistItems: i.checklistItems ?? [],
        deadline: null,
        sortOrder: index + 1,
      })),
    ),
  );
}

/** A few accepted reports from the last period, so the dashboard shows progress from the start. */
async function seedReports(tx: EntityManager, d: DemoDocument, clock: Clock) {
  const today = beijingDate(clock());
  const samples: { code: string; unit: string; summary: string; values: [string, number | string[]][]; complete?: boolean }[] = [
    {
      code: '一',
      unit: '区教育体育局',
      summary: '新建社区教学点 6 个,流动人口同住子女全部免费入学。',
      values: [
        ['新型社区学校(教学点)覆盖率', 85],
        ['流动人口同住子女免费接受义务教育比例', 100],
      ],
    },
    {
      code: '二',
      unit: '区人力资源和社会保障局',
      summary: '三级就业服务网络基本建成,开展技能培训 12 期。',
      values: [
        ['劳动就业服务网络“六到位”', ['机构', '编制', '人员', '经费', '场地', '工作制度']],
        ['小企业和流动人口劳动合同签订率', 92],
        ['流动人口职业技能培训', 520],
      ],
    },
    {
      code: '六',
      unit: '区卫生局',
      summary: '入住社区居民健康档案建档工作稳步推进。',
      values: [['入住社区居民健康档案建档率', 70]],
    },
  ];
  for (const sample of samples) {
    const plan = demoTaskPlans.find((p) => p.code === sample.code)!;
    const assignmentId = stableId('assignment', `${d.documentNumber}:${sample.code}:${sample.unit}`);
    const reportId = stableId('progress-report', `${assignmentId}:demo`);
    const at = clock();
    await tx.getRepository(ProgressReport).insert({
      id: reportId,
      assignmentId,
      period: previousPeriod(today, plan.reportPeriod),
      status: ReportStatus.ACCEPTED,
      summary: sample.summary,
      declaresComplete: false,
      submittedAt: at,
      submittedBy: 'demo',
      reviewedAt: at,
      reviewedBy: 'admin',
    });
    await tx.getRepository(IndicatorValue).insert(
      sample.values.map(([name, value]) => ({
        id: stableId('indicator-value', `${reportId}:${name}`),
        reportId,
        assignmentId,
        indicatorId: stableId('indicator', `${d.documentNumber}:${sample.code}:${name}`),
        value: Array.isArray(value) ? null : value,
        checkedItems: Array.isArray(value) ? value : [],
      })),
    );
  }
}
