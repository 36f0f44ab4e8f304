/** The side panel beside the canvas: the Markdown source, or the original article and its coverage. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Spin } from 'antd';
import { messageIn } from '../i18n';
import { getHost } from '../host';
import type { ArticleState } from './ArticlePane';
import { useEditor, useEditorStore } from './state/store';
import { deckOf, edit, select, setUi, showSlide } from './state/editor-state';

// CodeMirror and the article importer are big: load them when their panel first opens.
const SourcePane = lazy(() => import('./SourcePane').then((m) => ({ default: m.SourcePane })));
const ArticlePane = lazy(() => import('./ArticlePane').then((m) => ({ default: m.ArticlePane })));

export function EditorSidePane() {
  const { t, i18n } = useTranslation();
  const store = useEditorStore();
  const side = useEditor((s) => s.ui.side);
  const articleTab = useEditor((s) => s.ui.articleTab);
  const diagnostics = useEditor((s) => s.ui.diagnostics);
  const deck = useEditor(deckOf);
  const current = useEditor((s) => s.selection.current);
  const ref = useEditor((s) => s.doc?.ref ?? null);
  const refKey = ref ? `${ref.root}:${ref.path}` : '';
  // The article panel's article belongs to the deck it was opened for.
  const [held, setHeld] = useState<{ key: string; state: ArticleState } | null>(null);
  const article = held?.key === refKey ? held.state : null;
  const setArticle = (state: ArticleState | null) => setHeld(state ? { key: refKey, state } : null);
  const wantsArticle = side === 'article' || side === 'coverage';
  useEffect(() => {
    // The article as reviewed, saved with the deck at import: shown without asking for the file again.
    if (!wantsArticle || !ref || article) return;
    let live = true;
    getHost()
      .api.deck.readArticle(ref)
      .then((a) => {
        if (live && a) setHeld((cur) => (cur?.key === refKey ? cur : { key: refKey, state: { articles: [a], chosen: 0, name: a.sourceName, saved: true } }));
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [wantsArticle, refKey]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!side || !deck) return null;
  return (
    <aside className="editor-side-pane" aria-label={t(`editor.side.${side}`)}>
      <Suspense fallback={<Spin style={{ margin: 24 }} />}>
        {side === 'source' ? (
          <>
            {diagnostics.length > 0 && (
              <Alert type="warning" showIcon message={diagnostics.join('；')} style={{ margin: 8 }} data-testid="source-diagnostics" />
            )}
            <SourcePane
              deck={deck}
              current={current}
              onSource={(next, diags) =>
                store.update((s) => edit(setUi(s, { diagnostics: diags.map((d) => messageIn(i18n.language, d.message)) }), () => next, 'source'))
              }
              onCursorSlide={(i) => store.update((s) => showSlide(s, i))}
            />
          </>
        ) : (
          <ArticlePane
            deck={deck}
            current={current}
            article={article}
            onArticle={setArticle}
            onGoto={(i) => store.update((s) => select(s, i))}
            tab={side === 'coverage' ? 'coverage' : articleTab}
            onTab={(k) => store.update((s) => setUi(s, { articleTab: k, side: k }))}
          />
        )}
      </Suspense>
    </aside>
  );
}
