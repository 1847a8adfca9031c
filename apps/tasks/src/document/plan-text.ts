/** A main task as a plan's text states it. */
export interface PlannedTask {
  /** 一 to 八, as numbered in the text. */
  code: string;
  title: string;
  requirement: string;
  /** 责任单位 exactly as listed; "各乡镇、街道办事处" is kept whole, it names a group of units. */
  responsibleUnits: string[];
}

const SECTION_START = /^二、主要任务/;
const NEXT_SECTION = /^[三四五六七八九十]+、/;
const TASK_HEADING = /^[((]([一二三四五六七八九十]+)[))](.+)$/;
const RESPONSIBLE = /^[((]责任单位[::](.+)[))]$/;
/** Names no one unit: every township and sub-district of the district. */
export const UNIT_GROUP = '各乡镇、街道办事处';

/**
 * Reads the main tasks (二、主要任务, (一) to (八)) out of a plan's full text: each task's heading,
 * its requirement paragraphs, and the units its (责任单位:…) line names.
 */
export function mainTasksOf(fullText: string): PlannedTask[] {
  const lines = fullText
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const start = lines.findIndex((l) => SECTION_START.test(l));
  if (start < 0) return [];
  const tasks: PlannedTask[] = [];
  let current: { code: string; title: string; paragraphs: string[] } | null = null;
  for (const line of lines.slice(start + 1)) {
    if (NEXT_SECTION.test(line)) break;
    const heading = TASK_HEADING.exec(line);
    const responsible = RESPONSIBLE.exec(line);
    if (heading && !responsible) {
      current = { code: heading[1]!, title: heading[2]!.trim(), paragraphs: [] };
    } else if (responsible && current) {
      tasks.push({
        code: current.code,
        title: current.title,
        requirement: current.paragraphs.join('\n'),
        responsibleUnits: splitUnits(responsible[1]!),
      });
      current = null;
    } else if (current) {
      current.paragraphs.push(line);
    }
  }
  return tasks;
}

function splitUnits(list: string): string[] {
  return list
    .split(/[,,]/)
    .flatMap((part) => (part.trim() === UNIT_GROUP ? [UNIT_GROUP] : part.split('、')))
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
}
