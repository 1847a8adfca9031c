import { creditCodeCheckChar, OrganizationKind as K, Role } from '@ronghe/types';

/** A unit of the demo district: name, kind, parent's name, short name. */
export type DemoUnit = [name: string, kind: K, parent: string | null, shortName?: string];

export const DISTRICT = '郑州市管城回族区人民政府';

// The units the notice (管政办〔2014〕1号) names as responsible units, plus a realistic district
// around them. Other subgraphs' demo data refer to these by name through the same stable id (`stableId("organization", name)`).
export const demoUnits: DemoUnit[] = [
  [DISTRICT, K.DISTRICT_GOVERNMENT, null, '管城回族区政府'],
  ['管城回族区人民政府办公室', K.DISTRICT_AGENCY, DISTRICT, '区政府办'],
  ['区教育体育局', K.DISTRICT_AGENCY, DISTRICT],
  ['区财政局', K.DISTRICT_AGENCY, DISTRICT],
  ['区人力资源和社会保障局', K.DISTRICT_AGENCY, DISTRICT, '区人社局'],
  ['区国土资源局', K.DISTRICT_AGENCY, DISTRICT],
  ['管城规划分局', K.DISTRICT_AGENCY, DISTRICT],
  ['区发展改革和统计局', K.DISTRICT_AGENCY, DISTRICT],
  ['区工业和信息化局', K.DISTRICT_AGENCY, DISTRICT],
  ['区卫生局', K.DISTRICT_AGENCY, DISTRICT],
  ['区住房保障服务中心', K.DISTRICT_AGENCY, DISTRICT],
  ['区民政局', K.DISTRICT_AGENCY, DISTRICT],
  ['区人口和计划生育委员会', K.DISTRICT_AGENCY, DISTRICT, '区人口计生委'],
  ['管城食药监督分局', K.DISTRICT_AGENCY, DISTRICT],
  ['区科学技术局', K.DISTRICT_AGENCY, DISTRICT],
  ['区文物局', K.DISTRICT_AGENCY, DISTRICT],
  ['区文化旅游新闻出版局', K.DISTRICT_AGENCY, DISTRICT],
  ['区总工会', K.MASS_ORGANIZATION, DISTRICT],
  ['共青团管城回族区委员会', K.MASS_ORGANIZATION, DISTRICT, '团区委'],
  ['郑州市金岱产业集聚区管理委员会', K.INDUSTRIAL_CLUSTER_COMMITTEE, DISTRICT, '金岱产业集聚区管委会'],
  ['十八里河镇', K.TOWNSHIP, DISTRICT],
  ['南曹乡', K.TOWNSHIP, DISTRICT],
  ['北下街街道办事处', K.SUBDISTRICT, DISTRICT, '北下街街道'],
  ['西大街街道办事处', K.SUBDISTRICT, DISTRICT, '西大街街道'],
  ['南关街道办事处', K.SUBDISTRICT, DISTRICT, '南关街道'],
  ['城东路街道办事处', K.SUBDISTRICT, DISTRICT, '城东路街道'],
  ['东大街街道办事处', K.SUBDISTRICT, DISTRICT, '东大街街道'],
  ['二里岗街道办事处', K.SUBDISTRICT, DISTRICT, '二里岗街道'],
  ['陇海马路街道办事处', K.SUBDISTRICT, DISTRICT, '陇海马路街道'],
  ['紫荆山南路街道办事处', K.SUBDISTRICT, DISTRICT, '紫荆山南路街道'],
  ['航海东路街道办事处', K.SUBDISTRICT, DISTRICT, '航海东路街道'],
  ['商城路街道办事处', K.SUBDISTRICT, DISTRICT, '商城路街道'],
  ['十八里河社区', K.COMMUNITY, '十八里河镇'],
  ['小刘村', K.VILLAGE, '十八里河镇'],
  ['南曹社区', K.COMMUNITY, '南曹乡'],
  ['塔湾社区', K.COMMUNITY, '北下街街道办事处'],
  ['东里路社区', K.COMMUNITY, '城东路街道办事处'],
  ['二里岗社区', K.COMMUNITY, '二里岗街道办事处'],
  ['航海东路社区', K.COMMUNITY, '航海东路街道办事处'],
  ['郑州华商汇市场', K.MARKET, '二里岗街道办事处'],
  ['管城回族区流动人口服务管理站', K.SERVICE_AGENCY, '商城路街道办事处'],
  ['管城区外来务工人员职业培训学校', K.TRAINING_INSTITUTION, '南关街道办事处'],
  ['管城区外来务工人员互助协会', K.SOCIAL_ORGANIZATION, '东大街街道办事处'],
  ['郑州宇通物流有限公司', K.EMPLOYER, '十八里河镇'],
  ['郑州金岱食品有限公司', K.EMPLOYER, '郑州市金岱产业集聚区管理委员会'],
  ['河南商都建筑劳务有限公司', K.EMPLOYER, '航海东路街道办事处'],
];

/** One demo account per role; every password is Ronghe@2026 (listed in the README). */
export const demoAccounts = [
  { username: 'admin', displayName: '活动办公室管理员', unit: '管城回族区人民政府办公室', roles: [Role.PROGRAM_ADMIN] },
  { username: 'operator', displayName: '十八里河镇经办人', unit: '十八里河镇', roles: [Role.UNIT_OPERATOR] },
  { username: 'evaluator', displayName: '评审专家', unit: '区财政局', roles: [Role.EVALUATOR] },
  { username: 'approver-hrss', displayName: '区人社局审批人', unit: '区人力资源和社会保障局', roles: [Role.APPROVER] },
  { username: 'approver-hfpc', displayName: '区人口计生委审批人', unit: '区人口和计划生育委员会', roles: [Role.APPROVER] },
  { username: 'partner', displayName: '合作部门查询账号', unit: '区民政局', roles: [Role.PARTNER_READONLY] },
];

export const DEMO_PASSWORD = 'Ronghe@2026';

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * A well-formed 统一社会信用代码 for a demo unit: 11 for government bodies, 51 for social
 * organisations, 52 for private non-enterprise units, 91 for companies; 410104 is 管城回族区.
 */
export function demoCreditCode(name: string, kind: K): string | null {
  const prefix =
    kind === K.DISTRICT_AGENCY || kind === K.DISTRICT_GOVERNMENT || kind === K.INDUSTRIAL_CLUSTER_COMMITTEE
      ? '11'
      : kind === K.SOCIAL_ORGANIZATION || kind === K.MASS_ORGANIZATION
        ? '51'
        : kind === K.TRAINING_INSTITUTION || kind === K.SERVICE_AGENCY
          ? '52'
          : kind === K.EMPLOYER || kind === K.MARKET
            ? '91'
            : null;
  if (!prefix) return null;
  let hash = 2166136261;
  for (const ch of name) hash = Math.imul(hash ^ ch.codePointAt(0)!, 16777619) >>> 0;
  let body = '';
  for (let i = 0; i < 9; i++) {
    body += CODE_CHARS[hash % 31];
    hash = (Math.imul(hash, 1103515245) + 12345) >>> 0;
  }
  const first17 = `${prefix}410104${body}`;
  return `${first17}${creditCodeCheckChar(first17)}`;
}

/** A demo unit and the units above it, nearest first, up to the district (what 回避 is checked against). */
export function demoLineage(name: string): string[] {
  const parentOf = new Map(demoUnits.map(([unit, , parent]) => [unit, parent]));
  const lineage: string[] = [];
  for (let unit: string | null | undefined = name; unit; unit = parentOf.get(unit)) lineage.push(unit);
  return lineage;
}
