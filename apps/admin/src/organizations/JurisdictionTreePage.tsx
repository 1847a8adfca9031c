import { organizationKindLabels } from '@ronghe/types';
import { Card, Empty, Spin, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { type OperationResult, useClient } from 'urql';
import { useAuth } from '../auth/AuthProvider';
import { label } from '../common/labels';
import { graphql } from '../gql';
import type { JurisdictionChildrenQuery } from '../gql/graphql';

const RootsDocument = graphql(`
  query JurisdictionRoots { organizations(kind: DISTRICT_GOVERNMENT, first: 10) { nodes { id name kind } } }
`);
const ChildrenDocument = graphql(`
  query JurisdictionChildren($id: ID!, $after: String) {
    organization(id: $id) { id children(first: 100, after: $after) { nodes { id name kind } pageInfo { hasNextPage endCursor } } }
  }
`);

type Unit = { id: string; name: string; kind: string };
const toNode = (u: Unit): DataNode => ({ key: u.id, title: `${u.name}(${label(organizationKindLabels, u.kind)})` });

function replaceChildren(nodes: DataNode[], key: React.Key, children: DataNode[]): DataNode[] {
  return nodes.map((n) =>
    n.key === key
      ? { ...n, children, isLeaf: children.length === 0 }
      : n.children
        ? { ...n, children: replaceChildren(n.children, key, children) }
        : n,
  );
}

/** 辖区树: district → townships and sub-districts → communities, loaded level by level. */
export function JurisdictionTreePage() {
  const client = useClient();
  const { account } = useAuth();
  const navigate = useNavigate();
  const [tree, setTree] = useState<DataNode[] | null>(null);

  useEffect(() => {
    void (async () => {
      const roots = (await client.query(RootsDocument, {}).toPromise()).data?.organizations.nodes ?? [];
      // A unit operator sees no further up than its own unit.
      setTree(roots.length ? roots.map(toNode) : account ? [{ key: account.organization.id, title: account.organization.name }] : []);
    })();
  }, [client, account]);

  async function loadData(node: DataNode) {
    if (node.children) return;
    const children: Unit[] = [];
    let after: string | null = null;
    do {
      const result: OperationResult<JurisdictionChildrenQuery> = await client
        .query(ChildrenDocument, { id: String(node.key), after })
        .toPromise();
      const page = result.data?.organization?.children;
      children.push(...(page?.nodes ?? []));
      after = page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    } while (after);
    setTree((current) => replaceChildren(current ?? [], node.key, children.map(toNode)));
  }

  return (
    <Card title="辖区树">
      {tree === null ? (
        <Spin />
      ) : tree.length === 0 ? (
        <Empty />
      ) : (
        <Tree
          showLine
          treeData={tree}
          loadData={loadData}
          onSelect={([key]) => key && navigate(`/organizations/${String(key)}`)}
          data-testid="jurisdiction-tree"
        />
      )}
    </Card>
  );
}
