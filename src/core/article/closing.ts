/**
 * The closing block of an official document or a commentary: 附件 list, 署名
 * (发文机关 or author unit) and 成文日期, 附注. GB/T 9704 prints these in fixed
 * places after the text, so the importer keeps them as typed extras
 * (`attachment`, `signature`, `date`, `note`) instead of body paragraphs or
 * anonymous `meta` furniture. Kept apart from structure.ts so the other
 * furniture detection (mastheads, 版记, portal pages) can grow without touching it.
 */
import type { Line } from './classify';
import { ISSUER } from './patterns';
import type { Extra } from './types';

/** 2024年2月26日 / 二〇二四年二月二十六日 / 2024-02-26, alone on its line. */
const DATE_LINE = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|\d{4}-\d{1,2}-\d{1,2})$/;
/** "附件：1.……", "附件1：", "附件:" opening the list of attachments. */
const ATTACHMENT_START = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]/;
/** An item of that list: short, numbered or not, no sentence punctuation. */
const ATTACHMENT_ITEM = /^(?:[0-9０-９]{1,2}[.．、]\s*)?[^。！？；]{1,60}$/;
/** "（作者系区委党校教研室主任）", "（作者单位：……）": a commentary's author unit. */
const AUTHOR_UNIT = /^[（(](?:作者|笔者)(?:系|为|是|单位)[^（）()]{1,60}[）)]$/;
/** 附注 under the date: "（此件公开发布）". */
const NOTE = /^[（(](?:此件|本件)[^（）()]{1,20}[）)]$/;
/** A signature line: short, no sentence punctuation. */
const SIGNATURE = /^[^。！？；，,]{2,40}$/;

export function isDateLine(t: string): boolean {
  return DATE_LINE.test(t.trim());
}

/**
 * Retypes the tail furniture of an article and moves a 附件 list from the end of
 * its body into the extras. Order within the source is kept: the attachment
 * lines come first (they stood above the signature), then the tail as it was.
 */
export function splitClosing(body: Line[], tail: Extra[]): { body: Line[]; tail: Extra[] } {
  const typed = tail.map((e) => ({ ...e }));
  typed.forEach((e, i) => {
    const t = e.text.trim();
    if (AUTHOR_UNIT.test(t)) e.kind = 'signature';
    else if (NOTE.test(t)) e.kind = 'note';
    else if (DATE_LINE.test(t)) {
      e.kind = 'date';
      // The issuing bodies stand right above the date.
      for (let j = i - 1; j >= 0; j--) {
        const s = typed[j]!;
        const st = s.text.trim();
        if (s.kind === 'signature' || s.kind === 'date' || s.kind === 'attachment' || s.kind === 'note') break;
        if (!SIGNATURE.test(st) || (j < i - 1 && !ISSUER.test(st))) break;
        s.kind = 'signature';
      }
    }
  });
  // A 附件 list in the tail (short lines) down to the signature.
  const firstAttachment = typed.findIndex((e) => ATTACHMENT_START.test(e.text.trim()));
  if (firstAttachment >= 0) {
    for (let j = firstAttachment; j < typed.length; j++) {
      const e = typed[j]!;
      if (e.kind === 'signature' || e.kind === 'date' || e.kind === 'note') break;
      if (j > firstAttachment && !ATTACHMENT_ITEM.test(e.text.trim())) break;
      e.kind = 'attachment';
    }
  }
  // A 附件 list at the end of the body (its items numbered, so they read as body).
  let start = -1;
  for (let i = body.length - 1; i >= Math.max(0, body.length - 20); i--) {
    if (ATTACHMENT_START.test(body[i]!.text.trim())) {
      start = i;
      break;
    }
  }
  if (start < 0 || !body.slice(start + 1).every((l) => ATTACHMENT_ITEM.test(l.text.trim()))) return { body, tail: typed };
  const moved: Extra[] = body.slice(start).map((l) => ({ kind: 'attachment', text: l.text }));
  // Short lines that continue the list but were taken as tail furniture.
  for (const e of typed) {
    if (e.kind !== 'signature' && e.kind !== 'date' && e.kind !== 'note' && e.kind !== 'attachment' && ATTACHMENT_ITEM.test(e.text.trim()) && /^[0-9０-９]{1,2}[.．、]/.test(e.text.trim())) e.kind = 'attachment';
    else break;
  }
  return { body: body.slice(0, start), tail: [...moved, ...typed] };
}
