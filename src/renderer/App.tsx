import { useEffect, useState } from 'react';
import { ConfigProvider, App as AntApp } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import type { DeckRef } from '../core/contract';
import { getHost } from './host';
import { LibraryScreen } from './library/LibraryScreen';
import { DeckViewer } from './viewer/DeckViewer';
import { useHashRoute } from './use-hash-route';
import { PresentScreen } from './present/PresentScreen';
import { PresenterScreen } from './present/PresenterScreen';
import { parsePresentRoute } from './present/routes';

/** "/deck/<root>/<path>" ↔ DeckRef. */
export function refFromRoute(route: string): DeckRef | null {
  const m = /^\/deck\/(builtin|user)\/(.+)$/.exec(route);
  return m ? { root: m[1] as DeckRef['root'], path: m[2]! } : null;
}
export const routeOf = (ref: DeckRef) => `/deck/${ref.root}/${ref.path}`;

export function App() {
  const { i18n } = useTranslation();
  const [route, go] = useHashRoute();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    getHost()
      .api.settings.get()
      .then((s) => i18n.changeLanguage(s.language))
      .catch(() => {})
      .finally(() => setReady(true));
  }, [i18n]);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = i18n.t('app.name');
  }, [i18n.language, i18n]);

  const ref = refFromRoute(route);
  // Presenting (#/present/…, #/presenter/…) takes the whole window, before any other route.
  const presenting = parsePresentRoute(route);
  if (ready && presenting) {
    const key = `${presenting.kind}:${presenting.ref.root}/${presenting.ref.path}`;
    return presenting.kind === 'present' ? (
      <PresentScreen key={key} deckRef={presenting.ref} from={presenting.from} go={go} />
    ) : (
      <PresenterScreen key={key} deckRef={presenting.ref} at={presenting.at} go={go} />
    );
  }
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#b3000c', borderRadius: 4 } }}>
      <AntApp style={{ height: '100%' }}>
        {!ready ? null : ref ? (
          <DeckViewer deckRef={ref} onBack={() => go('/')} />
        ) : (
          <LibraryScreen onOpen={(r) => go(routeOf(r))} />
        )}
      </AntApp>
    </ConfigProvider>
  );
}
