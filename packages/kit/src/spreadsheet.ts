// Decorated classes below: importable on its own, not only through the kit's index.
import 'reflect-metadata';
import { once } from 'node:events';
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

/**
 * One sheet with a bold header row and the given columns, of rows at hand: written as
 * writeXlsxStream writes, not cell by cell in exceljs's objects (50,000 ranked results took it
 * seconds on a province).
 */
export async function writeXlsx<T>(sheetName: string, columns: Column<T>[], rows: T[]): Promise<Buffer> {
  return (await writeXlsxStream(sheetName, columns, rows, Number.POSITIVE_INFINITY)).content;
}

/**
 * One sheet like writeXlsx's, written row by row as `rows` yields them: memory holds the compressed
 * file so far, not the rows (for an export read through a cursor). Stops with BAD_USER_INPUT past
 * `maxRows` rather than hand over a list cut short. The sheet's XML is written here and deflated as
 * it goes (archiver, node's zlib), not built cell by cell in exceljs's objects: a hundred thousand rows took
 * exceljs's streaming writer 9–13 s on a busy core, most of a big export's time.
 */
export async function writeXlsxStream<T>(
  sheetName: string,
  columns: Column<T>[],
  rows: AsyncIterable<T> | Iterable<T>,
  maxRows: number,
): Promise<{ content: Buffer; rowCount: number }> {
  const archiver = (await import('archiver')).default;
  const chunks: Buffer[] = [];
  const archive = archiver('zip', { zlib: { level: 6 } });
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    archive.on('end', resolve);
    archive.on('error', reject);
  });
  // Settled even when the rows fail first, so that a failure here is not left unhandled.
  finished.catch(() => {});
  archive.append(CONTENT_TYPES, { name: '[Content_Types].xml' });
  archive.append(ROOT_RELS, { name: '_rels/.rels' });
  archive.append(workbookXml(sheetName), { name: 'xl/workbook.xml' });
  archive.append(WORKBOOK_RELS, { name: 'xl/_rels/workbook.xml.rels' });
  archive.append(STYLES, { name: 'xl/styles.xml' });
  const sheet = new PassThrough();
  archive.append(sheet, { name: 'xl/worksheets/sheet1.xml' });
  const letters = columns.map((_, i) => columnLetter(i));
  // Rows are joined into pieces of about 64 KB: one write per row costs more than its XML.
  let pending = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><cols>${columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? 18}" customWidth="1"/>`)
    .join('')}</cols><sheetData>${rowXml(
    1,
    letters,
    columns.map((c) => c.header),
    1,
  )}`;
  const flush = async () => {
    const more = sheet.write(Buffer.from(pending, 'utf8'));
    pending = '';
    if (!more) await once(sheet, 'drain');
  };
  let rowCount = 0;
  try {
    for await (const row of rows) {
      if (++rowCount > maxRows) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `导出超过 ${maxRows} 行,请缩小范围(按辖区、类型或名称筛选)后分批导出`);
      }
      pending += rowXml(
        rowCount + 1,
        letters,
        columns.map((c) => c.value(row) ?? ''),
        0,
      );
      if (pending.length > 65_536) await flush();
    }
  } catch (error) {
    archive.abort();
    throw error;
  }
  pending += '</sheetData></worksheet>';
  await flush();
  sheet.end();
  await archive.finalize();
  await finished;
  return { content: Buffer.concat(chunks), rowCount };
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
// Style 1 is the header's bold font.
const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const workbookXml = (sheetName: string) =>
  `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

function rowXml(row: number, letters: string[], values: (string | number)[], style: number): string {
  const s = style ? ` s="${style}"` : '';
  let xml = `<row r="${row}">`;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    if (value === '') continue;
    xml +=
      typeof value === 'number'
        ? `<c r="${letters[i]}${row}"${s}><v>${value}</v></c>`
        : `<c r="${letters[i]}${row}"${s} t="inlineStr"><is>${textXml(value)}</is></c>`;
  }
  return `${xml}</row>`;
}

// Control characters other than tab and line breaks are not allowed in XML 1.0: dropped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is removed.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is looked for.
const NEEDS_ESCAPE = /[&<>"\u0000-\u001F\uFFFE\uFFFF]/;
const escapeXml = (text: string) =>
  NEEDS_ESCAPE.test(text)
    ? text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    : text;
// Spaces at either end are kept only when the text says so.
const textXml = (text: string) => (/^\s|\s$/.test(text) ? `<t xml:space="preserve">${escapeXml(text)}</t>` : `<t>${escapeXml(text)}</t>`);

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
  return { fileName: xlsxFileName(title), mimeType: XLSX_MIME, contentBase64: content.toString('base64'), rowCount };
}

/** `<title>-<date in Beijing>.xlsx`, the name of an export (a job's file too). */
export const xlsxFileName = (title: string) => `${title}-${beijingDate(new Date())}.xlsx`;
