import { useEffect, useMemo, useState } from 'react';
import { ConfigProvider, App as AntApp } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import { getHost } from './host';
import { LibraryScreen } from './library/LibraryScreen';
import { DraftRecovery } from './editor/DraftRecovery';
import { useHashRoute } from './use-hash-route';
import { EditorScreen, Later, PresentScreen, PresenterScreen, SessionScreen, preloadStartScreen } from './lazy-screens';
import { parsePresentRoute } from './present/routes';
import { editorTarget, routeOf } from './app-routes';
import { DisplayProvider, useDisplay } from './a11y/DisplayProvider';
import { antdTheme } from './a11y/display-model';
import { LiveAnnouncer } from './a11y/LiveAnnouncer';
import { isSessionPath } from '../core/session/model';

/** Display settings (text size, contrast, motion) and the live regions wrap every screen. */
export function App() {
  return (
    <DisplayProvider>
      <Screens />
      <LiveAnnouncer />
    </DisplayProvider>
  );
}

function Screens() {
  const { i18n } = useTranslation();
  const { display } = useDisplay();
  const theme = useMemo(() => antdTheme(display), [display]);
  const [route, go] = useHashRoute();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const settings = getHost()
      .api.settings.get()
      .then((s) => i18n.changeLanguage(s.language))
      .catch(() => {});
    // A window opening on a deck or a show also waits for that screen's code (main.tsx
    // already asked for it), so it renders at once instead of suspending (lazy-screens.tsx).
    void Promise.all([settings, preloadStartScreen(route)]).finally(() => setReady(true));
  }, [i18n]); // eslint-disable-line react-hooks/exhaustive-deps -- the route the window opened on

  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = i18n.t('app.name');
  }, [i18n.language, i18n]);

  const target = editorTarget(route);
  // Presenting (#/present/…, #/presenter/…) takes the whole window, before any other route.
  const presenting = parsePresentRoute(route);
  if (ready && presenting) {
    const key = `${presenting.kind}:${presenting.ref.root}/${presenting.ref.path}`;
    return (
      <Later>
        {presenting.kind === 'present' ? (
          <PresentScreen key={key} deckRef={presenting.ref} from={presenting.from} go={go} />
        ) : (
          <PresenterScreen key={key} deckRef={presenting.ref} at={presenting.at} rehearsal={presenting.rehearsal} go={go} />
        )}
      </Later>
    );
  }
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      theme={theme}
      // antd spaces out two-character Chinese labels ("取 消"); Chinese UI text never wants that.
      button={{ autoInsertSpace: false }}
    >
      <AntApp style={{ height: '100%' }}>
        {!ready ? null : target?.kind === 'deck' && isSessionPath(target.ref.path) ? (
          // A study session (学习会) opens in its own editor: its decks, their order and minutes.
          <Later>
            <SessionScreen key={`session:${target.ref.root}/${target.ref.path}`} sessionRef={target.ref} go={go} />
          </Later>
        ) : target ? (
          // One editor instance across deck routes: after Save As the route changes but the document stays.
          <Later>
            <EditorScreen key="editor" target={target} onNavigate={go} onBack={() => go('/')} />
          </Later>
        ) : (
          <>
            <div style={{ maxWidth: 960, margin: '0 auto', padding: '16px 24px 0' }}>
              <DraftRecovery onOpen={go} />
            </div>
            <LibraryScreen onOpen={(r) => go(routeOf(r))} go={go} />
          </>
        )}
      </AntApp>
    </ConfigProvider>
  );
}
