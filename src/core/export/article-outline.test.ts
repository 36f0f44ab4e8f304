import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArticleBytes } from '../article/index';
import { demoteHeading } from '../article/review-ops';
import { parseSavedArticle, serializeSavedArticle } from '../article/saved-article';
import type { Article } from '../article/types';
import { generateDeck, parseDeck, serializeDeck } from '../deck/index';
import type { Deck } from '../deck/model';
import { briefingHeadings } from '../../../test/fixtures/briefing/briefing-table';
import { wordParagraphs, zipText } from '../../../test/fixtures/export/ooxml';
import { exportDocx } from './docx-briefing';

const file = join(import.meta.dirname, '../../../test/fixtures/articles/four-level-report.txt');

async function freshImport(): Promise<Article> {
  return (await importArticleBytes(new Uint8Array(readFileSync(file)), 'four-level-report.txt')).articles[0]!;
}

/** The deck as the app saves it and reads it back, with the reviewed article beside it. */
function saved(article: Article): { deck: Deck; article: Article } {
  return { deck: parseDeck(serializeDeck(generateDeck(article))).deck, article: parseSavedArticle(serializeSavedArticle(article))! };
}

const headingTexts = async (docx: Uint8Array) => (await briefingHeadings(docx)).map((h) => `${h.style} ${h.text}`);

describe('the full-text briefing follows the article saved with the deck', () => {
  it('keeps the structure confirmed in review, not what a fresh import would give', async () => {
    const fresh = await freshImport();
    const second = fresh.sections.findIndex((s) => s.heading === '（二）统筹城乡发展，区域面貌改善');
    expect(second).toBeGreaterThan(0);
    // In review the user made the heading "（二）统筹城乡发展…" a paragraph of the section before it.
    const reviewed = demoteHeading(fresh, second);
    const { deck, article } = saved(reviewed);
    // After generation the user deleted every divider slide in the editor: the slides no longer say where sections start.
    const edited: Deck = { ...deck, slides: deck.slides.filter((s) => !s.attrs.some((a) => a.name === 'class' && a.value === 'section')) };

    const docx = await exportDocx(edited, { kind: 'full' }, { article });
    const headings = await headingTexts(docx);
    expect(headings).toContain('一级标题（一、） 一、主要工作');
    expect(headings).toContain('二级标题（（一）） （二）要素保障有待加强');
    expect(headings.join('\n')).not.toContain('统筹城乡发展，区域面貌改善');
    // The demoted heading is printed as a body paragraph, where the user put it.
    const body = wordParagraphs(await zipText(docx, 'word/document.xml'));
    expect(body).toContain('（二）统筹城乡发展，区域面貌改善');

    // A fresh import disagrees with the saved article, and the briefing does not follow it.
    const freshHeadings = await headingTexts(await exportDocx(saved(fresh).deck, { kind: 'full' }, { article: fresh }));
    expect(freshHeadings).toContain('二级标题（（一）） （二）统筹城乡发展，区域面貌改善');
    expect(headings).not.toEqual(freshHeadings);
  });

  it('prints every paragraph of the saved article even when its slides were deleted', async () => {
    const { deck, article } = saved(await freshImport());
    const last = article.sections.at(-1)!;
    const lastPara = last.paragraphs.at(-1)!;
    const source = `s${article.sections.length}p${last.paragraphs.length}`;
    const edited: Deck = { ...deck, slides: deck.slides.filter((s) => !s.attrs.some((a) => a.name === 'data-source' && a.value === source)) };
    const text = (docx: Uint8Array) => zipText(docx, 'word/document.xml').then((x) => wordParagraphs(x).join('\n'));
    expect(await text(await exportDocx(edited, { kind: 'full' }, { article }))).toContain(lastPara.slice(0, 30));
    // Without the saved article (decks made before it existed) the slides are all there is.
    expect(await text(await exportDocx(edited, { kind: 'full' }))).not.toContain(lastPara.slice(0, 30));
  });

  it('ignores a saved article that does not fit the deck (stale or from another deck)', async () => {
    const { deck, article } = saved(await freshImport());
    const foreign: Article = { ...article, sections: article.sections.slice(0, 1) };
    const withForeign = await headingTexts(await exportDocx(deck, { kind: 'full' }, { article: foreign }));
    const without = await headingTexts(await exportDocx(deck, { kind: 'full' }));
    expect(withForeign).toEqual(without);
    expect(parseSavedArticle('{"schema":2}')).toBeNull();
    expect(parseSavedArticle('not json')).toBeNull();
  });
});
