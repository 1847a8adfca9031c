import { OrganizationKind, TaskArea } from '@ronghe/types';
import { demoUnits } from './units.js';

export interface DemoTask {
  code: string;
  title: string;
  area: TaskArea;
  requirement: string;
  /** 责任单位 exactly as the notice lists them; "各乡镇、街道办事处" stands for every township and sub-district. */
  responsibleUnits: string[];
}

const EVERY_TOWNSHIP_AND_SUBDISTRICT = '各乡镇、街道办事处';

/** The units "各乡镇、街道办事处" names in the demo district. */
export const townshipsAndSubdistricts = demoUnits
  .filter(([, kind]) => kind === OrganizationKind.TOWNSHIP || kind === OrganizationKind.SUBDISTRICT)
  .map(([name]) => name);

/** Expands the notice's wording of a task's responsible units into unit names. */
export function expandResponsibleUnits(units: string[]): string[] {
  return units.flatMap((u) => (u === EVERY_TOWNSHIP_AND_SUBDISTRICT ? townshipsAndSubdistricts : [u]));
}

// 管政办〔2014〕1号, 二、主要任务 (一) to (八).
export const demoTasks: DemoTask[] = [
  {
    code: '一',
    title: '实现基本公共教育均等化,使流动人口子女融入学校',
    area: TaskArea.EDUCATION,
    requirement:
      '构建覆盖城乡、布局合理的学前教育公共服务体系,实现新型社区学校(教学点)覆盖率达到100%。推进义务教育均衡发展,保证流动人口同住子女免费平等接受义务教育。',
    responsibleUnits: [
      EVERY_TOWNSHIP_AND_SUBDISTRICT,
      '区教育体育局',
      '区财政局',
      '区人力资源和社会保障局',
      '区国土资源局',
      '管城规划分局',
      '郑州市金岱产业集聚区管理委员会',
    ],
  },
  {
    code: '二',
    title: '实现就业保障均等化,使流动人口成人融入企业',
    area: TaskArea.EMPLOYMENT,
    requirement:
      '构建区、乡镇街道办事处、村(社区)三级劳动就业服务网络,做到“机构、编制、人员、经费、场地、工作制度”六到位。推行劳动合同制度,提高小企业和流动人口劳动合同签订率,扩大集体合同覆盖面。',
    responsibleUnits: [
      EVERY_TOWNSHIP_AND_SUBDISTRICT,
      '区发展改革和统计局',
      '区工业和信息化局',
      '区财政局',
      '区人力资源和社会保障局',
      '管城规划分局',
      '区总工会',
      '郑州市金岱产业集聚区管理委员会',
    ],
  },
  {
    code: '三',
    title: '实现社会保障均等化,使流动人口群体融入城市',
    area: TaskArea.SOCIAL_SECURITY,
    requirement:
      '完善住房保障制度,推行“三房合一”住房保障管理新机制;建立“五险合一”的社会保障卡制度;建立社保办事大厅,各项社会保险业务实现“一站式”服务。',
    responsibleUnits: [
      EVERY_TOWNSHIP_AND_SUBDISTRICT,
      '区财政局',
      '区人力资源和社会保障局',
      '区卫生局',
      '区住房保障服务中心',
      '郑州市金岱产业集聚区管理委员会',
    ],
  },
  {
    code: '四',
    title: '开展社区示范化创建,促进流动人口家庭融入社区',
    area: TaskArea.COMMUNITY,
    requirement: '强化社区基础设施和公共服务规划,在社区建立一站式公共服务大厅,使入住社区居民都能享受到城市的基础设施、公共服务和就业环境。',
    responsibleUnits: [EVERY_TOWNSHIP_AND_SUBDISTRICT, '区国土资源局', '管城规划分局', '郑州市金岱产业集聚区管理委员会'],
  },
  {
    code: '五',
    title: '实现基本生活保障均等化',
    area: TaskArea.LIVELIHOOD,
    requirement: '新型社区居民与户籍地居民同享统一标准的最低生活保障标准;设立新型社区公益基金;基本建立未成年人福利服务体系。',
    responsibleUnits: [EVERY_TOWNSHIP_AND_SUBDISTRICT, '区民政局', '区财政局', '郑州市金岱产业集聚区管理委员会'],
  },
  {
    code: '六',
    title: '实现基本医疗卫生保障均等化',
    area: TaskArea.HEALTH,
    requirement: '建立城乡居民健康档案,为入社区居民免费提供基本公共卫生服务;开展健康教育与健康促进活动。',
    responsibleUnits: [
      EVERY_TOWNSHIP_AND_SUBDISTRICT,
      '区财政局',
      '区卫生局',
      '区人口和计划生育委员会',
      '管城食药监督分局',
      '郑州市金岱产业集聚区管理委员会',
    ],
  },
  {
    code: '七',
    title: '增强社区计划生育工作服务管理能力',
    area: TaskArea.FAMILY_PLANNING,
    requirement: '完善社区计划生育工作站、服务管理职能,配备计划生育工作人员,及时采集入住人员信息,登记建档,提供免费技术服务。',
    responsibleUnits: [EVERY_TOWNSHIP_AND_SUBDISTRICT, '区人口和计划生育委员会', '郑州市金岱产业集聚区管理委员会'],
  },
  {
    code: '八',
    title: '实现公共文化体育服务均等化',
    area: TaskArea.CULTURE_SPORTS,
    requirement: '逐步完善区、乡镇、村三级公共文化设施全覆盖;免费开放基层公共文化体育设施;加快全民健身场地设施建设。',
    responsibleUnits: [
      EVERY_TOWNSHIP_AND_SUBDISTRICT,
      '区教育体育局',
      '区科学技术局',
      '区财政局',
      '区文物局',
      '区文化旅游新闻出版局',
      '共青团管城回族区委员会',
      '郑州市金岱产业集聚区管理委员会',
    ],
  },
];
