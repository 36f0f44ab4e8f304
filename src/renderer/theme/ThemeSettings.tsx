/** The button in the library header that opens the slide theme settings (ThemeSettingsDialog, loaded when first opened). */
import { useState } from 'react';
import { Button } from 'antd';
import { BgColorsOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ThemeName } from '../../core/deck';
import { Later, ThemeSettingsDialog } from '../lazy-screens';

export function ThemeSettingsButton({ onDefaultTheme }: { onDefaultTheme?: (t: ThemeName) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<BgColorsOutlined />} onClick={() => setOpen(true)} data-testid="theme-settings">
        {t('theme.button')}
      </Button>
      {open && (
        <Later>
          <ThemeSettingsDialog onClose={() => setOpen(false)} onDefaultTheme={onDefaultTheme} />
        </Later>
      )}
    </>
  );
}
