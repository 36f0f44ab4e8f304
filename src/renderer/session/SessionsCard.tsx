/**
 * The library's 学习会 list, apart from the decks: each session with its number
 * of decks and planned minutes, opened in the session editor, presented, or
 * exported as one 简报, renamed or deleted (the deck menu); 新建学习会 picks decks from the library.
 */
import { useState } from 'react';
import { Button, Card, Empty, List, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DeckEntry, DeckRef } from '../../core/contract';
import { presentRoute } from '../present/routes';
import { Later, NewSessionDialog } from '../lazy-screens';
import { DeckActions } from '../library/DeckActions';

export function SessionsCard(props: { entries: DeckEntry[]; decks: DeckEntry[]; go: (route: string) => void; onExport: (ref: DeckRef) => void; onChanged: () => void }) {
  const { entries, decks, go, onExport, onChanged } = props;
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const editRoute = (r: DeckRef) => `/deck/${r.root}/${r.path}`;
  return (
    <Card
      title={t('session.title')}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="sessions"
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-session">
          {t('session.new')}
        </Button>
      }
    >
      {entries.length === 0 ? (
        <Empty description={<>{t('session.empty')} <Typography.Text type="secondary">{t('session.hint')}</Typography.Text></>} />
      ) : (
        <List
          dataSource={entries}
          renderItem={(e) => (
            <List.Item
              data-testid="session-entry"
              actions={[
                <a key="open" href={`#${editRoute(e.ref)}`} onClick={(ev) => { ev.preventDefault(); go(editRoute(e.ref)); }}>
                  {t('session.open')}
                </a>,
                <Button key="present" type="link" size="small" onClick={() => go(presentRoute(e.ref))} data-testid="session-present">
                  {t('session.present')}
                </Button>,
                <Button key="export" type="link" size="small" onClick={() => onExport(e.ref)} data-testid="session-export">
                  {t('session.export')}
                </Button>,
                <DeckActions key="more" entry={e} onChanged={onChanged} />,
              ]}
            >
              <List.Item.Meta
                title={
                  <>
                    <Tag color="red">{t('session.tag')}</Tag>
                    <a href={`#${editRoute(e.ref)}`} onClick={(ev) => { ev.preventDefault(); go(editRoute(e.ref)); }}>
                      {e.title}
                    </a>
                  </>
                }
                description={`${e.session!.minutes ? t('session.summaryMinutes', { decks: e.session!.decks, minutes: e.session!.minutes }) : t('session.summary', { decks: e.session!.decks })} · ${e.ref.path}`}
              />
            </List.Item>
          )}
        />
      )}
      {creating && (
        <Later>
          <NewSessionDialog
            open
            decks={decks}
            onClose={() => setCreating(false)}
            onCreated={(ref) => {
              setCreating(false);
              go(editRoute(ref));
            }}
          />
        </Later>
      )}
    </Card>
  );
}
