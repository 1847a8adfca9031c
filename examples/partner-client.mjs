#!/usr/bin/env node
// 合作部门接入示例:用 Node.js 自带的 fetch 调用融合平台接口,不需要安装任何依赖。
//
//   RONGHE_API_URL=https://<网关地址>/graphql RONGHE_API_KEY=rhk_… \
//     node examples/partner-client.mjs examples/partner-units.graphql '{"search":"十八里河镇","first":5}'
//
// 按 Apollo 持久化查询(persisted queries)的约定,先只发送查询文件的 SHA-256;平台不认识该哈希时
// (PERSISTED_QUERY_NOT_FOUND)再连同查询文本发送一次。查询须事先由活动办公室登记,否则平台拒绝
// (OPERATION_NOT_REGISTERED)。遇到 429 时按 Retry-After 头等待后重试一次。
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

// 合作部门自己的设置,与本仓库的构建无关。
const { RONGHE_API_URL: url, RONGHE_API_KEY: apiKey } = process.env;
const [file, variablesJson = '{}', operationName] = process.argv.slice(2);
if (!url || !apiKey || !file) {
  console.error('用法:RONGHE_API_URL=… RONGHE_API_KEY=… node partner-client.mjs <查询文件.graphql> [变量 JSON] [操作名]');
  process.exit(2);
}

// 登记的文件原样保存,哈希按文件的 UTF-8 字节计算,与办公室页面上显示的 sha256Hash 一致。
const query = await readFile(file, 'utf8');
const sha256Hash = createHash('sha256').update(query, 'utf8').digest('hex');
const variables = JSON.parse(variablesJson);

async function send(withText) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({
      ...(withText ? { query } : {}),
      ...(operationName ? { operationName } : {}),
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

const codeOf = (answer) => answer.body.errors?.[0]?.extensions?.code;

let answer = await send(false);
if (codeOf(answer) === 'PERSISTED_QUERY_NOT_FOUND') answer = await send(true);
if (answer.status === 429) {
  const seconds = Number(answer.retryAfter ?? 1);
  if (seconds <= 60) {
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    answer = await send(false);
  }
}

if (answer.body.errors?.length) {
  for (const error of answer.body.errors) console.error(`错误 ${error.extensions?.code ?? ''}:${error.message}`);
}
console.log(JSON.stringify({ status: answer.status, ...answer.body }, null, 2));
process.exit(answer.status === 200 && !answer.body.errors?.length ? 0 : 1);
