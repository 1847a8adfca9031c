import { typicalCategoryLabels } from '@ronghe/types';
import { Card, Empty, Spin, Table, Typography } from 'antd';
import { useQuery } from 'urql';
import { label } from '../common/labels';
import { graphql } from '../gql';

const PublicListDocument = graphql(`
  query PublicList($year: Int) {
    publicList(year: $year) {
      year title final publicityStarts publicityEnds issuingAgencies decisionNumber decidedOn
      entries { name category nominator }
    }
  }
`);

/** 公示: the list as the public sees it, with no sign-in and personal names masked. */
export function PublicListPage() {
  const year = Number(new URLSearchParams(window.location.search).get('year')) || null;
  const [{ data, fetching }] = useQuery({ query: PublicListDocument, variables: { year } });
  const list = data?.publicList;
  return (
    // A landmark and one top heading, so a screen reader finds the list (basic accessibility, checked with axe-core).
    <main style={{ maxWidth: 960, margin: '32px auto', padding: 16 }}>
      <Card>
        {fetching && !data ? (
          <Spin />
        ) : !list ? (
          <Empty description="目前没有正在公示的名单" />
        ) : (
          <>
            <Typography.Title level={1} style={{ textAlign: 'center', fontSize: 24 }}>
              {list.final ? `${list.year}年度流动人口社会融合十类典型表彰名单` : `${list.year}年度流动人口社会融合十类典型拟表彰名单公示`}
            </Typography.Title>
            {!list.final && list.publicityEnds && (
              <Typography.Paragraph>
                公示期为 {list.publicityStarts} 至 {list.publicityEnds}
                (工作日)。公示期间如有异议,请以真实姓名和联系方式向{list.issuingAgencies.join('、')}反映。
              </Typography.Paragraph>
            )}
            {list.final && (
              <Typography.Paragraph data-testid="public-decision">
                {list.issuingAgencies.join('、')}联合表彰决定{list.decisionNumber ? `(${list.decisionNumber})` : ''},{list.decidedOn}。
              </Typography.Paragraph>
            )}
            <Table
              rowKey={(r) => `${r.name}-${r.category}`}
              pagination={false}
              dataSource={list.entries}
              data-testid="public-list"
              columns={[
                { title: '序号', render: (_: unknown, __: unknown, i: number) => i + 1, width: 70 },
                { title: '名称 / 姓名', dataIndex: 'name' },
                { title: '类别', dataIndex: 'category', render: (v: string) => label(typicalCategoryLabels, v) },
                { title: '推荐单位', dataIndex: 'nominator' },
              ]}
            />
            <div style={{ textAlign: 'right', marginTop: 24 }} data-testid="public-issuers">
              {list.issuingAgencies.map((a) => (
                <div key={a}>{a}</div>
              ))}
              <div>{list.final ? list.decidedOn : list.publicityStarts}</div>
            </div>
          </>
        )}
      </Card>
    </main>
  );
}
