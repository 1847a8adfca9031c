import { graphql } from '../gql';
import type { ReportPeriod } from '../gql/graphql';

export const PolicyDocumentsDocument = graphql(`
  query PolicyDocuments($first: Int!, $after: String) {
    policyDocuments(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title indexNumber issuer subject writtenOn publishedOn genre documentNumber validity version taskCount
        basis { documentNumber title } }
    }
  }
`);

export const EvidenceFileDocument = graphql(`
  query EvidenceFile($id: ID!) { evidenceFile(id: $id) { fileName mimeType contentBase64 } }
`);

/** Colours of the computed supervision status, the same on every page. */
export const STATUS_COLOR: Record<string, string> = { ON_TRACK: 'green', AT_RISK: 'gold', OVERDUE: 'red', DONE: 'blue' };
export const REPORT_STATUS_COLOR: Record<string, string> = { SUBMITTED: 'processing', ACCEPTED: 'success', RETURNED: 'warning' };
export const LIGHT_COLOR: Record<string, string> = { GREEN: '#52c41a', YELLOW: '#faad14', RED: '#f5222d' };
export const noticeKindLabels: Record<string, string> = {
  DEADLINE_NEAR: '临近期限',
  OVERDUE: '已逾期',
  REPORT_DUE: '待报告',
  REPORT_RETURNED: '报告被退回',
};

/** Today in Beijing, `YYYY-MM-DD`: report periods follow the district's calendar, not the browser's. */
export function beijingToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The period a report made today covers: `2026-11` monthly, `2026-Q4` quarterly. */
export function currentPeriod(kind: ReportPeriod, today = beijingToday()): string {
  const year = today.slice(0, 4);
  const month = Number(today.slice(5, 7));
  return kind === 'MONTHLY' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.ceil(month / 3)}`;
}

/** The current period and the `count - 1` before it, newest first (a period may not be after the current one). */
export function recentPeriods(kind: ReportPeriod, count = 6, today = beijingToday()): string[] {
  let year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const periods: string[] = [];
  if (kind === 'MONTHLY') {
    let m = month;
    for (let i = 0; i < count; i++) {
      periods.push(`${year}-${String(m).padStart(2, '0')}`);
      m -= 1;
      if (m === 0) [m, year] = [12, year - 1];
    }
  } else {
    let q = Math.ceil(month / 3);
    for (let i = 0; i < count; i++) {
      periods.push(`${year}-Q${q}`);
      q -= 1;
      if (q === 0) [q, year] = [4, year - 1];
    }
  }
  return periods;
}

/** A period for people: 2026年11月, 2026年第四季度. */
export function periodLabel(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}年第${'一二三四'[Number(quarter[2]) - 1]}季度`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  return month ? `${month[1]}年${Number(month[2])}月` : period;
}
