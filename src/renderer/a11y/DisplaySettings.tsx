/**
 * The display settings (适老化): text size 标准/大/特大, the app's high-contrast
 * theme, and slide transitions when presenting. A button opens them as a dialog
 * (focus goes in and comes back to the button); MotionOffer asks once, when the
 * system wants reduced motion, whether slide transitions should go too.
 */
import { useState } from 'react';
import { Alert, Button, Modal, Radio, Space, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useDisplay } from './DisplayProvider';
import { UI_SCALES } from './display-model';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function DisplaySettingsButton({ iconOnly = false }: { iconOnly?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon={<EyeOutlined />}
        onClick={() => setOpen(true)}
        aria-label={iconOnly ? t('display.button') : undefined}
        data-testid="display-settings"
      >
        {iconOnly ? null : t('display.button')}
      </Button>
      <DisplaySettingsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/** One labelled row of choices (a radio group named by its visible label) with an optional note under it. */
function ChoiceRow<V extends string>(p: { id: string; label: string; value: V; choices: Array<{ value: V; label: string }>; onChange(v: V): void; note?: string | null }) {
  const labelId = `display-${p.id}-label`;
  return (
    <div>
      <Typography.Text strong id={labelId}>{p.label}</Typography.Text>
      <div>
        <Radio.Group
          aria-labelledby={labelId}
          optionType="button"
          buttonStyle="solid"
          value={p.value}
          onChange={(e) => p.onChange(e.target.value as V)}
          options={p.choices}
          data-testid={`display-${p.id}`}
        />
      </div>
      {p.note && <Typography.Text type="secondary">{p.note}</Typography.Text>}
    </div>
  );
}

function DisplaySettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { settings, display, update } = useDisplay();
  const mod = isMac ? '⌘' : 'Ctrl';
  const contrastNote = display.forcedColors
    ? t('display.forcedColors')
    : display.highContrast && settings.uiContrast !== 'high'
      ? t('display.contrastSystem')
      : null;
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('display.title')} data-testid="display-dialog" destroyOnHidden>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <ChoiceRow
          id="scale"
          label={t('display.scaleLabel')}
          value={settings.uiScale}
          choices={UI_SCALES.map((s) => ({ value: s, label: t(`display.scale.${s}`) }))}
          onChange={(uiScale) => update({ uiScale })}
          note={t('display.scaleKeys', { mod })}
        />
        <ChoiceRow
          id="contrast"
          label={t('display.contrastLabel')}
          value={settings.uiContrast}
          choices={(['standard', 'high'] as const).map((c) => ({ value: c, label: t(`display.contrast.${c}`) }))}
          onChange={(uiContrast) => update({ uiContrast })}
          note={contrastNote}
        />
        <ChoiceRow
          id="transitions"
          label={t('display.transitionsLabel')}
          value={settings.slideTransitions === 'off' ? 'off' : 'deck'}
          choices={(['deck', 'off'] as const).map((c) => ({ value: c, label: t(`display.transitions.${c}`) }))}
          onChange={(slideTransitions) => update({ slideTransitions })}
          note={display.reducedMotion ? t('display.motionReduced') : null}
        />
      </Space>
    </Modal>
  );
}

/** Shown while the system asks for reduced motion and the user has not chosen about slide transitions yet. */
export function MotionOffer() {
  const { t } = useTranslation();
  const { settings, display, update } = useDisplay();
  if (!display.reducedMotion || settings.slideTransitions !== 'auto') return null;
  return (
    <Alert
      type="info"
      showIcon
      title={t('display.motionOffer')}
      style={{ marginBottom: 16 }}
      data-testid="motion-offer"
      action={
        <Space>
          <Button size="small" type="primary" onClick={() => update({ slideTransitions: 'off' })}>
            {t('display.motionOfferOff')}
          </Button>
          <Button size="small" onClick={() => update({ slideTransitions: 'deck' })}>
            {t('display.motionOfferKeep')}
          </Button>
        </Space>
      }
    />
  );
}
