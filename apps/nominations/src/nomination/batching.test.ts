import { demoCaller } from '@ronghe/kit/testing';
import type { TestResult } from '@ronghe/kit/testing';
import { newId, stableId } from '@ronghe/kit';
import { NominationStatus, Role, TypicalCategory } from '@ronghe/types';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NominationCycle } from '../cycle/cycle.entity.js';
import { openTestbed, testClock } from '../testing.js';
import { Nomination, NominationEvent } from './nomination.entity.js';

const unit = (name: string) => stableId('organization', name);
const admin = demoCaller('admin', '管城回族区人民政府办公室', Role.PROGRAM_ADMIN);
const township = demoCaller('operator', '十八里河镇', Role.UNIT_OPERATOR);

let bed: Awaited<ReturnType<typeof openTestbed>>;
const cycleId = newId();

beforeAll(async () => {
  bed = await openTestbed(testClock('2028-07-10T10:00:00+08:00'));
  const ds = bed.db.dataSource;
  await ds.getRepository(NominationCycle).insert({
    id: cycleId,
    year: 2028,
    status: 'OPEN' as never,
    opensAt: new Date('2028-07-01T00:00:00+08:00'),
    closesAt: new Date('2028-08-01T00:00:00+08:00'),
  });
  // A thousand nominations by one township (loaded directly: this measures reading, not the rules).
  const rows = Array.from({ length: 1000 }, (_, i) => ({
    id: newId(),
    cycleId,
    category: i ? TypicalCategory.MIGRANT_WORKER : TypicalCategory.COMMUNITY,
    nomineeOrganizationId: i ? null : unit('十八里河社区'),
    nomineePersonId: i ? newId() : null,
    nominatorOrganizationId: unit('十八里河镇'),
    deeds: `第 ${i + 1} 份事迹材料,内容详实,数据准确。`,
    status: NominationStatus.SUBMITTED,
    position: i + 1,
    flags: [],
  }));
  for (let i = 0; i < rows.length; i += 250) await ds.getRepository(Nomination).insert(rows.slice(i, i + 250));
  await ds.getRepository(NominationEvent).insert(
    rows.map((r) => ({
      id: newId(),
      nominationId: r.id,
      fromStatus: null,
      toStatus: NominationStatus.SUBMITTED,
      occurredAt: new Date(),
    })),
  );
}, 120_000);
afterAll(() => bed?.close());

const LIST = `query ($first: Int!, $after: String) {
  nominations(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id category position cycle { year } nominator { id } nominee { __typename ... on Organization { id } ... on Person { id } } history { toStatus } attachments { fileName } }
  }
}`;

describe('a unit’s list of 1,000 nominations', () => {
  it('costs the same bounded number of queries whatever the page size', async () => {
    for (const first of [10, 50, 100]) {
      let result: TestResult<any> | undefined;
      const statements = await bed.db.queries.measure(async () => {
        result = await bed.execute(LIST, { first }, township);
      });
      expect(result!.errors).toBeUndefined();
      expect(result!.data!.nominations.totalCount).toBe(1000);
      expect(result!.data!.nominations.nodes).toHaveLength(first);
      // count, page, cycles, history, attachments
      expect(statements).toBeLessThanOrEqual(5);
    }
  });

  it('walks all 1,000 in pages without gaps or repeats', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    do {
      const { data }: TestResult<any> = await bed.execute(LIST, { first: 100, after }, township);
      for (const n of data!.nominations.nodes) seen.add(n.id);
      after = data!.nominations.pageInfo.hasNextPage ? data!.nominations.pageInfo.endCursor : null;
    } while (after);
    expect(seen.size).toBe(1000);
  });
});

describe('推荐汇总表', () => {
  it('exports a cycle’s nominations with the names the registry holds', async () => {
    const { data, errors } = await bed.execute(
      `query ($c: ID!) { exportNominationSummary(cycleId: $c, category: COMMUNITY) { fileName rowCount contentBase64 } }`,
      { c: cycleId },
      admin,
    );
    expect(errors).toBeUndefined();
    expect(data!.exportNominationSummary).toMatchObject({ rowCount: 1 });
    expect(data!.exportNominationSummary.fileName).toMatch(/^2028年度十类典型推荐汇总表-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(data!.exportNominationSummary.contentBase64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toContain('推荐单位');
    expect(sheet.getRow(2).getCell(1).value).toBe('十八里河镇');
    expect(sheet.getRow(2).getCell(2).value).toBe('社区(都市村庄)');
    expect(sheet.getRow(2).getCell(4).value).toBe('十八里河社区');
  });
});
