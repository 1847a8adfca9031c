import { encodeCursor, ErrorCode } from '@ronghe/types';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, readPageArgs, toConnection } from './pagination.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'no error';
};

describe('cursors', () => {
  const rows = [
    { name: '管城回族区', id: 'a1' },
    { name: '金水区', id: 'b2' },
    { name: '二七区', id: 'c3' },
  ];

  it('lead from the end of one page to the keys of its last row', () => {
    const page = toConnection(rows, 2, 3, (r) => [r.name, r.id]);
    expect(page.nodes).toEqual(rows.slice(0, 2));
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(readPageArgs({ first: 2, after: page.pageInfo.endCursor! })).toEqual({ first: 2, after: ['金水区', 'b2'] });
  });

  it('say when no page follows', () => {
    const page = toConnection(rows, 5, 3, (r) => [r.name, r.id]);
    expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: page.edges[2]?.cursor });
    expect(toConnection([], 5, 0, (r: { id: string }) => [r.id, r.id]).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('are refused with INVALID_CURSOR when tampered with', () => {
    const issued = encodeCursor(['金水区', 'b2']);
    for (const after of [
      'not-a-cursor',
      issued.slice(0, -3),
      `${issued}x`,
      encodeCursor(['only-one']),
      encodeCursor(['a', 'b', 'c']),
      Buffer.from(JSON.stringify(['金水区', 2])).toString('base64url'),
      Buffer.from(JSON.stringify({ 0: 'a', 1: 'b' })).toString('base64url'),
    ]) {
      expect(
        codeOf(() => readPageArgs({ after })),
        after,
      ).toBe(ErrorCode.INVALID_CURSOR);
    }
  });
});

describe('page size', () => {
  it(`defaults to a page and allows 1 to ${MAX_PAGE_SIZE}`, () => {
    expect(readPageArgs({}).first).toBeGreaterThan(0);
    expect(readPageArgs({ first: MAX_PAGE_SIZE }).first).toBe(MAX_PAGE_SIZE);
    for (const first of [0, -1, MAX_PAGE_SIZE + 1, 1.5]) {
      expect(
        codeOf(() => readPageArgs({ first })),
        String(first),
      ).toBe(ErrorCode.PAGE_SIZE_TOO_LARGE);
    }
  });
});

describe('the total', () => {
  it('is counted only when read, once, and survives a spread copy', async () => {
    let counts = 0;
    const page = toConnection(
      [{ id: 'a1' }],
      5,
      async () => ++counts,
      (r) => [r.id, r.id],
    );
    expect(counts).toBe(0);
    expect(await page.totalCount).toBe(1);
    expect(await { ...page }.totalCount).toBe(1);
    expect(counts).toBe(1);
  });
});
