import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { LocalDiskStore, type ObjectStore, S3Store } from './object-store.js';

// s3rver speaks S3's REST protocol over real HTTP, so the S3 store is exercised as it would be
// against MinIO or AWS.
let folder: string;
let server: S3rver;
let s3: S3Store;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'ronghe-objects-'));
  server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: path.join(folder, 's3'),
    configureBuckets: [{ name: 'evidence', configs: [] }],
  });
  const address = (await server.run()) as AddressInfo;
  s3 = new S3Store({
    endpoint: `http://127.0.0.1:${address.port}`,
    region: 'us-east-1',
    bucket: 'evidence',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  });
});
afterAll(async () => {
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

const stores: [string, () => ObjectStore][] = [
  ['local disk', () => new LocalDiskStore(path.join(folder, 'disk'))],
  ['S3-compatible', () => s3],
];

describe.each(stores)('the %s object store', (_name, store) => {
  it('gives back exactly the bytes it was given', async () => {
    const key = 'evidence/0b4f9a3e-2c1d-4e5f-8a9b-0c1d2e3f4a5b';
    const content = Buffer.concat([Buffer.from('验收记录'), Buffer.from([0, 255, 1, 254])]);
    await store().put(key, content, 'application/octet-stream');
    expect(Buffer.compare(await store().get(key), content)).toBe(0);
  });

  it('deletes an object, and deleting it twice is no error', async () => {
    const key = 'evidence/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
    await store().put(key, Buffer.from('临时'), 'text/plain');
    await store().delete(key);
    await expect(store().get(key)).rejects.toThrow();
    await expect(store().delete(key)).resolves.toBeUndefined();
  });

  it('fails on a key it never stored', async () => {
    await expect(store().get('evidence/00000000-0000-4000-8000-000000000000')).rejects.toThrow();
  });
});

describe('choosing the store', () => {
  it('keeps files on disk by default and in a bucket when one is configured', () => {
    expect(loadConfig({ DATA_DIR: '/srv/ronghe' })).toMatchObject({ evidenceS3: null, evidenceDir: '/srv/ronghe/tasks-evidence' });
    expect(
      loadConfig({ EVIDENCE_S3_BUCKET: 'b', EVIDENCE_S3_ACCESS_KEY_ID: 'k', EVIDENCE_S3_SECRET_ACCESS_KEY: 's' }).evidenceS3,
    ).toMatchObject({
      bucket: 'b',
      forcePathStyle: true,
    });
    expect(() => loadConfig({ EVIDENCE_S3_BUCKET: 'b' })).toThrow(/EVIDENCE_S3_ACCESS_KEY_ID/);
  });
});
