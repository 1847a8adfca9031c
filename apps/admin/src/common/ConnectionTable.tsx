import type { TypedDocumentNode } from '@urql/core';
import { Alert, Table, type TableProps } from 'antd';
import { type ReactNode, type Ref, useCallback, useImperativeHandle, useState } from 'react';
import { useQuery } from 'urql';
import { errorOf } from '../api/client';
import { CursorPager } from './CursorPager';
import { useNarrow } from './useNarrow';

/** What every list of the API answers with (a Relay connection, read through `nodes`). */
export interface Connection<Node> {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: Node[];
}

/** Lets a page ask for the current page again after a mutation the cache cannot see. */
export interface ConnectionTableHandle {
  refresh(): void;
}

type PageVariables = { first: number; after?: string | null };

/**
 * One page-by-page table over a connection query: it owns the cursors (forward, with a stack of
 * those seen so far for 上一页, back to the first page when the filters change), shows the
 * spinner, never 暂无数据, until the answer is in, and the server's message when refused.
 */
export function ConnectionTable<Data, Variables extends PageVariables, Node extends object>(
  props: {
    query: TypedDocumentNode<Data, Variables>;
    /** The query's variables except `first` and `after`. */
    variables: Omit<Variables, keyof PageVariables>;
    connection: (data: Data) => Connection<Node> | null | undefined;
    /** Pager text after the count: 共 12 {unit}. */
    unit: string;
    pageSize?: number;
    /** Not ready to ask yet (e.g. the default cycle is still loading): shown as loading. */
    waiting?: boolean;
    /** Rendered between the error and the table, with the whole answer (e.g. a unit's score). */
    header?: (data: Data) => ReactNode;
    ref?: Ref<ConnectionTableHandle>;
  } & Omit<TableProps<Node>, 'dataSource' | 'loading' | 'pagination' | 'ref'>,
) {
  const { query, variables, connection: select, unit, pageSize = 20, waiting = false, header, ref, ...table } = props;
  const filters = JSON.stringify(variables);
  const [seen, setSeen] = useState<{ filters: string; cursors: (string | null)[] }>({ filters, cursors: [null] });
  // New filters start again from the first page (state adjusted while rendering, as React advises).
  if (seen.filters !== filters) setSeen({ filters, cursors: [null] });
  const cursors = seen.filters === filters ? seen.cursors : [null];
  const [{ data, fetching, error }, reexecute] = useQuery<Data, Variables>({
    query,
    variables: { ...variables, first: pageSize, after: cursors[cursors.length - 1] ?? null } as Variables,
    pause: waiting,
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useImperativeHandle(ref, () => ({ refresh }), [refresh]);
  const connection = data ? select(data) : undefined;
  const loading = waiting || fetching || (!data && !error);
  const narrow = useNarrow();
  const go = (next: (string | null)[]) => setSeen({ filters, cursors: next });
  return (
    <>
      {error && <Alert type="error" showIcon title={errorOf(error)?.message} style={{ marginBottom: 16 }} />}
      {data && header?.(data)}
      <Table<Node>
        rowKey="id"
        scroll={narrow ? { x: 'max-content' } : undefined}
        {...table}
        loading={loading}
        locale={loading ? { ...table.locale, emptyText: <div style={{ height: 120 }} /> } : table.locale}
        pagination={false}
        dataSource={connection?.nodes ?? []}
      />
      <CursorPager
        page={cursors.length}
        total={connection?.totalCount}
        unit={unit}
        hasNext={!!connection?.pageInfo.hasNextPage}
        onPrevious={() => go(cursors.slice(0, -1))}
        onNext={() => connection?.pageInfo.endCursor && go([...cursors, connection.pageInfo.endCursor])}
      />
    </>
  );
}
