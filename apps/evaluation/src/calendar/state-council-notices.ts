// The State Council's yearly notices on public holidays (国务院办公厅关于X年部分节假日安排的通知), as
// data: each holiday's days off and the weekend days worked instead (调休上班). Copied from the notices'
// text; a new year's notice is brought in with `importHolidayCalendar`, not by editing this file.
import { addDays } from '@ronghe/types';
import type { DayKind } from './working-days.js';

export interface HolidayNotice {
  year: number;
  documentNumber: string;
  title: string;
  /** The notice's date (成文日期). */
  issuedOn: string;
  source: string;
  holidays: { name: string; from: string; to: string; workdays: string[] }[];
}

export const STATE_COUNCIL_NOTICES: readonly HolidayNotice[] = [
  {
    year: 2025,
    documentNumber: '国办发明电〔2024〕12号',
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    issuedOn: '2024-11-12',
    source: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
    holidays: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01', workdays: [] },
      { name: '春节', from: '2025-01-28', to: '2025-02-04', workdays: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06', workdays: [] },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05', workdays: ['2025-04-27'] },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02', workdays: [] },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', workdays: ['2025-09-28', '2025-10-11'] },
    ],
  },
  {
    year: 2026,
    documentNumber: '国办发明电〔2025〕7号',
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    issuedOn: '2025-11-04',
    source: 'https://www.gov.cn/zhengce/content/202511/content_7047090.htm',
    holidays: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
      { name: '春节', from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06', workdays: [] },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05', workdays: ['2026-05-09'] },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21', workdays: [] },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27', workdays: [] },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07', workdays: ['2026-09-20', '2026-10-10'] },
    ],
  },
];

/** A notice's days, one per date: every day off of each holiday, and each day worked in its place. */
export function noticeDays(notice: HolidayNotice): { day: string; kind: DayKind; note: string }[] {
  const days: { day: string; kind: DayKind; note: string }[] = [];
  for (const h of notice.holidays) {
    for (let day = h.from; day <= h.to; day = addDays(day, 1)) days.push({ day, kind: 'HOLIDAY', note: h.name });
    for (const day of h.workdays) days.push({ day, kind: 'WORKDAY', note: `${h.name}调休上班` });
  }
  return days;
}
