import { demoTasks, seedNotice } from '@ronghe/demo';
import { describe, expect, it } from 'vitest';
import { mainTasksOf } from './plan-text.js';

describe('reading the main tasks out of the seed notice', () => {
  const tasks = mainTasksOf(seedNotice.fullText);

  it('finds the eight main tasks in order, with their headings', () => {
    expect(tasks.map((t) => t.code)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八']);
    expect(tasks.map((t) => t.title)).toEqual(demoTasks.map((t) => t.title));
  });

  it('keeps the responsible units exactly as listed, the township group whole', () => {
    expect(tasks.map((t) => t.responsibleUnits)).toEqual(demoTasks.map((t) => t.responsibleUnits));
    expect(tasks[6]!.responsibleUnits).toEqual(['各乡镇、街道办事处', '区人口和计划生育委员会', '郑州市金岱产业集聚区管理委员会']);
  });

  it('takes the requirement text word for word from the paragraphs under each heading', () => {
    expect(tasks[0]!.requirement).toContain('实现新型社区学校(教学点)覆盖率达到100%');
    expect(tasks[0]!.requirement).toContain('保证流动人口同住子女免费平等接受义务教育。');
    expect(tasks[1]!.requirement).toContain('“机构、编制、人员、经费、场地、工作制度”六到位');
    for (const task of tasks) expect(seedNotice.fullText).toContain(task.requirement.split('\n')[0]);
  });

  it('stops at section 三, whose responsible units are not a main task', () => {
    expect(tasks.some((t) => t.title.includes('十类典型的选拔'))).toBe(false);
  });
});
