/** Leaving with unsaved changes: cancel, leave without saving, or save and leave. */
import { useTranslation } from 'react-i18next';
import { Button, Modal } from 'antd';

export function CloseDialog({ onCancel, onDiscard, onSave }: { onCancel(): void; onDiscard(): void; onSave(): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('editor.close.title')}
      onCancel={onCancel}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          {t('editor.close.cancel')}
        </Button>,
        <Button key="discard" danger onClick={onDiscard}>
          {t('editor.close.discard')}
        </Button>,
        <Button key="save" type="primary" onClick={onSave}>
          {t('editor.close.save')}
        </Button>,
      ]}
    >
      {t('editor.close.message')}
    </Modal>
  );
}
