// The schema registry's command line: a subgraph's deploy runs `check`, then `publish`; a client's
// deploy runs `operations`. Exit 0 done, 1 refused (the reasons on stderr), 2 could not run.
//
//   node apps/gateway/dist/registry.js check   --subgraph tasks --url http://tasks:4002/graphql --schema apps/tasks/schema.graphql
//   node apps/gateway/dist/registry.js publish --subgraph tasks --url http://tasks:4002/graphql --schema apps/tasks/schema.graphql
//   node apps/gateway/dist/registry.js operations --client admin --from apps/admin/src/gql/gql.ts
//   node apps/gateway/dist/registry.js status
//
// --schema @service reads the SDL from the subgraph running at --url instead of a file (each subgraph
// image also holds its schema.graphql, for a check before the rollout): run it once the rollout has
// finished, so every replica answers with the new one.
// --subgraph/--url/--schema may be repeated (matched in order) to publish several at once, as the
// first publish of a new registry must; --operations <file|folder> adds documents to check against;
// --json prints the result as one JSON object on stdout. Settings come from the gateway's
// environment (config.ts): REGISTRY_DATABASE_URL, REGISTRY_SCHEMA, ORGANIZATIONS_URL, INTERNAL_SECRET.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createInternalClient } from '@ronghe/kit/internal-client';
import { SUBGRAPHS } from '@ronghe/types';
import { loadConfig } from './config.js';
import { type CheckResult, checkSupergraph, type UsedOperation } from './registry/check.js';
import { documentsFrom, partnerOperations } from './registry/operations.js';
import { createRegistryStore, type PublishedSubgraph, type RegistryStore } from './registry/store.js';

const USAGE = `用法 / usage: registry.js <check|publish|operations|status> [options]
  check|publish  --subgraph <name> --url <url> --schema <file|@service> (repeatable)  [--operations <file|folder>]…  [--json]
  operations     --client <name> --from <file|folder>…
  status         [--json]`;

class UsageError extends Error {}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    subgraph: { type: 'string', multiple: true },
    url: { type: 'string', multiple: true },
    schema: { type: 'string', multiple: true },
    operations: { type: 'string', multiple: true },
    client: { type: 'string' },
    from: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
  },
});

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

/** A subgraph's SDL from a file, or with `@service` from the running subgraph itself (`_service { sdl }`, signed as the gateway signs). */
async function sdlOf(source: string, name: string, url: string, config: ReturnType<typeof loadConfig>): Promise<string> {
  if (source !== '@service') return readFile(source, 'utf8');
  const request = createInternalClient({ url, service: `子图 ${name}`, secret: config.INTERNAL_SECRET, timeoutMs: 10_000 });
  return (await request<{ _service: { sdl: string } }>('{ _service { sdl } }', {}, null))._service.sdl;
}

async function candidates(config: ReturnType<typeof loadConfig>): Promise<PublishedSubgraph[]> {
  const names = values.subgraph ?? [];
  const urls = values.url ?? [];
  const files = values.schema ?? [];
  if (names.length === 0 || names.length !== urls.length || names.length !== files.length) {
    throw new UsageError('每个 --subgraph 须各有一个 --url 和 --schema / each --subgraph needs one --url and one --schema');
  }
  return Promise.all(
    names.map(async (name, i) => {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new UsageError(`子图名称无效 / bad subgraph name: ${name}`);
      const url = urls[i]!;
      if (!URL.canParse(url)) throw new UsageError(`地址无效 / bad url: ${url}`);
      return { name, url, sdl: await sdlOf(files[i]!, name, url, config) };
    }),
  );
}

/** Everything a new schema must keep answering: stored client operations, partners' registered ones, given files. */
async function usedOperations(store: RegistryStore, config: ReturnType<typeof loadConfig>): Promise<UsedOperation[]> {
  const stored = await store.clientOperations();
  const partner = await partnerOperations(
    createInternalClient({
      url: config.subgraphUrls.organizations!,
      service: '单位名录服务',
      secret: config.INTERNAL_SECRET,
      timeoutMs: 10_000,
    }),
  );
  const files = (await documentsFrom(values.operations ?? [])).map((d) => ({ client: 'file', name: d.name, document: d.document }));
  return [...stored, ...partner, ...files];
}

function report(result: CheckResult & { supergraphId?: number }, action: 'check' | 'publish', operations: number) {
  if (values.json) {
    const { ok, notes } = result;
    out(JSON.stringify(ok ? { ok, notes, supergraphId: result.supergraphId, subgraphs: result.subgraphs.map((s) => s.name) } : result));
  }
  for (const note of result.notes) err(`! ${note}`);
  if (!result.ok) {
    for (const problem of result.problems) err(`✗ ${problem}`);
    err(
      action === 'publish'
        ? `✗ 未发布:检查未通过(${result.problems.length} 个问题) / not published: the check failed (${result.problems.length} problems)`
        : `✗ 检查未通过(${result.problems.length} 个问题) / check failed (${result.problems.length} problems)`,
    );
    return 1;
  }
  const what = `${result.subgraphs.map((s) => s.name).join(', ')};${operations} 个查询 / operations`;
  if (!values.json) {
    out(
      action === 'publish'
        ? `✓ 已发布超图 #${result.supergraphId},网关将在下次轮询时切换 / published supergraph #${result.supergraphId}; gateways switch at their next poll (${what})`
        : `✓ 检查通过,可以发布 / check passed, ready to publish (${what})`,
    );
  }
  return 0;
}

async function main(): Promise<number> {
  const command = positionals[0];
  if (!command || !['check', 'publish', 'operations', 'status'].includes(command)) throw new UsageError(USAGE);
  const config = loadConfig();
  if (!config.REGISTRY_DATABASE_URL) throw new UsageError('请设置 REGISTRY_DATABASE_URL / REGISTRY_DATABASE_URL is not set');
  const store = createRegistryStore(config.REGISTRY_DATABASE_URL, config.REGISTRY_SCHEMA);
  try {
    await store.ensureSchema();
    if (command === 'operations') {
      if (!values.client || !values.from?.length) throw new UsageError(USAGE);
      const documents = await documentsFrom(values.from);
      await store.setClientOperations(values.client, documents);
      out(
        `✓ 已登记客户端「${values.client}」的 ${documents.length} 个文档 / stored ${documents.length} documents of client "${values.client}"`,
      );
      return 0;
    }
    if (command === 'status') {
      const [subgraphs, supergraph] = await Promise.all([store.latestSubgraphs(), store.latestSupergraph()]);
      const status = { supergraphId: supergraph?.id ?? null, subgraphs: subgraphs.map(({ name, url }) => ({ name, url })) };
      out(
        values.json
          ? JSON.stringify(status)
          : `超图 / supergraph #${status.supergraphId ?? '-'}\n${status.subgraphs.map((s) => `  ${s.name}  ${s.url}`).join('\n')}`,
      );
      return 0;
    }
    const candidate = await candidates(config);
    const operations = await usedOperations(store, config);
    const check = (published: PublishedSubgraph[], currentApiSdl: string | null) =>
      checkSupergraph({ published, candidates: candidate, currentApiSdl, operations, required: SUBGRAPHS });
    if (command === 'check') {
      const current = await store.latestSupergraph();
      return report(await check(await store.latestSubgraphs(), current?.apiSdl ?? null), 'check', operations.length);
    }
    // Checked again under the publish lock, against exactly what it will replace.
    let result: CheckResult | undefined;
    const supergraphId = await store.publishLocked(async ({ subgraphs, supergraph }) => {
      result = await check(subgraphs, supergraph?.apiSdl ?? null);
      if (!result.ok) return null;
      return {
        subgraphs: candidate,
        supergraph: { sdl: result.supergraphSdl, apiSdl: result.apiSdl, publishedBy: candidate.map((c) => c.name).join(',') },
      };
    });
    return report({ ...result!, supergraphId: supergraphId ?? undefined }, 'publish', operations.length);
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    err(error instanceof UsageError ? error.message : `✗ 无法完成 / could not run: ${error.message}`);
    process.exit(2);
  },
);
