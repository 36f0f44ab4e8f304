/**
 * The session editor (#/deck/<root>/<name>.session.md): the session's name,
 * date, place and host unit; its decks in order, each moved up or down, removed,
 * or given its minutes; decks added from the library. Saved through the host
 * (session/write, with the version check every deck save has). Present starts
 * the combined deck; Export makes one 简报 (or pptx, PDF, HTML) of it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Input, InputNumber, Result, Select, Spin, Tag, Typography } from 'antd';
import { ArrowDownOutlined, ArrowLeftOutlined, ArrowUpOutlined, DeleteOutlined, PlayCircleOutlined, SaveOutlined, ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DeckEntry, DeckRef } from '../../core/contract';
import type { Deck } from '../../core/deck';
import { addItem, moveItem, removeItem, serializeSession, sessionMinutes, setMeta, setMinutes, type Session } from '../../core/session';
import { getHost, HostCallError } from '../host';
import { messageIn } from '../i18n';
import { announce } from '../a11y/announce';
import { ExportDialog } from '../export/ExportDialog';
import { presentRoute } from '../present/routes';
import { combinedDeck, itemOf, itemRef, readSession, type LoadedSession } from './session-io';
import './session.css';

const refKey = (r: DeckRef) => `${r.root}:${r.path}`;

export function SessionScreen({ sessionRef, go }: { sessionRef: DeckRef; go: (route: string) => void }) {
  const { t, i18n } = useTranslation();
  const [loaded, setLoaded] = useState<LoadedSession | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [library, setLibrary] = useState<DeckEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [exporting, setExporting] = useState<Deck | null>(null);
  const fail = useCallback((e: unknown) => setError(e instanceof HostCallError ? messageIn(i18n.language, e.messages) : String(e)), [i18n.language]);

  useEffect(() => {
    let live = true;
    readSession(sessionRef)
      .then((l) => live && (setLoaded(l), setSession(l.session)))
      .catch((e) => live && fail(e));
    getHost()
      .api.library.list()
      .then((l) => live && setLibrary(l.filter((e) => !e.session)))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [sessionRef.root, sessionRef.path]); // eslint-disable-line react-hooks/exhaustive-deps

  const text = useMemo(() => (session ? serializeSession(session) : ''), [session]);
  const dirty = loaded !== null && session !== null && text !== serializeSession(loaded.session);
  const titles = useMemo(() => new Map(library.map((e) => [refKey(e.ref), e.title])), [library]);

  const save = useCallback(async (): Promise<boolean> => {
    if (!loaded || !session) return false;
    if (!dirty) return true;
    setBusy(true);
    setError(null);
    try {
      const r = await getHost().api.session.write({ ref: sessionRef, text, expectedVersion: loaded.version });
      if (!r.ok) {
        setError(t('session.conflict'));
        return false;
      }
      setLoaded({ ...loaded, session, version: r.version, diagnostics: [] });
      setStatus(t('session.saved'));
      announce(t('session.saved'));
      return true;
    } catch (e) {
      fail(e);
      return false;
    } finally {
      setBusy(false);
    }
  }, [loaded, session, dirty, text, sessionRef, t, fail]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  if (error && !session) return <Result status="error" title={error} extra={<Button onClick={() => go('/')}>{t('session.back')}</Button>} />;
  if (!session || !loaded) return <Spin style={{ margin: 48 }} description={t('session.loading')}><div /></Spin>;

  const edit = (f: (s: Session) => Session) => {
    setStatus(null);
    setSession((s) => (s ? f(s) : s));
  };
  const present = async () => {
    if (await save()) go(presentRoute(sessionRef));
  };
  const openExport = async () => {
    setBusy(true);
    try {
      setExporting(await combinedDeck(sessionRef, session));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const inSession = new Set(session.items.map((it) => refKey(itemRef(sessionRef, it))));
  const readOnly = loaded.readOnly;
  const m = session.meta;

  return (
    <main style={{ maxWidth: 960, margin: '0 auto', padding: 24 }} data-testid="session-screen">
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => go('/')} style={{ paddingLeft: 0 }}>
        {t('session.back')}
      </Button>
      <Typography.Title level={2} style={{ marginTop: 4 }}>
        <Tag color="red" style={{ verticalAlign: 'middle' }}>{t('session.tag')}</Tag>
        {m.title || sessionRef.path}
      </Typography.Title>
      <div className="session-toolbar" role="toolbar" aria-label={t('session.title')}>
        <Button type="primary" icon={<PlayCircleOutlined />} onClick={() => void present()} disabled={session.items.length === 0} data-testid="session-present">
          {t('session.present')}
        </Button>
        <Button icon={<SaveOutlined />} onClick={() => void save()} disabled={!dirty || readOnly} loading={busy} data-testid="session-save" aria-keyshortcuts="Control+S">
          {t('session.save')}
        </Button>
        <Button icon={<ExportOutlined />} onClick={() => void openExport()} disabled={session.items.length === 0} data-testid="session-export">
          {t('session.export')}
        </Button>
        <Typography.Text type="secondary" role="status" data-testid="session-status">
          {dirty ? t('session.unsaved') : status}
        </Typography.Text>
      </div>
      {loaded.diagnostics.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('session.problems')} description={<ul>{loaded.diagnostics.map((d) => <li key={d.line + d.message.en}>{messageIn(i18n.language, d.message)}</li>)}</ul>} />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="session-error" />}

      <fieldset className="export-group" style={{ marginBottom: 16 }}>
        <legend>{t('session.form')}</legend>
        <div className="session-form">
          <label>
            <span>{t('session.name')}</span>
            <Input value={m.title} onChange={(e) => edit((s) => setMeta(s, { title: e.target.value }))} status={m.title.trim() ? undefined : 'error'} data-testid="session-name" />
          </label>
          <label>
            <span>{t('session.date')}</span>
            <Input value={m.date ?? ''} onChange={(e) => edit((s) => setMeta(s, { date: e.target.value }))} placeholder="2024-07-01" />
          </label>
          <label>
            <span>{t('session.place')}</span>
            <Input value={m.place ?? ''} onChange={(e) => edit((s) => setMeta(s, { place: e.target.value }))} />
          </label>
          <label>
            <span>{t('session.unit')}</span>
            <Input value={m.unit ?? ''} onChange={(e) => edit((s) => setMeta(s, { unit: e.target.value }))} />
          </label>
        </div>
      </fieldset>

      <fieldset className="export-group">
        <legend>{t('session.list')}</legend>
        <ol className="session-items" data-testid="session-items">
          {session.items.map((it, i) => {
            const ref = itemRef(sessionRef, it);
            const title = titles.get(refKey(ref));
            const label = title ?? it.path;
            return (
              <li key={`${i}:${refKey(ref)}`} className={`session-item${title ? '' : ' is-missing'}`} data-testid="session-item">
                <span className="session-item-order">{t('session.order', { n: i + 1 })}</span>
                <span className="session-item-title">
                  {label}
                  <small>{title ? it.path : t('session.missing', { path: it.path })}</small>
                </span>
                <InputNumber
                  min={1}
                  max={999}
                  precision={0}
                  value={it.minutes ?? null}
                  onChange={(v) => edit((s) => setMinutes(s, i, v))}
                  suffix={t('session.minutes')}
                  aria-label={t('session.minutesFor', { title: label })}
                  style={{ width: 110 }}
                  data-testid="session-minutes"
                />
                <Button icon={<ArrowUpOutlined />} aria-label={t('session.moveUp', { title: label })} disabled={i === 0} onClick={() => edit((s) => moveItem(s, i, -1))} />
                <Button icon={<ArrowDownOutlined />} aria-label={t('session.moveDown', { title: label })} disabled={i === session.items.length - 1} onClick={() => edit((s) => moveItem(s, i, 1))} data-testid="session-move-down" />
                <Button icon={<DeleteOutlined />} aria-label={t('session.remove', { title: label })} onClick={() => edit((s) => removeItem(s, i))} />
              </li>
            );
          })}
        </ol>
        <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginTop: 12 }}>
          <Select
            style={{ flex: 1 }}
            value={null}
            placeholder={t('session.addPlaceholder')}
            aria-label={t('session.add')}
            showSearch={{ optionFilterProp: 'label' }}
            options={library.filter((e) => !inSession.has(refKey(e.ref))).map((e) => ({ value: refKey(e.ref), label: `${e.title} · ${e.ref.path}` }))}
            onChange={(v: string | null) => {
              const e = library.find((x) => refKey(x.ref) === v);
              if (e) edit((s) => addItem(s, itemOf(sessionRef, e.ref)));
            }}
            data-testid="session-add"
          />
          <Typography.Text type="secondary" data-testid="session-total">
            {t('session.total', { count: session.items.length, minutes: sessionMinutes(session) })}
          </Typography.Text>
        </div>
      </fieldset>
      {exporting && <ExportDialog open deck={exporting} deckRef={sessionRef} onClose={() => setExporting(null)} masthead={{ unit: m.unit, date: m.date }} />}
    </main>
  );
}
