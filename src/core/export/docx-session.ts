/**
 * The one 简报 of a study session: the masthead once, 本期目录 listing the items,
 * each deck's briefing as one item (a new page each after the first), the 版记
 * once at the end (added by briefingDocument). The items' text is whatever the
 * single-deck briefing writes for that deck: one builder, handed in, so this
 * module only arranges.
 */
import { AlignmentType, Paragraph, TextRun } from 'docx';
import { chineseNumber } from '../deck/chinese-numbers';
import type { Deck } from '../deck/model';
import type { SessionPart } from '../session/session-deck';
import { STYLE } from './docx-paragraphs';

export const CONTENTS_TITLE = '本期目录';

export function sessionBriefingParagraphs(parts: readonly SessionPart[], item: (deck: Deck, first: boolean) => Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ style: STYLE.heading1, alignment: AlignmentType.CENTER, children: [new TextRun(CONTENTS_TITLE)] })];
  parts.forEach((p, k) => out.push(new Paragraph({ style: STYLE.body, children: [new TextRun(`${chineseNumber(k + 1)}、${p.title}`)] })));
  out.push(new Paragraph({ style: STYLE.body, children: [] }));
  parts.forEach((p, k) => out.push(...item(p.deck, k === 0)));
  return out;
}
