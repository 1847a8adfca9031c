import { TypicalCategory } from '@ronghe/types';

export interface DemoNomination {
  category: TypicalCategory;
  nominee: string;
  nominator: string;
  deeds: string;
}

export const DEMO_CYCLE_YEAR = 2026;

/** A few of this year's nominations (上报), enough to show the review's results joined in. */
export const demoNominations: DemoNomination[] = [
  {
    category: TypicalCategory.TOWNSHIP,
    nominee: '十八里河镇',
    nominator: '十八里河镇',
    deeds: '建成镇、村两级劳动就业服务网络,新型社区学校覆盖率达到100%。',
  },
  {
    category: TypicalCategory.EMPLOYER,
    nominee: '郑州宇通物流有限公司',
    nominator: '十八里河镇',
    deeds: '外来务工人员劳动合同签订率100%,设立职工书屋和子女暑期托管班。',
  },
  {
    category: TypicalCategory.COMMUNITY,
    nominee: '二里岗社区',
    nominator: '二里岗街道办事处',
    deeds: '建立一站式公共服务大厅,流动人口计划生育服务登记建档率100%。',
  },
  {
    category: TypicalCategory.TRAINING_INSTITUTION,
    nominee: '管城区外来务工人员职业培训学校',
    nominator: '区人力资源和社会保障局',
    deeds: '年培训外来务工人员1200人次,培训后就业率92%。',
  },
];
