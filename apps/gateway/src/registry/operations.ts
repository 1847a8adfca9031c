import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InternalClient } from '@ronghe/kit/internal-client';
import { Kind, parse } from 'graphql';
import type { UsedOperation } from './check.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The operation names of a document, for messages (`anonymous` when it has none). */
export function operationNames(document: string): string {
  try {
    const names = parse(document)
      .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => d.name?.value ?? 'anonymous');
    return names.join(',') || 'fragments';
  } catch {
    return 'unparsable';
  }
}

/**
 * Documents from .graphql/.gql files and from graphql-codegen's generated `gql.ts` (the admin
 * client's documents, as keys of its `documents` map), found under the given files or folders.
 */
export async function documentsFrom(paths: string[]): Promise<{ hash: string; name: string; document: string }[]> {
  const found: string[] = [];
  const walk = async (p: string) => {
    if ((await stat(p)).isDirectory()) {
      for (const entry of await readdir(p)) if (entry !== 'node_modules') await walk(path.join(p, entry));
    } else if (/\.(graphql|gql)$/.test(p)) {
      found.push(await readFile(p, 'utf8'));
    } else if (path.basename(p) === 'gql.ts') {
      found.push(...generatedDocuments(await readFile(p, 'utf8')));
    }
  };
  for (const p of paths) await walk(p);
  const byHash = new Map(found.map((document) => [sha256(document), document]));
  return [...byHash].map(([hash, document]) => ({ hash, name: operationNames(document), document }));
}

/** The documents in a client-preset `gql.ts`: each is a JSON string key of the `documents` map. */
function generatedDocuments(source: string): string[] {
  const body = source.split(/const documents\s*:\s*Documents\s*=\s*\{/)[1]?.split(/\n\};/)[0] ?? '';
  return [...body.matchAll(/^\s*("(?:[^"\\]|\\.)*")\s*:\s*types\.\w+,?$/gm)].map((m) => JSON.parse(m[1]!) as string);
}

const REGISTERED = `query ($first: Int!, $after: String) {
  registeredPartnerOperations(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { hash name document } }
}`;

type Page = {
  registeredPartnerOperations: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { hash: string; name: string; document: string }[];
  };
};

/** The operations the office registered for active partner clients, asked of organizations page by page. */
export async function partnerOperations(request: InternalClient): Promise<UsedOperation[]> {
  const operations: UsedOperation[] = [];
  let after: string | null = null;
  for (;;) {
    const { registeredPartnerOperations: page }: Page = await request<Page>(REGISTERED, { first: 100, after }, null);
    for (const o of page.nodes) operations.push({ client: `partner:${o.hash.slice(0, 12)}`, name: o.name, document: o.document });
    if (!page.pageInfo.hasNextPage) return operations;
    after = page.pageInfo.endCursor;
  }
}
