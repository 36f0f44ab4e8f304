/**
 * Shown above a deck whose front matter names the unit's own theme ('custom') on a
 * machine that has none (the deck came from another office): it is shown in the
 * default theme meanwhile, and nothing in the file changes until the user says so.
 */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ThemeName } from '../../core/deck';
import { shownTheme, useCustomTheme } from './custom-theme-state';

export function MissingThemeNotice({ theme }: { theme: ThemeName }) {
  const { t } = useTranslation();
  const s = useCustomTheme();
  const shown = shownTheme(theme, s);
  if (!shown.missing) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      data-testid="theme-missing"
      message={t('theme.missing', { fallback: t(`editor.themes.${shown.theme}`) })}
    />
  );
}
