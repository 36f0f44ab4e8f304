/**
 * What the status bar says about unsaved work (issue 17): when the draft could not be
 * written (drafts folder unwritable, disk full) it must not claim a draft keeps the
 * changes; it says they exist only in this window.
 */
import { describe, it, expect } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import i18n from '../i18n';
import { StatusBar, type StatusBarProps } from './StatusBar';
import { parseDeck } from '../../core/deck';

const deck = parseDeck('---\ntitle: 测试\n---\n\n## 第一页\n\n- 要点\n').deck;

function saveState(p: Partial<StatusBarProps>): string {
  const html = renderToStaticMarkup(<StatusBar deck={deck} current={0} selectedCount={1} dirty={false} draftSavedMs={null} readOnly={false} {...p} />);
  const m = /data-testid="save-state">([^<]*)</.exec(html);
  return m?.[1] ?? '';
}

describe('the status bar on unsaved work', () => {
  for (const lng of ['zh-CN', 'en'] as const) {
    it(`${lng}: a failed draft is never reported as kept, even after an earlier draft succeeded`, async () => {
      await i18n.changeLanguage(lng);
      const kept = saveState({ dirty: true, draftSavedMs: Date.UTC(2026, 11, 1, 14, 24) });
      const failed = saveState({ dirty: true, draftSavedMs: Date.UTC(2026, 11, 1, 14, 24), draftFailed: true });
      expect(kept).toMatch(lng === 'en' ? /draft/i : /草稿已于/);
      expect(failed).not.toBe(kept);
      expect(failed).toMatch(lng === 'en' ? /only in this window/i : /草稿无法保存.*只在此窗口/);
      expect(failed).not.toMatch(lng === 'en' ? /draft saved/i : /草稿已于/);
      expect(saveState({ dirty: false, draftFailed: true })).toBe(i18n.t('editor.status.saved'));
    });
  }
});
