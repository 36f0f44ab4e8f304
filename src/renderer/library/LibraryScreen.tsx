import { useEffect, useState } from 'react';
import { Card, Empty, List, Spin, Tag, Typography, Alert, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeckEntry, DeckRef, AppInfo } from '../../core/contract';
import { getHost, HostCallError } from '../host';
import { messageIn } from '../i18n';

export function LibraryScreen({ onOpen }: { onOpen: (ref: DeckRef) => void }) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<DeckEntry[] | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const host = getHost();
    host.api.library
      .list()
      .then(setEntries)
      .catch((e) => setError(e instanceof HostCallError ? messageIn(i18n.language, e.messages) : String(e)));
    host.api.app.info().then(setInfo).catch(() => {});
  }, [i18n.language]);

  const setLanguage = (lng: string) => {
    void i18n.changeLanguage(lng);
    void getHost().api.settings.set({ language: lng as 'zh-CN' | 'en' }).catch(() => {});
  };

  const group = (root: DeckRef['root']) => (entries ?? []).filter((e) => e.ref.root === root);
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
                    {t('library.slides', { count: e.slideCount })} · {e.ref.path}{' '}
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
        <Segmented
          aria-label={t('language.label')}
          value={i18n.language}
          onChange={(v) => setLanguage(String(v))}
          options={[{ label: t('language.zh-CN'), value: 'zh-CN' }, { label: t('language.en'), value: 'en' }]}
        />
      </header>
      <Typography.Title level={4}>{t('library.title')}</Typography.Title>
      {error && <Alert type="error" showIcon message={t('errors.generic', { message: error })} style={{ marginBottom: 16 }} />}
      {entries === null && !error ? (
        <Spin tip={t('library.loading')}><div style={{ height: 80 }} /></Spin>
      ) : (
        <>
          {renderGroup('builtin')}
          {renderGroup('user')}
          {info && <Typography.Text type="secondary">{t('library.folder', { dir: info.libraryDir })}</Typography.Text>}
        </>
      )}
    </main>
  );
}
