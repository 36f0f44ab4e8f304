import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Empty, List, Segmented, Spin, Tag, Typography } from 'antd';
import { ImportOutlined, InboxOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AppInfo, DeckEntry, DeckRef } from '../../core/contract';
import type { Deck, ThemeName } from '../../core/deck';
import { ExportDialog, Later, ShortcutsHelp } from '../lazy-screens';
import { getHost, HostCallError } from '../host';
import { messageIn } from '../i18n';
import { formatDateTime } from '../i18n/format-date';
import { DeckActions } from './DeckActions';
import { useImportEntryPoints } from '../import/use-import-entry-points';
import { useImportFlow } from '../import/use-import-flow';
import { DisplaySettingsButton, MotionOffer } from '../a11y/DisplaySettings';
import { ThemeSettingsButton } from '../theme/ThemeSettings';
import { SessionsCard } from '../session/SessionsCard';
import './library.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const sameRef = (a: DeckRef, b: DeckRef) => a.root === b.root && a.path === b.path;

export function LibraryScreen({ onOpen, go }: { onOpen: (ref: DeckRef) => void; go: (route: string) => void }) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<DeckEntry[] | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [theme, setTheme] = useState<ThemeName | undefined>(undefined);
  // Export straight from the library, without opening the editor.
  const [exporting, setExporting] = useState<{ ref: DeckRef; deck: Deck; masthead?: { unit?: string; date?: string } } | null>(null);
  const [help, setHelp] = useState(false);
  const [recent, setRecent] = useState<DeckRef[]>([]);
  // The menu's "keyboard shortcuts" and Ctrl+/ work on the library too, not only in the editor.
  useEffect(() => {
    const offMenu = getHost().onMenuCommand((cmd) => cmd === 'shortcuts' && setHelp(true));
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key === '/') {
        e.preventDefault();
        setHelp(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu();
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  const openExport = (ref: DeckRef) =>
    getHost()
      .api.deck.read(ref)
      // The deck parser loads with the export dialog, not with the start screen.
      .then(async (f) => setExporting({ ref, deck: (await import('../../core/deck')).parseDeck(f.text).deck }))
      .catch((e) => setError(e instanceof HostCallError ? messageIn(i18n.language, e.messages) : String(e)));

  // A session is exported as its combined deck: one 简报, one pptx…
  const openSessionExport = (ref: DeckRef) =>
    // The session reader (and the deck parser) load with the export, not with the start screen.
    import('../session/session-io')
      .then(async ({ readSession, combinedDeck }) => {
        const l = await readSession(ref);
        setExporting({ ref, deck: await combinedDeck(ref, l.session), masthead: { unit: l.session.meta.unit, date: l.session.meta.date } });
      })
      .catch((e) => setError(e instanceof HostCallError ? messageIn(i18n.language, e.messages) : String(e)));

  const reload = useCallback(() => {
    getHost()
      .api.library.list()
      .then((list) => {
        setEntries(list);
        setError(null);
      })
      .catch((e) => setError(e instanceof HostCallError ? messageIn(i18n.language, e.messages) : String(e)));
  }, [i18n.language]);

  useEffect(() => {
    reload();
    const host = getHost();
    host.api.app.info().then(setInfo).catch(() => {});
    host.api.settings
      .get()
      .then((s) => {
        setTheme(s.theme);
        setRecent(s.recent);
      })
      .catch(() => {});
  }, [reload]);

  const flow = useImportFlow({
    defaultTheme: theme,
    // Straight into the first new deck: that is what the user made them for; the others are in the library.
    onCreated: (refs) => refs[0] && onOpen(refs[0]),
  });
  const { dragging } = useImportEntryPoints(flow, true);

  const setLanguage = (lng: string) => {
    void i18n.changeLanguage(lng);
    void getHost().api.settings.set({ language: lng as 'zh-CN' | 'en' }).catch(() => {});
  };

  if (flow.review) {
    return (
      <main className="library-review">
        {flow.review}
        {flow.progress}
      </main>
    );
  }

  const mod = isMac ? '⌘' : 'Ctrl';
  const group = (root: DeckRef['root']) => (entries ?? []).filter((e) => e.ref.root === root && !e.session);
  const sessions = (entries ?? []).filter((e) => e.session);
  // Recently opened decks that still exist, newest first: the usual way back into this week's work.
  const recentEntries = recent
    .map((r) => (entries ?? []).find((e) => sameRef(e.ref, r)))
    .filter((e): e is DeckEntry => e !== undefined)
    .slice(0, 5);
  const renderRecent = () =>
    recentEntries.length === 0 ? null : (
      <Card title={t('library.recent')} size="small" style={{ marginBottom: 16 }} data-testid="recent-decks">
        <List
          size="small"
          dataSource={recentEntries}
          renderItem={(e) => (
            <List.Item>
              <a href={`#/deck/${e.ref.root}/${encodeURI(e.ref.path)}`} onClick={(ev) => { ev.preventDefault(); onOpen(e.ref); }}>
                {e.title}
              </a>
              <Typography.Text type="secondary">{e.ref.path}</Typography.Text>
            </List.Item>
          )}
        />
      </Card>
    );
  const renderGroup = (root: DeckRef['root']) => (
    <Card title={t(`library.${root}`)} size="small" style={{ marginBottom: 16 }}>
      {group(root).length === 0 ? (
        <Empty description={t('library.empty')} />
      ) : (
        <List
          dataSource={group(root)}
          renderItem={(e) => (
            <List.Item
              data-testid="deck-entry"
              actions={[
                <a key="open" href={`#/deck/${e.ref.root}/${encodeURI(e.ref.path)}`} onClick={(ev) => { ev.preventDefault(); onOpen(e.ref); }}>
                  {t('library.open')}
                </a>,
                <Button key="export" type="link" size="small" onClick={() => void openExport(e.ref)} data-testid="deck-export">
                  {t('library.export')}
                </Button>,
                <DeckActions key="more" entry={e} onChanged={reload} />,
              ]}
            >
              <List.Item.Meta
                title={
                  <a href={`#/deck/${e.ref.root}/${encodeURI(e.ref.path)}`} onClick={(ev) => { ev.preventDefault(); onOpen(e.ref); }}>
                    {e.title}
                  </a>
                }
                description={
                  <>
                    {t('library.slides', { count: e.slideCount })} · {e.ref.path} ·{' '}
                    <span data-testid="deck-modified">{t('library.modified', { when: formatDateTime(e.modifiedMs, i18n.language) })}</span>{' '}
                    {e.readOnly && <Tag>{t('library.readOnly')}</Tag>}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );

  return (
    <main style={{ maxWidth: 960, margin: '0 auto', padding: 24 }}>
      <header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <div>
          <Typography.Title level={2} style={{ marginBottom: 0 }}>{t('app.name')}</Typography.Title>
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
        </div>
        <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
        <ThemeSettingsButton onDefaultTheme={setTheme} />
        <DisplaySettingsButton />
        <Segmented
          aria-label={t('language.label')}
          value={i18n.language}
          onChange={(v) => setLanguage(String(v))}
          options={[{ label: t('language.zh-CN'), value: 'zh-CN' }, { label: t('language.en'), value: 'en' }]}
        />
        </div>
      </header>
      <MotionOffer />
      <div className="library-toolbar" role="toolbar" aria-label={t('library.toolbar')}>
        <Button type="primary" icon={<ImportOutlined />} onClick={() => void flow.pick()} data-testid="import-button" aria-keyshortcuts="Control+I Control+O">
          {t('library.import')}
          <span className="library-shortcut">{mod}+I</span>
        </Button>
        <Typography.Text type="secondary" style={{ flex: 1 }}>{t('library.importHint', { mod })}</Typography.Text>
        <Button icon={<QuestionCircleOutlined />} onClick={() => setHelp(true)} aria-keyshortcuts="Control+/">
          {t('library.shortcuts')}
        </Button>
      </div>
      <Typography.Title level={4}>{t('library.title')}</Typography.Title>
      {error && <Alert type="error" showIcon title={t('errors.generic', { message: error })} style={{ marginBottom: 16 }} />}
      {entries === null && !error ? (
        <Spin description={t('library.loading')}><div style={{ height: 80 }} /></Spin>
      ) : (
        <>
          {renderRecent()}
          <SessionsCard entries={sessions} decks={(entries ?? []).filter((e) => !e.session)} go={go} onExport={(ref) => void openSessionExport(ref)} onChanged={reload} />
          {renderGroup('builtin')}
          {renderGroup('user')}
          {info && <Typography.Text type="secondary">{t('library.folder', { dir: info.libraryDir })}</Typography.Text>}
        </>
      )}
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-box">
            <InboxOutlined style={{ fontSize: 48 }} />
            <div>{t('library.dropHere')}</div>
          </div>
        </div>
      )}
      {flow.progress}
      <Later>
        {help && <ShortcutsHelp open onClose={() => setHelp(false)} />}
        {exporting && <ExportDialog open deck={exporting.deck} deckRef={exporting.ref} onClose={() => setExporting(null)} masthead={exporting.masthead} />}
      </Later>
    </main>
  );
}
