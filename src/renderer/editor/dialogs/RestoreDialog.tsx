/** A draft newer than the file was found on opening: restore it or throw it away. */
import { useTranslation } from 'react-i18next';
import { Alert, Button, Modal } from 'antd';
import { formatDateTime } from '../../i18n/format-date';

export function RestoreDialog({ savedMs, stale, onRestore, onDiscard }: { savedMs: number; stale: boolean; onRestore(): void; onDiscard(): void }) {
  const { t, i18n } = useTranslation();
  return (
    <Modal
      open
      title={t('editor.restore.title')}
      closable={false}
      maskClosable={false}
      footer={[
        <Button key="discard" onClick={onDiscard} data-testid="discard-draft">
          {t('editor.restore.discard')}
        </Button>,
        // Restoring is the safe choice, so it has the focus: Enter must never throw the work away.
        <Button key="restore" type="primary" data-testid="restore-draft" autoFocus onClick={onRestore}>
          {t('editor.restore.restore')}
        </Button>,
      ]}
    >
      <p>{t('editor.restore.message', { time: formatDateTime(savedMs, i18n.language) })}</p>
      {stale && <Alert type="warning" showIcon message={t('editor.restore.stale')} />}
    </Modal>
  );
}
