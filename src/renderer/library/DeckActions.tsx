/**
 * Rename, duplicate and delete for one deck of the library, behind a "更多" menu.
 * Each goes through one host operation; the library list is refreshed after it.
 * Delete asks first and says where the deck goes (the system trash, or the app's
 * trash folder in the browser edition), so nothing is lost for good.
 */
import { useState } from 'react';
import { Button, Dropdown, Input, Modal, App as AntApp } from 'antd';
import { MoreOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DeckEntry, DeckRef } from '../../core/contract';
import { getHost, HostCallError } from '../host';
import { messageIn } from '../i18n';

const stemOf = (path: string) => path.replace(/^.*\//u, '').replace(/(\.session)?\.md$/iu, '');

export function DeckActions({ entry, onChanged }: { entry: DeckEntry; onChanged: (focus?: DeckRef) => void }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const host = getHost();
  const fail = (e: unknown) => message.error(e instanceof HostCallError ? messageIn(i18n.language, e.messages) : String(e));

  const rename = async () => {
    if (renaming === null || !renaming.trim()) return;
    setBusy(true);
    try {
      const r = await host.api.deck.rename({ ref: entry.ref, name: renaming.trim() });
      setRenaming(null);
      message.success(t('library.renamed', { name: stemOf(r.ref.path) }));
      onChanged(r.ref);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const duplicate = async () => {
    try {
      const r = await host.api.deck.duplicate({ ref: entry.ref, name: t('library.copyName', { name: stemOf(entry.ref.path) }) });
      message.success(t('library.duplicated', { name: stemOf(r.ref.path) }));
      onChanged(r.ref);
    } catch (e) {
      fail(e);
    }
  };

  const remove = () =>
    modal.confirm({
      title: t('library.deleteTitle', { title: entry.title }),
      content: t(host.kind === 'electron' ? 'library.deleteToTrash' : 'library.deleteToFolder'),
      okText: t('library.delete'),
      okButtonProps: { danger: true },
      cancelText: t('library.cancel'),
      // The safe choice is the default: Enter keeps the deck.
      autoFocusButton: 'cancel',
      onOk: async () => {
        try {
          await host.api.deck.trash(entry.ref);
          message.success(t('library.deleted', { title: entry.title }));
          onChanged();
        } catch (e) {
          fail(e);
        }
      },
    });

  const items = [
    ...(entry.readOnly ? [] : [{ key: 'rename', label: t('library.rename') }]),
    // A session is renamed and deleted like a deck; copies are made of decks only.
    ...(entry.session ? [] : [{ key: 'duplicate', label: t('library.duplicate') }]),
    ...(entry.readOnly ? [] : [{ type: 'divider' as const }, { key: 'delete', label: t('library.delete'), danger: true }]),
  ];

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items,
          onClick: ({ key }) => {
            if (key === 'rename') setRenaming(stemOf(entry.ref.path));
            else if (key === 'duplicate') void duplicate();
            else if (key === 'delete') remove();
          },
        }}
      >
        <Button type="text" size="small" icon={<MoreOutlined />} aria-label={t('library.more', { title: entry.title })} data-testid="deck-more" />
      </Dropdown>
      <Modal
        open={renaming !== null}
        title={t('library.renameTitle')}
        okText={t('library.rename')}
        cancelText={t('library.cancel')}
        confirmLoading={busy}
        okButtonProps={{ disabled: !renaming?.trim() }}
        onOk={() => void rename()}
        onCancel={() => setRenaming(null)}
        destroyOnHidden
      >
        <Input
          autoFocus
          aria-label={t('library.newName')}
          data-testid="rename-input"
          value={renaming ?? ''}
          suffix={entry.session ? '.session.md' : '.md'}
          onChange={(e) => setRenaming(e.target.value)}
          onPressEnter={() => void rename()}
        />
      </Modal>
    </>
  );
}
