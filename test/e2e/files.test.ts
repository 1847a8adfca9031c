import { readSheet, XLSX_MIME } from '@ronghe/kit';
import { INTERNAL_TOKEN_HEADER } from '@ronghe/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { gatewayData, login, system } from '../support/graphql.js';

// A job's file is downloaded from the gateway at /files/<subgraph>/<file id>, streamed from the
// subgraph that made it, as the account signed in: what the admin client's download button does.

let admin: string;
let operator: string;
beforeAll(async () => {
  [admin, operator] = await Promise.all([login('admin'), login('operator')]);
});

const download = (path: string, token?: string) =>
  fetch(new URL(path, system().gatewayUrl), { headers: token ? { authorization: `Bearer ${token}` } : {} });

interface JobFile {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
}

/** The admin's persons export, asked for and followed to its end: past EXPORT_JOB_ROWS it is a job. */
async function exportedFile(): Promise<JobFile> {
  const asked = await gatewayData(`mutation { requestPersonsExport { file { rowCount } job { id } } }`, {}, admin);
  expect(asked.requestPersonsExport.file).toBeNull();
  for (;;) {
    const { organizationsJob: job } = await gatewayData(
      `query ($id: ID!) { organizationsJob(id: $id) { state error { code } files { id fileName mimeType size } } }`,
      { id: asked.requestPersonsExport.job.id },
      admin,
    );
    if (job.state === 'FAILED') throw new Error(`export failed: ${job.error.code}`);
    if (job.state === 'SUCCEEDED') return job.files[0];
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("a job's file through the gateway", () => {
  it('streams it to the account that made it: the same bytes as the whole-file query, named for saving', async () => {
    const file = await exportedFile();
    const answer = await download(`/files/organizations/${file.id}`, admin);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(XLSX_MIME);
    expect(answer.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    const bytes = Buffer.from(await answer.arrayBuffer());
    expect(bytes.length).toBe(file.size);
    const { organizationsJobFile: whole } = await gatewayData(
      `query ($id: ID!) { organizationsJobFile(id: $id) { contentBase64 rowCount } }`,
      { id: file.id },
      admin,
    );
    expect(bytes.equals(Buffer.from(whole.contentBase64, 'base64'))).toBe(true);
    const sheet = await readSheet(file.fileName, bytes);
    const { persons } = await gatewayData(`{ persons(first: 1) { totalCount } }`, {}, admin);
    expect(sheet.rows).toHaveLength(persons.totalCount);
    expect(whole.rowCount).toBe(persons.totalCount);
  });

  it('refuses it without a sign-in, hides it from other accounts, knows only its own subgraphs, and is not served around the gateway', async () => {
    const file = await exportedFile();
    const refusal = async (answer: Response) => ({ status: answer.status, code: (await answer.json()).errors[0].extensions.code });
    expect(await refusal(await download(`/files/organizations/${file.id}`))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await refusal(await download(`/files/organizations/${file.id}`, 'not-a-token'))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(await refusal(await download(`/files/organizations/${file.id}`, operator))).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(await refusal(await download(`/files/organizations/not-an-id`, admin))).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(await refusal(await download(`/files/payroll/${file.id}`, admin))).toEqual({ status: 404, code: 'NOT_FOUND' });
    // Nor does the subgraph hand it to anyone who reaches its port without the gateway's signature.
    const direct = new URL(`/files/${file.id}`, system().subgraphUrls.organizations);
    expect(await refusal(await fetch(direct))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await refusal(await fetch(direct, { headers: { [INTERNAL_TOKEN_HEADER]: 'eyJhbGciOiJIUzI1NiJ9.e30.x' } }))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });
});
