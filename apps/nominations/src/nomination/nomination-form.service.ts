import { type Caller, type ExportFile, notFound, requireIdentity } from '@ronghe/kit';
import { PDF_MIME, type Pdf, renderPdf } from '@ronghe/kit/pdf';
import { beijingDate, typicalCategoryLabels } from '@ronghe/types';
import type { CycleService } from '../cycle/cycle.service.js';
import type { Registry } from '../registry/registry.client.js';
import type { NominationService } from './nomination.service.js';

const LABEL_WIDTH = 96;
const PAD = 6;

/** 推荐表: one nomination as the printable form the nominating unit signs and seals. */
export class NominationFormService {
  constructor(
    private readonly nominations: NominationService,
    private readonly cycles: CycleService,
    private readonly registry: Registry,
  ) {}

  async render(caller: Caller, id: string): Promise<ExportFile> {
    const identity = requireIdentity(caller.identity);
    const n = await this.nominations.get(caller, id);
    if (!n) throw notFound('推荐', id);
    const [cycle, attachments] = await Promise.all([this.cycles.require(n.cycleId), this.nominations.attachmentsOf(caller.loaders, n.id)]);
    // Names belong to the registry: one request for the nominator and the nominee.
    const facts = await this.registry.facts(
      [n.nominatorOrganizationId, ...(n.nomineeOrganizationId ? [n.nomineeOrganizationId] : [])],
      n.nomineePersonId ? [n.nomineePersonId] : [],
      identity,
    );
    const names = new Map([...facts.units, ...facts.persons].map((f) => [f.id, f.name]));
    const nominee = names.get(n.nomineeOrganizationId ?? n.nomineePersonId ?? '') ?? '';
    const nominator = names.get(n.nominatorOrganizationId) ?? '';
    const title = `${cycle.year}年度流动人口社会融合十类典型推荐表`;
    const content = await renderPdf(title, (doc) => {
      doc.font('bold').fontSize(18).text(title, { align: 'center' });
      doc.moveDown(1);
      doc.font('regular').fontSize(11);
      const rows: [string, string][] = [
        ['典型类别', typicalCategoryLabels[n.category]],
        [n.nomineePersonId ? '被推荐人' : '被推荐单位', nominee],
        ['推荐单位', nominator],
        ['推荐顺序', `本单位本类别第 ${n.position} 位`],
        ['联系人', n.contactName ?? ''],
        ['联系电话', n.contactPhone ?? ''],
        ['上报时间', n.submittedAt ? beijingDate(n.submittedAt) : '(未上报)'],
      ];
      for (const [label, value] of rows) row(doc, label, value);
      row(doc, '事迹材料', n.deeds);
      row(doc, '附件', attachments.length ? attachments.map((a, i) => `${i + 1}. ${a.fileName}`).join('\n') : '无');
      doc.moveDown(1);
      opinionBox(doc, '推荐单位意见', ['负责人(签字):', '(盖章)']);
      opinionBox(doc, '评选活动办公室审核意见', ['审核人(签字):', '(盖章)']);
    });
    return {
      fileName: `推荐表-${cycle.year}-${nominee}.pdf`,
      mimeType: PDF_MIME,
      contentBase64: content.toString('base64'),
      rowCount: 1,
    };
  }
}

/** A bordered label–value row; a long value (the deeds) flows onto the next page. */
function row(doc: Pdf, label: string, value: string) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const valueWidth = width - LABEL_WIDTH - 2 * PAD;
  const height = Math.max(doc.heightOfString(value || ' ', { width: valueWidth }), doc.heightOfString(label)) + 2 * PAD;
  const bottom = doc.page.height - doc.page.margins.bottom;
  if (doc.y + Math.min(height, 120) > bottom) doc.addPage();
  const top = doc.y;
  if (top + height <= bottom) {
    doc
      .rect(left, top, LABEL_WIDTH, height)
      .rect(left + LABEL_WIDTH, top, width - LABEL_WIDTH, height)
      .stroke();
    doc.font('bold').text(label, left + PAD, top + PAD, { width: LABEL_WIDTH - 2 * PAD });
    doc.font('regular').text(value || ' ', left + LABEL_WIDTH + PAD, top + PAD, { width: valueWidth });
    doc.x = left;
    doc.y = top + height;
    return;
  }
  // Longer than the page: a heading row, then the text flows on unboxed.
  doc.font('bold').text(label, left, top + PAD);
  doc.font('regular').text(value, left, doc.y + PAD, { width, lineGap: 4 });
  doc.x = left;
  doc.moveDown(0.5);
}

/** A box for an opinion with the places to sign and seal, and a blank date. */
function opinionBox(doc: Pdf, label: string, marks: string[]) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const height = 150;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  doc.rect(left, top, width, height).stroke();
  doc.font('bold').text(`${label}:`, left + PAD, top + PAD);
  doc.font('regular');
  const markLeft = left + width / 2;
  let y = top + height - 26 - marks.length * 22;
  for (const mark of marks) {
    doc.text(mark, markLeft, y, { width: width / 2 - PAD });
    y += 22;
  }
  doc.text('年    月    日', markLeft, y, { width: width / 2 - PAD });
  doc.x = left;
  doc.y = top + height + 12;
}
