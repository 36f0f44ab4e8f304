/**
 * The slide theme settings (issue 16): the default theme of new decks, and the
 * unit's own theme — name, four colours, title and body fonts from the faces an
 * offline machine has, logo, cover and divider pictures — with a live preview (the
 * edit is shown on every slide in this window while the dialog is open: canvas,
 * thumbnails) and Save / Remove through the host. Loaded when first opened (lazy-screens.tsx) with the slide CSS the editor uses.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Input, Modal, Popconfirm, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { THEME_CHOICES, type ThemeName } from '../../core/deck';
import { slideDecor } from '../../core/render/slide-decor';
import { STARTER_THEME, THEME_FONTS, THEME_PICTURES, type CustomTheme } from '../../core/theme/custom-theme';
import { contrastRatio } from '../../core/theme/contrast';
import { getHost, HostCallError } from '../host';
import { messageIn } from '../i18n';
import { SlideThumb } from '../editor/SlideThumb';
import { ThemePicturePicker } from './ThemePicturePicker';
import { customThemeSaved, loadCustomTheme, previewCustomTheme, useCustomTheme } from './custom-theme-state';
import { sampleDeck } from './sample-deck';
import 'reveal.js/reveal.css';
import '../../../resources/themes/base.css';
import '../editor/editor.css';
import './theme-settings.css';

const COLORS = ['background', 'text', 'accent', 'emphasis'] as const;

export function ThemeSettingsDialog({ onClose, onDefaultTheme }: { onClose: () => void; onDefaultTheme?: (t: ThemeName) => void }) {
  const { t, i18n } = useTranslation();
  const { saved, loaded } = useCustomTheme();
  const [draft, setDraft] = useState<CustomTheme | null>(null);
  const [defaultTheme, setDefaultTheme] = useState<ThemeName | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const theme = draft ?? saved ?? STARTER_THEME;
  const deck = useMemo(() => sampleDeck(t('theme.sample', { returnObjects: true }) as Record<string, string>), [t]);
  const decor = useMemo(() => slideDecor(deck), [deck]);

  useEffect(() => {
    void loadCustomTheme(true);
    getHost().api.settings.get().then((s) => setDefaultTheme(s.theme), () => setDefaultTheme('party-red'));
    return () => previewCustomTheme(null);
  }, []);
  // Until saved, the edit is previewed everywhere in this window.
  useEffect(() => previewCustomTheme(draft ?? (saved ? null : STARTER_THEME)), [draft, saved]);

  const change = (patch: Partial<CustomTheme>) => {
    setDraft({ ...theme, ...patch });
    setStatus(null);
  };
  const fail = (e: unknown) => setStatus({ kind: 'error', text: e instanceof HostCallError ? messageIn(i18n.language, e.messages) : String(e) });

  const save = async () => {
    setBusy(true);
    try {
      customThemeSaved(await getHost().api.theme.set(theme));
      setDraft(null);
      setStatus({ kind: 'ok', text: t('theme.saved') });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    try {
      await getHost().api.theme.remove();
      customThemeSaved(null);
      setDraft(null);
      setStatus({ kind: 'ok', text: t('theme.removed') });
    } catch (e) {
      fail(e);
    }
  };
  const chooseDefault = (v: ThemeName) => {
    setDefaultTheme(v);
    onDefaultTheme?.(v);
    getHost().api.settings.set({ theme: v }).catch(fail);
  };

  const lowContrast = contrastRatio(theme.colors.text, theme.colors.background) < 4.5 || contrastRatio(theme.colors.accent, theme.colors.background) < 3;
  const fontOptions = THEME_FONTS.map((f) => ({ value: f, label: t(`theme.fonts.${f}`) }));

  return (
    <Modal open onCancel={onClose} footer={null} title={t('theme.title')} width={880} data-testid="theme-dialog" destroyOnHidden>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <div className="theme-row">
          <Typography.Text strong id="theme-default-label">{t('theme.defaultLabel')}</Typography.Text>
          <Select
            aria-labelledby="theme-default-label"
            value={defaultTheme ?? undefined}
            style={{ width: 220 }}
            onChange={chooseDefault}
            data-testid="theme-default"
            options={THEME_CHOICES.map((th) => ({ value: th, label: t(`editor.themes.${th}`) }))}
          />
        </div>
        <Typography.Title level={5} style={{ margin: 0 }}>{t('theme.customTitle')}</Typography.Title>
        {!loaded ? null : !saved && !draft && <Typography.Text type="secondary">{t('theme.none')}</Typography.Text>}
        <div className="theme-editor">
          <div className="theme-fields">
            <label className="theme-row">
              <Typography.Text strong>{t('theme.name')}</Typography.Text>
              <Input value={theme.name} maxLength={40} onChange={(e) => change({ name: e.target.value })} data-testid="theme-name" />
            </label>
            <div className="theme-colors">
              {COLORS.map((c) => (
                <label key={c} className="theme-color">
                  <input type="color" value={theme.colors[c]} onChange={(e) => change({ colors: { ...theme.colors, [c]: e.target.value } })} data-testid={`theme-color-${c}`} />
                  <span>{t(`theme.colors.${c}`)}</span>
                </label>
              ))}
            </div>
            {lowContrast && <Alert type="warning" showIcon message={t('theme.lowContrast')} data-testid="theme-contrast" />}
            <div className="theme-row">
              <Typography.Text strong id="theme-title-font">{t('theme.titleFont')}</Typography.Text>
              <Select aria-labelledby="theme-title-font" value={theme.titleFont} options={fontOptions} onChange={(titleFont) => change({ titleFont })} style={{ width: 220 }} data-testid="theme-title-font" />
            </div>
            <div className="theme-row">
              <Typography.Text strong id="theme-body-font">{t('theme.bodyFont')}</Typography.Text>
              <Select aria-labelledby="theme-body-font" value={theme.bodyFont} options={fontOptions} onChange={(bodyFont) => change({ bodyFont })} style={{ width: 220 }} data-testid="theme-body-font" />
            </div>
            {THEME_PICTURES.map((slot) => (
              <ThemePicturePicker key={slot} slot={slot} value={theme[slot]} onChange={(v) => change({ [slot]: v })} />
            ))}
          </div>
          <div className="theme-preview" aria-label={t('theme.preview')} role="group" data-testid="theme-preview">
            {deck.slides.map((s, i) => (
              <SlideThumb key={i} slide={s} theme="custom" width={320} decor={decor[i]} />
            ))}
          </div>
        </div>
        {status && <Alert type={status.kind === 'ok' ? 'success' : 'error'} showIcon message={status.text} data-testid="theme-status" />}
        <div className="theme-actions">
          {saved && (
            <Popconfirm title={t('theme.removeConfirm')} onConfirm={() => void remove()} okText={t('theme.remove')} cancelText={t('theme.cancel')}>
              <Button danger data-testid="theme-remove">{t('theme.remove')}</Button>
            </Popconfirm>
          )}
          <Button onClick={onClose}>{t('theme.close')}</Button>
          <Button type="primary" loading={busy} disabled={!draft && !!saved} onClick={() => void save()} data-testid="theme-save">
            {t('theme.save')}
          </Button>
        </div>
      </Space>
    </Modal>
  );
}
