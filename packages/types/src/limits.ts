// Input limits, declared once: the subgraphs' validation, the database CHECK constraints and the
// admin's form inputs all read these numbers. Lengths count characters (Unicode code points), as
// PostgreSQL's char_length does.

/** Maximum length, in characters, of each kind of text a user writes. */
export const TextLimit = {
  /** A person's, unit's or account's name, a contact, a criterion or indicator name. */
  NAME: 100,
  /** A document's, task's or honour's title. */
  TITLE: 200,
  ADDRESS: 200,
  /** A province or city. */
  PLACE: 50,
  /** Codes and numbers: 索引号, 文号, 登录名, phone numbers, units of measure, a period, a MIME type. */
  SHORT_CODE: 50,
  /** One item of a list: a skill, a training, a checklist item, a subject. */
  LABEL: 100,
  /** Why something was returned, extended, excluded; an objection's answer; a comment. */
  REASON: 500,
  /** Deeds (事迹材料), report summaries, work requirements, objections. */
  FREE_TEXT: 5000,
  /** The full text of a policy document. */
  DOCUMENT_TEXT: 100_000,
  /** A search box. */
  SEARCH: 100,
  /** An opaque page cursor. */
  CURSOR: 500,
  /** Passwords and tokens. */
  SECRET: 1000,
  FILE_NAME: 255,
  /** A file of at most 5 MB in Base64 (4 characters per 3 bytes). */
  FILE_BASE64: 7_000_000,
} as const;

/** Maximum number of items of each kind of list input. */
export const ListLimit = {
  /** Roles of an account, categories, kinds: small enumerations. */
  CHOICES: 20,
  /** Skills or trainings of a person. */
  LABELS: 20,
  /** Items of a checklist indicator. */
  CHECKLIST_ITEMS: 30,
  /** Evidence files of one report, attachments of one nomination. */
  FILES: 10,
  /** Documents a document rests on. */
  BASIS: 20,
  /** Units handed one task, indicators of a report, criteria of a rubric, scores of one sheet. */
  ITEMS: 100,
  /** Days of a holiday calendar. */
  CALENDAR_DAYS: 366,
  /** Ids ordered or records written at once. */
  BATCH: 1000,
  /** Ids or names one subgraph asks another about at once (every unit of a year's call). */
  LOOKUP: 100_000,
} as const;

/** Length of a text as PostgreSQL's char_length counts it (code points). */
export function textLength(value: string): number {
  let length = 0;
  for (const _ of value) length++;
  return length;
}

/** Whether a text is longer than `max` characters (cheap for short texts). */
export function isTooLong(value: string, max: number): boolean {
  return value.length > max && textLength(value) > max;
}
