import { typicalCategoryLabels } from '@ronghe/types';
import { Progress, Table } from 'antd';
import { useQuery } from 'urql';
import { label } from '../common/labels';
import { graphql } from '../gql';

const QuotaOverviewDocument = graphql(`
  query QuotaOverview($cycleId: ID!) { quotaOverview(cycleId: $cycleId) { category used quota nominator { id name } } }
`);

/** 名额使用情况: used against allowed, per nominating unit and category. */
export function QuotaOverview({ cycleId }: { cycleId: string }) {
  const [{ data, fetching }] = useQuery({ query: QuotaOverviewDocument, variables: { cycleId } });
  return (
    <Table
      size="small"
      loading={fetching}
      pagination={false}
      rowKey={(r) => `${r.nominator.id}-${r.category}`}
      dataSource={data?.quotaOverview ?? []}
      locale={{ emptyText: '尚无推荐' }}
      columns={[
        { title: '推荐单位', render: (_: unknown, r) => r.nominator.name },
        { title: '类别', dataIndex: 'category', render: (v: string) => label(typicalCategoryLabels, v) },
        { title: '已用 / 名额', render: (_: unknown, r) => `${r.used} / ${r.quota}` },
        {
          title: '',
          render: (_: unknown, r) => (
            <Progress
              percent={r.quota ? Math.round((100 * r.used) / r.quota) : 100}
              size="small"
              status={r.used >= r.quota ? 'exception' : 'active'}
              style={{ width: 160 }}
            />
          ),
        },
      ]}
    />
  );
}
