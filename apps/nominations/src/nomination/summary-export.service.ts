import { type Caller, DomainError, type ExportFile, requireIdentity, writeXlsx, xlsxFile } from '@ronghe/kit';
import { ErrorCode, nominationStatusLabels, typicalCategoryLabels } from '@ronghe/types';
import type { CycleService } from '../cycle/cycle.service.js';
import type { Registry } from '../registry/registry.client.js';
import type { Nomination } from './nomination.entity.js';
import type { NominationsArgs } from './nomination.inputs.js';
import type { NominationService } from './nomination.service.js';

const PAGE = 100;

/** 推荐汇总表: a cycle's nominations by nominating unit, category and order, as .xlsx. */
export class SummaryExportService {
  constructor(
    private readonly nominations: NominationService,
    private readonly cycles: CycleService,
    private readonly registry: Registry,
  ) {}

  async export(caller: Caller, args: Partial<NominationsArgs>): Promise<ExportFile> {
    const identity = requireIdentity(caller.identity);
    if (!args.cycleId) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请选择评选年度', { field: 'cycleId' });
    const cycle = await this.cycles.require(args.cycleId);
    const rows: Nomination[] = [];
    let after: string | null = null;
    do {
      const page = await this.nominations.list(caller, { ...args, first: PAGE, after });
      rows.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    // Names belong to the registry: one request for all of them.
    const facts = await this.registry.facts(
      [...new Set(rows.flatMap((n) => [n.nominatorOrganizationId, n.nomineeOrganizationId]).filter((id): id is string => !!id))],
      [...new Set(rows.map((n) => n.nomineePersonId).filter((id): id is string => !!id))],
      identity,
    );
    const names = new Map([...facts.units, ...facts.persons].map((f) => [f.id, f.name]));
    rows.sort(
      (a, b) =>
        (names.get(a.nominatorOrganizationId) ?? '').localeCompare(names.get(b.nominatorOrganizationId) ?? '', 'zh-CN') ||
        a.category.localeCompare(b.category) ||
        a.position - b.position,
    );
    const content = await writeXlsx<Nomination>(
      `${cycle.year}年度推荐汇总表`,
      [
        { header: '推荐单位', width: 28, value: (n) => names.get(n.nominatorOrganizationId) ?? '' },
        { header: '典型类别', width: 18, value: (n) => typicalCategoryLabels[n.category] },
        { header: '推荐顺序', width: 10, value: (n) => n.position },
        { header: '被推荐对象', width: 30, value: (n) => names.get(n.nomineeOrganizationId ?? n.nomineePersonId ?? '') ?? '' },
        { header: '状态', width: 10, value: (n) => nominationStatusLabels[n.status] },
        {
          header: '上报时间',
          width: 20,
          value: (n) => (n.submittedAt ? n.submittedAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : ''),
        },
        { header: '联系人', value: (n) => n.contactName },
        { header: '联系电话', value: (n) => n.contactPhone },
        { header: '预审提示', width: 40, value: (n) => n.flags.join(';') },
        { header: '事迹材料', width: 60, value: (n) => n.deeds },
      ],
      rows,
    );
    return xlsxFile(`${cycle.year}年度十类典型推荐汇总表`, content, rows.length);
  }
}
