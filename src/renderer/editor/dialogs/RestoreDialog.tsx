/** A draft newer than the file was found on opening: restore it or throw it away. */
import { useTranslation } from 'react-i18next';
import { Alert, Button, Modal } from 'antd';

export function RestoreDialog({ savedMs, stale, onRestore, onDiscard }: { savedMs: number; stale: boolean; onRestore(): void; onDiscard(): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('editor.restore.title')}
      closable={false}
      maskClosable={false}
      footer={[
        <Button key="discard" onClick={onDiscard}>
          {t('editor.restore.discard')}
        </Button>,
        <Button key="restore" type="primary" data-testid="restore-draft" onClick={onRestore}>
          {t('editor.restore.restore')}
        </Button>,
      ]}
    >
      <p>{t('editor.restore.message', { time: new Date(savedMs).toLocaleString() })}</p>
      {stale && <Alert type="warning" showIcon message={t('editor.restore.stale')} />}
    </Modal>
  );
}
