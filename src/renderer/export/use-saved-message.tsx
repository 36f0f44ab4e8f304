/**
 * The message after an export says where the file went: in the desktop app the
 * full path with 打开文件夹 (the host shows the file in the system's file
 * manager); in the browser edition the name the download was saved under.
 */
import { Button, App as AntApp } from 'antd';
import { useTranslation } from 'react-i18next';
import { getHost } from '../host';
import { announce } from '../a11y/announce';

export function useSavedMessage(): (saved: { path: string; name: string }) => void {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  return (saved) => {
    const host = getHost();
    // antd's toast is not a live region: screen readers hear the result through announce().
    if (host.kind !== 'electron') {
      announce(t('export.downloaded', { name: saved.name }));
      message.success({ content: <span data-testid="export-saved">{t('export.downloaded', { name: saved.name })}</span>, duration: 6 });
      return;
    }
    announce(t('export.savedTo', { path: saved.path }));
    const key = `saved:${saved.path}`;
    message.success({
      key,
      duration: 10,
      content: (
        <span data-testid="export-saved">
          {t('export.savedTo', { path: saved.path })}{' '}
          <Button
            type="link"
            size="small"
            onClick={() => {
              message.destroy(key);
              void host.api.file.reveal({ path: saved.path }).catch(() => message.error(t('export.revealFailed')));
            }}
          >
            {t('export.openFolder')}
          </Button>
        </span>
      ),
    });
  };
}
