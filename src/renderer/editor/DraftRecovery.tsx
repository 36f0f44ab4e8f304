/**
 * On the start screen: drafts left behind by a crash or a kill, with the choice to
 * restore (open the deck with the draft applied) or discard each one.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, List, Space } from 'antd';
import type { Draft } from '../../core/contract';
import { getHost } from '../host';
import { requestRestore } from './pending-restore';
import { formatDateTime } from '../i18n/format-date';

export function DraftRecovery({ onOpen }: { onOpen(route: string): void }) {
  const { t, i18n } = useTranslation();
  const [drafts, setDrafts] = useState<Array<Draft & { title: string }>>([]);

  useEffect(() => {
    getHost()
      .api.draft.list()
      .then(async (list) => {
        if (list.length === 0) return;
        // The deck parser (YAML, zod, marked) is not part of the start screen's code: load it only when there are drafts.
        const { parseDeck } = await import('../../core/deck');
        setDrafts(list.map((d) => ({ ...d, title: parseDeck(d.text).deck.meta.title })));
      })
      .catch(() => {});
  }, []);

  if (drafts.length === 0) return null;
  const discard = (d: Draft) => {
    void getHost().api.draft.discard(d.key).catch(() => {});
    setDrafts((all) => all.filter((x) => x.key !== d.key));
  };
  const restore = (d: Draft) => {
    requestRestore(d.key);
    onOpen(d.ref ? `/deck/${d.ref.root}/${d.ref.path}` : `/new/${d.key.replace(/^new:/, '')}`);
  };
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="draft-recovery"
      style={{ marginBottom: 16 }}
      message={t('editor.recovery.title', { count: drafts.length })}
      description={
        <List
          size="small"
          dataSource={drafts}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button key="r" type="primary" size="small" onClick={() => restore(d)}>
                  {t('editor.recovery.restore')}
                </Button>,
                <Button key="d" size="small" onClick={() => discard(d)}>
                  {t('editor.recovery.discard')}
                </Button>,
              ]}
            >
              <Space direction="vertical" size={0}>
                <strong>{d.title || t('editor.untitled')}</strong>
                <span>{t('editor.recovery.when', { time: formatDateTime(d.savedMs, i18n.language), file: d.ref ? d.ref.path : t('editor.recovery.unsavedDeck') })}</span>
              </Space>
            </List.Item>
          )}
        />
      }
    />
  );
}
