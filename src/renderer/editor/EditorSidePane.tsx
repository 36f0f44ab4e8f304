/** The side panel beside the canvas: the Markdown source, or the original article and its coverage. */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Spin } from 'antd';
import { messageIn } from '../i18n';
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
  const [article, setArticle] = useState<ArticleState | null>(null);
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
