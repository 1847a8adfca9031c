import { ErrorCode } from '@ronghe/types';
import ExcelJS from 'exceljs';
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

  it('writes the sheet itself: markup characters, numbers, empty and spaced cells, a bold header and column widths', async () => {
    type Row = { name: string; count: number | null; note: string };
    async function* rows() {
      yield { name: 'A&B <单位> "甲"', count: 3, note: ' 两端有空格 ' };
      yield { name: '控制\u0001字符', count: null, note: '' };
    }
    const columns = [
      { header: '名称', width: 30, value: (r: Row) => r.name },
      { header: '数量', value: (r: Row) => r.count },
      { header: '备注', value: (r: Row) => r.note },
    ];
    const { content } = await writeXlsxStream('单位 & 人员', columns, rows(), 10);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(content as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('单位 & 人员');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').font?.bold).toBeFalsy();
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(2).width).toBe(18);
    expect(sheet.getRow(2).values).toEqual([undefined, 'A&B <单位> "甲"', 3, ' 两端有空格 ']);
    expect(sheet.getRow(3).values).toEqual([undefined, '控制字符']);
  });

  it('refuses empty files and other formats with INVALID_FILE', async () => {
    await expect(readSheet('单位.csv', Buffer.alloc(0))).rejects.toMatchObject({ extensions: { code: ErrorCode.INVALID_FILE } });
    await expect(readSheet('单位.xls', GBK_CSV)).rejects.toMatchObject({ extensions: { code: ErrorCode.INVALID_FILE } });
  });
});
