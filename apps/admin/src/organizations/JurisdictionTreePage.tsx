import { organizationKindLabels } from '@ronghe/types';
import { Alert, Card, Empty, Space, Spin, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useClient } from 'urql';
import { errorOf } from '../api/client';
import { useAuth } from '../auth/AuthProvider';
import { label } from '../common/labels';
import { graphql } from '../gql';

const RootsDocument = graphql(`
  query JurisdictionRoots { organizations(kind: DISTRICT_GOVERNMENT, first: 10) { nodes { ...TreeUnit } } }
`);
const OwnUnitDocument = graphql(`
  query JurisdictionOwnUnit($id: ID!) { organization(id: $id) { ...TreeUnit } }
`);
const ChildrenDocument = graphql(`
  query JurisdictionChildren($id: ID!, $after: String) {
    organization(id: $id) { id children(first: 50, after: $after) { totalCount nodes { ...TreeUnit } pageInfo { hasNextPage endCursor } } }
  }
`);
graphql(`
  fragment TreeUnit on Organization { id name kind status counts { children persons } }
`);

type Unit = { id: string; name: string; kind: string; status: string; counts: { children: number; persons: number } };
/** A row that loads the next page of a parent's children when clicked. */
type MoreNode = DataNode & { more: { parentId: string; after: string } };

const toNode = (u: Unit): DataNode => ({
  key: u.id,
  isLeaf: u.counts.children === 0,
  title: (
    <Space size={4} data-testid={`tree-unit-${u.name}`}>
      <span>{u.name}</span>
      <Typography.Text type="secondary">({label(organizationKindLabels, u.kind)})</Typography.Text>
      {u.status !== 'ACTIVE' && <Tag>已撤销</Tag>}
      {u.counts.children > 0 && <Tag color="blue">下级 {u.counts.children}</Tag>}
      <Tag color={u.counts.persons > 0 ? 'green' : 'default'}>人员 {u.counts.persons}</Tag>
    </Space>
  ),
});

function withChildren(nodes: DataNode[], key: React.Key, update: (children: DataNode[]) => DataNode[]): DataNode[] {
  return nodes.map((n) =>
    n.key === key
      ? { ...n, children: update(n.children ?? []) }
      : n.children
        ? { ...n, children: withChildren(n.children, key, update) }
        : n,
  );
}

/**
 * 辖区树: district → townships and sub-districts → communities, each with its number of direct
 * subordinate units and of migrant workers within. A level is loaded when opened, 50 units at a time.
 */
export function JurisdictionTreePage() {
  const client = useClient();
  const { account } = useAuth();
  const navigate = useNavigate();
  const [tree, setTree] = useState<DataNode[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const roots = await client.query(RootsDocument, {}).toPromise();
      const nodes = roots.data?.organizations.nodes ?? [];
      if (nodes.length || !account) return setTree(nodes.map(toNode));
      // A unit operator sees no further up than its own unit.
      const own = await client.query(OwnUnitDocument, { id: account.organization.id }).toPromise();
      if (own.error) setFailure(errorOf(own.error)?.message ?? '加载失败');
      setTree(own.data?.organization ? [toNode(own.data.organization)] : []);
    })();
  }, [client, account]);

  async function loadPage(parentId: string, after: string | null) {
    const result = await client.query(ChildrenDocument, { id: parentId, after }, { requestPolicy: 'network-only' }).toPromise();
    const page = result.data?.organization?.children;
    if (!page) {
      setFailure(errorOf(result.error)?.message ?? '加载失败');
      return;
    }
    const loaded = page.nodes.map(toNode);
    const next = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    const more: MoreNode[] = next
      ? [
          {
            key: `${parentId}:more:${next}`,
            isLeaf: true,
            title: <Typography.Link>加载更多(共 {page.totalCount} 个)…</Typography.Link>,
            more: { parentId, after: next },
          },
        ]
      : [];
    setTree((current) =>
      withChildren(current ?? [], parentId, (children) => [...children.filter((c) => !('more' in c)), ...loaded, ...more]),
    );
  }

  return (
    <Card title="辖区树">
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      {tree === null ? (
        <Spin />
      ) : tree.length === 0 ? (
        <Empty />
      ) : (
        <Tree
          showLine
          treeData={tree}
          loadData={(node) => (node.children ? Promise.resolve() : loadPage(String(node.key), null))}
          onSelect={(_, { node }) => {
            const more = (node as unknown as Partial<MoreNode>).more;
            if (more) void loadPage(more.parentId, more.after);
            else navigate(`/organizations/${String(node.key)}`);
          }}
          data-testid="jurisdiction-tree"
        />
      )}
    </Card>
  );
}
