/**
 * 新建学习会 from the library: name, date, place, host unit (the unit remembered
 * in settings is offered), and the decks ticked in presenting order. Creates the
 * `<name>.session.md` file through the host and hands its ref back.
 */
import { useEffect, useState } from 'react';
import { Alert, Checkbox, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeckEntry, DeckRef } from '../../core/contract';
import { newSession, serializeSession } from '../../core/session';
import { getHost, HostCallError } from '../host';
import { messageIn } from '../i18n';
import { itemOf } from './session-io';

const key = (r: DeckRef) => `${r.root}:${r.path}`;

export function NewSessionDialog(props: { open: boolean; decks: DeckEntry[]; onCreated: (ref: DeckRef) => void; onClose: () => void }) {
  const { open, decks, onCreated, onClose } = props;
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [unit, setUnit] = useState('');
  const [picked, setPicked] = useState<DeckRef[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setTitle('');
    setPlace('');
    setPicked([]);
    setError(null);
    setDate(new Date().toISOString().slice(0, 10));
    getHost()
      .api.settings.get()
      .then((s) => setUnit(s.issuingUnit))
      .catch(() => {});
  }, [open]);

  const toggle = (ref: DeckRef, on: boolean) => setPicked((p) => (on ? [...p, ref] : p.filter((r) => key(r) !== key(ref))));

  const create = async () => {
    if (!title.trim()) return setError(t('session.nameRequired'));
    if (picked.length === 0) return setError(t('session.pickRequired'));
    setBusy(true);
    try {
      const session = newSession({ title: title.trim(), date, place, unit }, picked.map((r) => itemOf(null, r)));
      const f = await getHost().api.session.create({ name: title.trim(), text: serializeSession(session) });
      onCreated(f.ref);
    } catch (e) {
      setError(e instanceof HostCallError ? messageIn(i18n.language, e.messages) : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('session.newTitle')}
      onCancel={onClose}
      onOk={() => void create()}
      okText={t('session.create')}
      cancelText={t('session.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'session-create' } as never}
      width={640}
      data-testid="new-session-dialog"
    >
      <div className="session-form">
        <label>
          <span>{t('session.name')}</span>
          <Input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('session.namePlaceholder')} data-testid="session-name" autoFocus />
        </label>
        <label>
          <span>{t('session.date')}</span>
          <Input value={date} onChange={(e) => setDate(e.target.value)} placeholder="2024-07-01" data-testid="session-date" />
        </label>
        <label>
          <span>{t('session.place')}</span>
          <Input value={place} onChange={(e) => setPlace(e.target.value)} data-testid="session-place" />
        </label>
        <label>
          <span>{t('session.unit')}</span>
          <Input value={unit} onChange={(e) => setUnit(e.target.value)} data-testid="session-unit" />
        </label>
      </div>
      <fieldset className="session-pick">
        <legend>{t('session.decks')}</legend>
        <Typography.Text type="secondary">{t('session.pickHint')}</Typography.Text>
        <ul>
          {decks.map((d) => {
            const n = picked.findIndex((r) => key(r) === key(d.ref));
            return (
              <li key={key(d.ref)} data-testid="session-pick">
                <Checkbox checked={n >= 0} onChange={(e) => toggle(d.ref, e.target.checked)}>
                  {n >= 0 && <span className="session-pick-order">{n + 1}</span>}
                  {d.title}
                  <Typography.Text type="secondary"> · {d.ref.path}</Typography.Text>
                </Checkbox>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {error && <Alert type="error" showIcon title={error} data-testid="session-error" />}
    </Modal>
  );
}
