import { Gender, idNumberCheckChar, OrganizationKind } from '@ronghe/types';
import { demoUnits } from './units.js';

export interface DemoPerson {
  name: string;
  gender: Gender;
  idNumber: string;
  phone: string;
  homeProvince: string;
  homeCity: string;
  employer: string;
  community: string;
  arrivalDate: string;
  skills: string[];
  trainings: string[];
}

// Where the district's migrant workers come from: region code of the ID number, province, city.
const HOMES: [string, string, string][] = [
  ['411502', '河南省', '信阳市'],
  ['411602', '河南省', '周口市'],
  ['411702', '河南省', '驻马店市'],
  ['411402', '河南省', '商丘市'],
  ['411302', '河南省', '南阳市'],
  ['410502', '河南省', '安阳市'],
  ['341202', '安徽省', '阜阳市'],
  ['371302', '山东省', '临沂市'],
  ['130102', '河北省', '石家庄市'],
  ['420102', '湖北省', '武汉市'],
];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '强',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '桂兰',
  '建华',
  '志强',
  '海燕',
  '红梅',
  '国庆',
  '立新',
];
const SKILLS = [
  '电工',
  '焊工',
  '叉车司机',
  '厨师',
  '育婴员',
  '家政服务',
  '快递分拣',
  '建筑木工',
  '钢筋工',
  '缝纫工',
  '汽车维修',
  '电商客服',
];
const TRAININGS = ['职业技能培训(初级)', '安全生产培训', '创业培训', '计算机基础培训', '劳动法律知识讲座'];

/** Deterministic pseudo-random numbers, so every start seeds the same people. */
function generator(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

/** A few hundred migrant workers with valid ID numbers, living and working in the demo district. */
export function demoPersons(count = 300): DemoPerson[] {
  const next = generator(20140311);
  const pick = <T>(list: readonly T[]) => list[next(list.length)]!;
  const employers = demoUnits.filter(([, kind]) => kind === OrganizationKind.EMPLOYER || kind === OrganizationKind.MARKET).map(([n]) => n);
  const communities = demoUnits
    .filter(([, kind]) => kind === OrganizationKind.COMMUNITY || kind === OrganizationKind.VILLAGE)
    .map(([n]) => n);
  const persons: DemoPerson[] = [];
  for (let i = 0; i < count; i++) {
    const [region, homeProvince, homeCity] = pick(HOMES);
    const gender = next(2) === 0 ? Gender.MALE : Gender.FEMALE;
    const birth = `${1965 + next(40)}${String(1 + next(12)).padStart(2, '0')}${String(1 + next(28)).padStart(2, '0')}`;
    // The 17th digit is odd for men and even for women.
    const sequence = `${String(next(100)).padStart(2, '0')}${gender === Gender.MALE ? 2 * next(5) + 1 : 2 * next(5)}`;
    const first17 = `${region}${birth}${sequence}`;
    persons.push({
      name: `${pick([...SURNAMES])}${pick(GIVEN)}${i % 7 === 0 ? pick(GIVEN) : ''}`,
      gender,
      idNumber: `${first17}${idNumberCheckChar(first17)}`,
      phone: `1${pick(['35', '38', '39', '58', '86', '37'])}${String(10_000_000 + i * 7919 + next(7919)).slice(-8)}`,
      homeProvince,
      homeCity,
      employer: pick(employers),
      community: pick(communities),
      arrivalDate: `${2010 + next(15)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`,
      skills: [pick(SKILLS)],
      trainings: next(3) === 0 ? [] : [pick(TRAININGS)],
    });
  }
  return persons;
}
