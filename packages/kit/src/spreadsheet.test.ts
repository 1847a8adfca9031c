import { ErrorCode } from '@ronghe/types';
import { describe, expect, it } from 'vitest';
import { readSheet, writeXlsx, writeXlsxStream } from './spreadsheet.js';

// "单位名称,联系人\n管城回族区,张三\n" as Excel in China saves a CSV: GBK, not UTF-8.
const GBK_CSV = Buffer.from('b5a5cebbc3fbb3c62cc1aacfb5c8cb0ab9dcb3c7bbd8d7e5c7f82cd5c5c8fd0a', 'hex');

const expected = { headers: ['单位名称', '联系人'], rows: [{ rowNumber: 2, values: { 单位名称: '管城回族区', 联系人: '张三' } }] };

describe('readSheet', () => {
  it('reads a CSV saved in GBK', async () => {
    expect(await readSheet('单位.csv', GBK_CSV)).toEqual(expected);
  });

  it('reads the same CSV in UTF-8, with or without a byte-order mark', async () => {
    const text = '单位名称,联系人\n管城回族区,张三\n';
    expect(await readSheet('单位.CSV', Buffer.from(text))).toEqual(expected);
    expect(await readSheet('单位.csv', Buffer.from(`\uFEFF${text}`))).toEqual(expected);
  });

  it('reads back an .xlsx it wrote', async () => {
    const file = await writeXlsx(
      '单位',
      [
        { header: '单位名称', value: (r: { name: string; contact: string }) => r.name },
        { header: '联系人', value: (r) => r.contact },
      ],
      [{ name: '管城回族区', contact: '张三' }],
    );
    expect(await readSheet('单位.xlsx', file)).toEqual(expected);
  });

  it('reads back an .xlsx written row by row as the rows arrive, and refuses one past its row limit', async () => {
    const columns = [
      { header: '单位名称', value: (r: { name: string; contact: string }) => r.name },
      { header: '联系人', value: (r: { name: string; contact: string }) => r.contact },
    ];
    async function* rows(count: number) {
      for (let i = 0; i < count; i++) yield { name: '管城回族区', contact: '张三' };
    }
    const { content, rowCount } = await writeXlsxStream('单位', columns, rows(1), 1);
    expect(rowCount).toBe(1);
    expect(await readSheet('单位.xlsx', content)).toEqual(expected);
    await expect(writeXlsxStream('单位', columns, rows(3), 2)).rejects.toMatchObject({ extensions: { code: ErrorCode.BAD_USER_INPUT } });
  });

  it('refuses empty files and other formats with INVALID_FILE', async () => {
    await expect(readSheet('单位.csv', Buffer.alloc(0))).rejects.toMatchObject({ extensions: { code: ErrorCode.INVALID_FILE } });
    await expect(readSheet('单位.xls', GBK_CSV)).rejects.toMatchObject({ extensions: { code: ErrorCode.INVALID_FILE } });
  });
});
