import { graphql } from '../gql';

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

// Report periods and their labels are the shared ones of @ronghe/types (Beijing calendar).
export { periodLabel } from '@ronghe/types';
