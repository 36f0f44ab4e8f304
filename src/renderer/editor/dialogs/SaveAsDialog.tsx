/** Save As: the deck's file name in the user library (the host makes it unique). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Input, Modal } from 'antd';

export function SaveAsDialog({
  open,
  initial,
  saving,
  onCancel,
  onSave,
}: {
  open: boolean;
  initial: string;
  saving: boolean;
  onCancel(): void;
  onSave(name: string): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  useEffect(() => setName(initial), [initial, open]);
  const ok = name.trim() !== '' && !/[\\/\0]/.test(name);
  return (
    <Modal
      open={open}
      title={t('editor.saveAs.title')}
      okText={t('editor.saveAs.ok')}
      cancelText={t('editor.saveAs.cancel')}
      confirmLoading={saving}
      okButtonProps={{
        disabled: !ok,
        ...({ 'data-testid': 'save-as-ok' } as Record<string, string>),
      }}
      onCancel={onCancel}
      onOk={() => ok && onSave(name.trim())}
      destroyOnHidden
    >
      <label htmlFor="save-as-name">{t('editor.saveAs.name')}</label>
      <Input
        id="save-as-name"
        autoFocus
        value={name}
        onChange={(e) => setName(e.target.value)}
        onPressEnter={() => ok && onSave(name.trim())}
        suffix=".md"
      />
      <p className="hint">{t('editor.saveAs.hint')}</p>
    </Modal>
  );
}
