/**
 * Export options shared by the editor's export dialog (which remembers them per
 * deck) and `briefing export`. One zod schema, so both front ends validate the
 * same way and a stored value from an older version still parses (every field
 * has a default).
 */
import { z } from 'zod';

export const exportFormats = ['docx', 'pptx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** 全文简报 / 要点简报 / 讲稿(讲义). */
export const briefingKinds = ['full', 'points', 'handout'] as const;
export type BriefingKind = (typeof briefingKinds)[number];

export const briefingKindLabels: Record<BriefingKind, string> = {
  full: '全文简报',
  points: '要点简报',
  handout: '讲稿/讲义',
};

/** "official" = GB/T 9704-2012 layout; "plain" = an ordinary Word document. */
export const docxStyleNames = ['official', 'plain'] as const;
export type DocxStyleName = (typeof docxStyleNames)[number];

/** Font names a user may override; sizes stay with the style (see docx-styles.ts). */
export const fontOverridesSchema = z
  .object({
    title: z.string().min(1).optional(),
    body: z.string().min(1).optional(),
    heading1: z.string().min(1).optional(),
    heading2: z.string().min(1).optional(),
    pageNumber: z.string().min(1).optional(),
    latin: z.string().min(1).optional(),
  })
  .strict();
export type FontOverrides = z.infer<typeof fontOverridesSchema>;

const NUMERIC_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** Null when `input` is a real date or not written as a full numeric date; else why not, in both languages. */
export function dateProblem(input: string): string | null {
  const m = NUMERIC_DATE.exec(input.trim());
  if (!m) return /\d/.test(input) && !/^\d{4}\s*年(?:\s*\d{1,2}\s*月)?$/.test(input.trim()) ? `日期“${input}”无法识别，请写作 2024-07-01 或 2024年7月1日 / cannot read the date “${input}”: write it as 2024-07-01` : null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12) return `日期“${input}”无效：月份应为 1–12 / invalid date “${input}”: the month must be 1–12`;
  if (d < 1 || d > days) return `日期“${input}”无效：${y}年${mo}月只有 ${days} 天 / invalid date “${input}”: ${y}-${mo} has ${days} days`;
  return null;
}

/** 3, "3", "第3期", "第十二期", "总第35期" / "第3期（总第35期）". */
const ISSUE = /^(?:总?第\s*)?[0-9０-９一二三四五六七八九十百零〇]+\s*期?(?:\s*[（(]总第\s*[0-9０-９]+\s*期[）)])?$/;

/** The 简报 masthead: red name, 第X期, issuing unit (left) and date (right), red rule. */
export const briefingHeaderSchema = z
  .object({
    name: z.string().min(1).default('学习简报'),
    issue: z
      .union([
        z.number().int().positive(),
        z
          .string()
          .min(1)
          .refine((v) => ISSUE.test(v.trim()), { message: '期号应为数字或“第X期” / the issue must be a number or 第X期' }),
      ])
      .optional(),
    unit: z.string().optional(),
    /** "2024-07-01", "2024/7/1" or already "2024年7月1日"; a date that does not exist is refused. */
    date: z
      .string()
      .optional()
      .superRefine((v, ctx) => {
        const problem = v === undefined ? null : dateProblem(v);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
  })
  .strict();
export type BriefingHeader = z.infer<typeof briefingHeaderSchema>;

/** 版记: 报/送/发 lines and the print run (共印X份). */
export const distributionSchema = z
  .object({
    report: z.string().optional(),
    copyTo: z.string().optional(),
    sendTo: z.string().optional(),
    copies: z.number().int().positive().optional(),
  })
  .strict();
export type Distribution = z.infer<typeof distributionSchema>;

export const exportOptionsSchema = z
  .object({
    format: z.enum(exportFormats).default('docx'),
    kind: z.enum(briefingKinds).default('full'),
    style: z.enum(docxStyleNames).default('official'),
    /** Absent = no masthead (the article title starts the first page). */
    header: briefingHeaderSchema.optional(),
    distribution: distributionSchema.optional(),
    fonts: fontOverridesSchema.default({}),
    /**
     * Number the headings the author left bare (一、 （一） 1. （1） by level). Off by
     * default: headings keep the author's numbering exactly as written.
     */
    numberPoints: z.boolean().default(false),
    /** Handout: put a picture of each slide above its text when one is supplied. */
    slidePictures: z.boolean().default(true),
    /**
     * The unit's Word template to write the briefing into (kept in the data folder, or the
     * shipped example); absent = the generated layout. The front end reads its bytes.
     */
    wordTemplate: z.object({ name: z.string().min(1).max(200), builtin: z.boolean() }).strict().optional(),
  })
  .strict();

export type ExportOptions = z.infer<typeof exportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof exportOptionsSchema>;

export const defaultExportOptions: ExportOptions = exportOptionsSchema.parse({});

/** Parse user input (dialog state, CLI flags, a remembered value) into complete options. */
export function resolveExportOptions(input: ExportOptionsInput | undefined): ExportOptions {
  return exportOptionsSchema.parse(input ?? {});
}

/**
 * Dates in a briefing are written 2024年7月1日 (Arabic numerals, no leading zeros,
 * as GB/T 9704-2012 asks for the 成文日期). Anything not recognisably a date is
 * returned unchanged so a user can type e.g. "2024年7月".
 */
export function formatChineseDate(input: string): string {
  const s = input.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) return s;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}
