import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where evidence files' bytes live, in the shape of S3's object API (put and get by key), so a
 * deployment can point it at any S3-compatible store; the embedded default keeps them on disk.
 */
export interface ObjectStore {
  put(key: string, content: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** Removes an object; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
}

/** Objects as files under a root folder; keys are app-made (`evidence/<uuid>`), never user input. */
export class LocalDiskStore implements ObjectStore {
  constructor(private readonly root: string) {}

  async put(key: string, content: Buffer): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    await writeFile(`${file}.part`, content);
    await rename(`${file}.part`, file);
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.fileOf(key));
  }

  delete(key: string): Promise<void> {
    return rm(this.fileOf(key), { force: true });
  }

  private fileOf(key: string): string {
    if (!/^[a-z]+\/[0-9a-f-]{36}$/.test(key)) throw new Error(`invalid object key ${key}`);
    return path.join(this.root, key);
  }
}

export interface S3Settings {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style addressing (`endpoint/bucket/key`), which MinIO and most self-hosted stores need. */
  forcePathStyle: boolean;
}

/** Objects in a bucket of any S3-compatible store (AWS S3, MinIO, Ceph, OSS in S3 mode …). */
export class S3Store implements ObjectStore {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    });
  }

  async put(key: string, content: Buffer, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.settings.bucket, Key: key, Body: content, ContentType: contentType }));
  }

  async get(key: string): Promise<Buffer> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
    return Buffer.from(await object.Body!.transformToByteArray());
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
  }
}
