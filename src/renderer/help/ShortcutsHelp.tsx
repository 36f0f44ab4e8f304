/**
 * The keyboard shortcuts, grouped by area, read from the editor's command list
 * (core/command-list.ts), the one place keys are declared: what the help
 * shows is what the keys do. A filter box narrows the list by name or key.
 */
import { useMemo, useState } from 'react';
import { Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMMAND_LIST, type CommandArea } from '../../core/command-list';
import { isMacPlatform, keyParts } from './key-names';
import { getHost } from '../host';
import './help.css';

const AREAS: CommandArea[] = ['file', 'edit', 'slides', 'view', 'present'];

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const mac = isMacPlatform();

  const rows = useMemo(() => {
    const f = filter.trim().toLowerCase();
    // Ctrl+N / Ctrl+O belong to the desktop app's menu; in a browser they open its windows.
    const desktop = getHost().kind === 'electron';
    return COMMAND_LIST.filter((s) => desktop || s.scope !== 'desktop').map((s) => ({ ...s, label: t(`shortcuts.${s.id}`), combos: s.keys.map((k) => keyParts(k, mac)) })).filter(
      (s) => f === '' || s.label.toLowerCase().includes(f) || s.combos.some((parts) => parts.join('+').toLowerCase().includes(f)),
    );
  }, [filter, mac, t]);

  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('help.title')} width={720} data-testid="shortcuts-help">
      <Input
        allowClear
        autoFocus
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder={t('help.filter')}
        aria-label={t('help.filter')}
        style={{ marginBottom: 12 }}
      />
      <Typography.Paragraph type="secondary">{t(mac ? 'help.modMac' : 'help.modPc')}</Typography.Paragraph>
      {/* A scrolling list must be reachable by keyboard to scroll it (axe: scrollable-region-focusable). */}
      <div className="help-areas" tabIndex={0} role="region" aria-label={t('help.listLabel')}>
        {AREAS.map((area) => {
          const list = rows.filter((r) => r.area === area);
          if (list.length === 0) return null;
          return (
            <section key={area} className="help-area" aria-labelledby={`help-area-${area}`}>
              <Typography.Title level={5} id={`help-area-${area}`}>
                {t(`help.areas.${area}`)}
              </Typography.Title>
              <table className="help-table">
                <tbody>
                  {list.map((r) => (
                    <tr key={r.id} data-testid="shortcut-row">
                      <td>{r.label}</td>
                      <td className="help-keys">
                        {r.combos.map((parts, c) => (
                          <span key={c}>
                            {c > 0 && <span className="help-or"> / </span>}
                            {parts.map((p, i) => (
                              <span key={i}>
                                {i > 0 && !mac && <span className="help-plus">+</span>}
                                <kbd>{p}</kbd>
                              </span>
                            ))}
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })}
        {rows.length === 0 && <Typography.Text type="secondary">{t('help.none')}</Typography.Text>}
      </div>
    </Modal>
  );
}
