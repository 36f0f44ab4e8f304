/**
 * One picture of the unit's theme (logo, cover, section divider): a button opens the
 * file picker (PNG or JPEG only), the picture is checked here with core's rules
 * before it is kept (a wrong or damaged file gets its reason in the user's language
 * and the previous picture stays), a thumbnail shows what is kept, "remove" clears it.
 */
import { useRef, useState } from 'react';
import { Button, Typography } from 'antd';
import { DeleteOutlined, PictureOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ThemeError, pictureDataUrl, type ThemePicture } from '../../core/theme/custom-theme';
import { messageIn } from '../i18n';

export function ThemePicturePicker(p: { slot: ThemePicture; value: string | null; onChange(v: string | null): void }) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const labelId = `theme-${p.slot}-label`;

  const picked = async (file: File | undefined) => {
    if (!file) return;
    try {
      p.onChange(pictureDataUrl(new Uint8Array(await file.arrayBuffer()), p.slot, file.name));
      setError(null);
    } catch (e) {
      setError(e instanceof ThemeError ? messageIn(i18n.language, e.messages) : String(e));
    }
    if (input.current) input.current.value = '';
  };

  return (
    <div className="theme-picture" data-testid={`theme-${p.slot}`}>
      <Typography.Text strong id={labelId}>{t(`theme.pictures.${p.slot}`)}</Typography.Text>
      <div className="theme-picture-row">
        {p.value ? <img src={p.value} alt={t(`theme.pictures.${p.slot}`)} className="theme-picture-thumb" /> : <span className="theme-picture-none">{t('theme.noPicture')}</span>}
        <Button icon={<PictureOutlined />} onClick={() => input.current?.click()} aria-describedby={labelId} data-testid={`theme-${p.slot}-pick`}>
          {t('theme.pick')}
        </Button>
        {p.value && (
          <Button icon={<DeleteOutlined />} onClick={() => p.onChange(null)} aria-label={t('theme.removePicture', { what: t(`theme.pictures.${p.slot}`) })} data-testid={`theme-${p.slot}-clear`} />
        )}
        <input ref={input} type="file" accept="image/png,image/jpeg" hidden onChange={(e) => void picked(e.target.files?.[0])} data-testid={`theme-${p.slot}-file`} />
      </div>
      <Typography.Text type="secondary">{t(`theme.pictureHints.${p.slot}`)}</Typography.Text>
      {error && (
        <Typography.Text type="danger" role="alert" data-testid={`theme-${p.slot}-error`}>
          {error}
        </Typography.Text>
      )}
    </div>
  );
}
