// Decorated classes below: importable on its own, not only through the kit's index.
import 'reflect-metadata';
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { beijingDate, ErrorCode } from '@ronghe/types';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { DomainError } from './errors.js';

/** exceljs and csv-parse load on the first import or export, not with every process that never makes one. */
const excel = async () => (await import('exceljs')).default;

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 5000;

export interface Sheet {
  headers: string[];
  /** Each row keyed by header, with its row number as the user sees it in the file. */
  rows: { rowNumber: number; values: Record<string, string> }[];
}

const invalidFile = (message: string) => new DomainError(ErrorCode.INVALID_FILE, message);

/** Reads the first sheet of an .xlsx file, or a CSV file in UTF-8 or GBK (as Excel saves it in China). */
export async function readSheet(fileName: string, content: Buffer): Promise<Sheet> {
  if (content.length === 0) throw invalidFile('文件是空的');
  if (content.length > MAX_FILE_BYTES) throw invalidFile(`文件不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const lower = fileName.toLowerCase();
  const table = lower.endsWith('.xlsx') ? await readXlsx(content) : lower.endsWith('.csv') ? await readCsv(content) : null;
  if (!table) throw invalidFile('只支持 .xlsx 或 .csv 文件');
  const [headerRow, ...body] = table;
  const headers = (headerRow ?? []).map((h) => h.trim());
  if (headers.every((h) => !h)) throw invalidFile('第 1 行应为表头');
  const rows = body
    .map((cells, index) => ({
      rowNumber: index + 2,
      values: Object.fromEntries(headers.map((h, i) => [h, (cells[i] ?? '').trim()])),
    }))
    .filter((row) => Object.values(row.values).some((v) => v !== ''));
  if (rows.length > MAX_ROWS) throw invalidFile(`一次最多导入 ${MAX_ROWS} 行`);
  return { headers, rows };
}

async function readXlsx(content: Buffer): Promise<string[][]> {
  const workbook = new (await excel()).Workbook();
  try {
    await workbook.xlsx.load(content as never);
  } catch {
    throw invalidFile('无法读取该 Excel 文件,请确认是 .xlsx 格式');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalidFile('Excel 文件中没有工作表');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    table[rowNumber - 1] = cells;
  });
  return Array.from(table, (row) => row ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result == null ? '' : cellText(value.result as ExcelJS.CellValue);
  }
  return String(value);
}

async function readCsv(content: Buffer): Promise<string[][]> {
  const { parse } = await import('csv-parse/sync');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    text = new TextDecoder('gbk').decode(content);
  }
  try {
    return parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    throw invalidFile(`CSV 格式有误: ${(error as Error).message}`);
  }
}

export interface Column<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | null;
}

/** One sheet with a bold header row and the given columns. */
export async function writeXlsx<T>(sheetName: string, columns: Column<T>[], rows: T[]): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = '融合';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * One sheet like writeXlsx's, written row by row as `rows` yields them: memory holds the compressed
 * file so far, not the rows (for an export read through a cursor). Stops with BAD_USER_INPUT past
 * `maxRows` rather than hand over a list cut short.
 */
export async function writeXlsxStream<T>(
  sheetName: string,
  columns: Column<T>[],
  rows: AsyncIterable<T>,
  maxRows: number,
): Promise<{ content: Buffer; rowCount: number }> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new (await excel()).stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = '融合';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 18 }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  let rowCount = 0;
  for await (const row of rows) {
    if (++rowCount > maxRows) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `导出超过 ${maxRows} 行,请缩小范围(按辖区、类型或名称筛选)后分批导出`);
    }
    sheet.addRow(columns.map((c) => c.value(row) ?? '')).commit();
  }
  sheet.commit();
  await workbook.commit();
  return { content: Buffer.concat(chunks), rowCount };
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A generated file handed to the client, e.g. an .xlsx export. */
@ObjectType({ description: '导出的文件' })
@Directive('@shareable')
export class ExportFile {
  @Field(() => String)
  fileName: string;

  @Field(() => String)
  mimeType: string;

  @Field(() => String, { description: '文件内容,Base64 编码' })
  contentBase64: string;

  @Field(() => Int, { description: '导出的行数' })
  rowCount: number;
}

/** An .xlsx export named `<title>-<date in Beijing>.xlsx`. */
export function xlsxFile(title: string, content: Buffer, rowCount: number): ExportFile {
  const date = beijingDate(new Date());
  return { fileName: `${title}-${date}.xlsx`, mimeType: XLSX_MIME, contentBase64: content.toString('base64'), rowCount };
}
