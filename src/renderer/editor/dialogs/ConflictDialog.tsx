/** The file changed on disk since it was read: reload it, keep editing, or overwrite it. */
import { useTranslation } from 'react-i18next';
import { Button, Modal } from 'antd';

export function ConflictDialog({ onReload, onKeep, onOverwrite }: { onReload(): void; onKeep(): void; onOverwrite(): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('editor.conflict.title')}
      onCancel={onKeep}
      footer={[
        <Button key="reload" onClick={onReload}>
          {t('editor.conflict.reload')}
        </Button>,
        <Button key="keep" onClick={onKeep}>
          {t('editor.conflict.keep')}
        </Button>,
        <Button key="overwrite" danger type="primary" onClick={onOverwrite}>
          {t('editor.conflict.overwrite')}
        </Button>,
      ]}
    >
      {t('editor.conflict.message')}
    </Modal>
  );
}
