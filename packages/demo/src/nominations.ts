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

/**
 * The demo shows every role's stage at once, so each demo account has its part to play on a fresh
 * start: DEMO_CYCLE_YEAR's list awaits the approvers, this earlier year's review awaits the demo
 * evaluator's marks (its scoring was left open), and next year's call is open for units to prepare.
 * A year has one call and a call one review, hence three years.
 */
export const DEMO_SCORING_YEAR = DEMO_CYCLE_YEAR - 1;

/** The scoring year's accepted nominations: none from or by the demo evaluator's unit (区财政局), so no 回避. */
export const demoScoringNominations: DemoNomination[] = [
  {
    category: TypicalCategory.SUBDISTRICT,
    nominee: '航海东路街道办事处',
    nominator: '航海东路街道办事处',
    deeds: '建成流动人口服务站6个,外来务工人员子女入学“零门槛”,随迁子女入学率100%。',
  },
  {
    category: TypicalCategory.MARKET,
    nominee: '郑州华商汇市场',
    nominator: '二里岗街道办事处',
    deeds: '市场内设立务工人员服务窗口和法律援助点,全年调解劳资纠纷37起。',
  },
  {
    category: TypicalCategory.SOCIAL_ORGANIZATION,
    nominee: '管城区外来务工人员互助协会',
    nominator: '东大街街道办事处',
    deeds: '组织志愿者320人,开展互助帮扶、文体活动和技能交流,覆盖会员2100人。',
  },
];

/** Next year's call, opened early: the demo operator's unit has a draft to complete and submit. */
export const DEMO_OPEN_YEAR = DEMO_CYCLE_YEAR + 1;

export const demoDraftNominations: DemoNomination[] = [
  {
    category: TypicalCategory.COMMUNITY,
    nominee: '十八里河社区',
    nominator: '十八里河镇',
    deeds: '(草稿)社区网格员走访登记流动人口,组织“新市民”融入活动。',
  },
];

/** A demo nomination's stable id, the same in every subgraph's seed. */
export const demoNominationKey = (year: number, n: Pick<DemoNomination, 'category' | 'nominee'>) => `${year}:${n.category}:${n.nominee}`;
