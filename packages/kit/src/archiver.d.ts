// The part of archiver 5 the spreadsheet writer uses (it ships no types; @types/archiver is not a dependency).
declare module 'archiver' {
  import type { Readable } from 'node:stream';
  interface Archiver extends Readable {
    append(source: string | Buffer | Readable, data: { name: string }): this;
    finalize(): Promise<void>;
    abort(): this;
  }
  export default function archiver(format: 'zip', options?: { zlib?: { level?: number } }): Archiver;
}
