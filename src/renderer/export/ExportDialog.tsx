/**
 * Export a deck: Word briefing (full text, key points, speaker handout),
 * PowerPoint, and whatever other format core/export registers in `exporters`.
 * The Word options (GB/T 9704 or plain layout, 简报 masthead, 版记) are
 * remembered per deck in settings.exportOptions. The exporter runs here in the
 * renderer (core is pure); the bytes go out through the host's file.saveBytes
 * (a save dialog in Electron, a download in the browser edition).
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Checkbox, Input, InputNumber, Modal, Radio, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { announce } from '../a11y/announce';
import type { DeckRef } from '../../core/contract';
import { base64ToBytes, bytesToBase64 } from '../../core/base64';
import { imageSources, serializeDeck, type Deck } from '../../core/deck';
import { briefingHeaderSchema, exporters, formatChineseDate, type ExportFormat, type ExportOptions } from '../../core/export';

/** The masthead name core uses by default (学习简报): a document default, not interface text. */
const DEFAULT_HEADER_NAME = briefingHeaderSchema.parse({}).name;
import { getHost, HostCallError } from '../host';
import { messageIn } from '../i18n';
import { choiceKey, choiceOf, exportFileName, fileLabelOf, formatChoices, rememberedOptions, rememberKey, toStored, type FormatChoice } from './export-choices';
import { runExporter } from './run-exporter';
import { WordTemplatePicker } from './WordTemplatePicker';
import { ExportProgress } from './ExportProgress';
import { isCancelledError, JobCancelled, runJob } from '../../core/job-client';
import type { JobProgress } from '../../core/contract-jobs';
import { useSavedMessage } from './use-saved-message';
import { offerMasthead, rememberMasthead, type MastheadMemory } from './masthead-memory';
import './export.css';

const SAVE_KINDS = ['docx', 'pptx', 'pdf', 'html', 'md', 'zip'] as const;
type SaveKind = (typeof SAVE_KINDS)[number];

/**
 * `masthead`: what the masthead starts from where nothing was remembered (a study session's
 * 主办单位 and date).
 */
export function ExportDialog({ open, deck, deckRef, onClose, masthead }: { open: boolean; deck: Deck; deckRef: DeckRef | null; onClose: () => void; masthead?: { unit?: string; date?: string } }) {
  const { t, i18n } = useTranslation();
  const showSaved = useSavedMessage();
  const [options, setOptions] = useState<ExportOptions>(rememberedOptions(undefined));
  // A host-made format (PDF, HTML) chosen instead of the one in `options`, or null.
  const [hostChoice, setHostChoice] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  // Issue numbers and the issuing unit remembered across exports (第12期 → 第13期).
  const [memory, setMemory] = useState<MastheadMemory>({ issueNumbers: {}, issuingUnit: masthead?.unit ?? '', date: masthead?.date });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const stop = useRef<AbortController | null>(null);
  const choices = formatChoices();

  // Each time the dialog opens, start from what was used last time for this deck.
  useEffect(() => {
    if (!open) return;
    setError(null);
    setCancelled(null);
    setLoaded(false);
    let live = true;
    getHost()
      .api.settings.get()
      .then((s) => {
        if (!live) return;
        const remembered = rememberedOptions(deckRef ? s.exportOptions[rememberKey(deckRef)] : undefined);
        const mem = { issueNumbers: s.issueNumbers, issuingUnit: masthead?.unit || s.issuingUnit, date: masthead?.date };
        setMemory(mem);
        setOptions(remembered.header ? { ...remembered, header: offerMasthead(remembered.header, mem) } : remembered);
        const last = deckRef ? s.exportOptions[choiceKey(deckRef)] : undefined;
        setHostChoice(typeof last === 'string' && choices.some((c) => c.id === last && c.host) ? last : null);
      })
      .catch(() => live && setOptions(rememberedOptions(undefined)))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [open, deckRef?.root, deckRef?.path]); // eslint-disable-line react-hooks/exhaustive-deps

  const set = (patch: Partial<ExportOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const setHeader = (patch: Partial<NonNullable<ExportOptions['header']>>) =>
    setOptions((o) => ({ ...o, header: { name: DEFAULT_HEADER_NAME, ...o.header, ...patch } }));
  const setDistribution = (patch: Partial<NonNullable<ExportOptions['distribution']>>) =>
    setOptions((o) => ({ ...o, distribution: { ...o.distribution, ...patch } }));

  const choiceLabel = (c: FormatChoice) =>
    c.kind
      ? t(`export.kinds.${c.kind}`)
      : c.variant
        ? t(`export.formats.${c.format}-${c.variant}`)
        : t(`export.formats.${c.format}`, { defaultValue: exporters[c.format as ExportFormat]?.label ?? c.format });
  const current = choices.find((c) => c.id === (hostChoice ?? choiceOf(options))) ?? choices[0]!;
  const isWord = current.format === 'docx';

  /**
   * The deck's pictures, read through the host (only a saved deck has an assets folder).
   * A picture that cannot be read is left out of the document rather than failing the export.
   */
  const readAssets = async (): Promise<Record<string, Uint8Array>> => {
    if (!deckRef) return {};
    const out: Record<string, Uint8Array> = {};
    for (const src of imageSources(deck)) {
      if (/^(?:data|blob|https?):/i.test(src)) continue;
      const a = await getHost().api.deck.readAsset({ ref: deckRef, src }).catch(() => null);
      if (a) out[src] = base64ToBytes(a.base64);
    }
    return out;
  };

  /** Bytes, extension and file-name label of the chosen format. */
  const produce = async (final: ExportOptions, signal: AbortSignal): Promise<{ bytes: string; ext: string; label: string }> => {
    const api = getHost().api;
    if (current.host) {
      const text = serializeDeck(deck);
      const ref = deckRef ?? undefined;
      // A host job: named, followed (job/progress) and cancellable (job/cancel) through the host contract.
      const r = await runJob(
        api.job,
        (jobId) => (current.host === 'export/pdf' ? api.export.pdf({ text, variant: current.variant ?? 'slides', ref, jobId }) : api.export.html({ text, ref, jobId })),
        { signal, onProgress: setProgress },
      );
      return { bytes: r.base64, ext: current.format, label: fileLabelOf(current) };
    }
    const info = exporters[current.format as ExportFormat];
    // The unit's Word template, read through the host (the worker cannot call it).
    const tpl = current.format === 'docx' && final.wordTemplate ? base64ToBytes((await api.template.read(final.wordTemplate)).base64) : undefined;
    // The reviewed article saved with the deck gives the briefing its structure; decks without one use their slides.
    const article = isWord && deckRef ? await api.deck.readArticle(deckRef).catch(() => null) : null;
    // The unit's own slide theme, for a deck that names it (missing here: the exporter uses the default theme).
    const customTheme = current.format === 'pptx' && deck.meta.theme === 'custom' ? await api.theme.get().catch(() => null) : null;
    const bytes = await runExporter(current.format as ExportFormat, deck, final, await readAssets(), { wordTemplate: tpl, signal, onProgress: setProgress, article, customTheme });
    // The documents are Chinese whatever the interface language: so is the file name.
    return { bytes: bytesToBase64(bytes), ext: info.extension.replace(/^\./, ''), label: fileLabelOf(current) };
  };

  const run = async () => {
    setBusy(true);
    announce(t('export.working', { format: choiceLabel(current) }));
    setError(null);
    setCancelled(null);
    setProgress(null);
    const ctl = new AbortController();
    stop.current = ctl;
    try {
      const final: ExportOptions = current.host ? options : { ...options, format: current.format as ExportFormat, kind: current.kind ?? options.kind };
      const out = await produce(final, ctl.signal);
      // Cancelled at the last moment: the bytes are dropped, nothing is saved.
      if (ctl.signal.aborted) throw new JobCancelled();
      stop.current = null;
      const kind: SaveKind = (SAVE_KINDS as readonly string[]).includes(out.ext) ? (out.ext as SaveKind) : 'zip';
      const saved = await getHost().api.file.saveBytes({
        suggestedName: exportFileName(deck.meta.title, out.label, `.${out.ext}`),
        kind,
        base64: out.bytes,
      });
      if (deckRef || (final.header && isWord)) {
        // Remember only after a successful export: those are the options the user settled on.
        const s = await getHost().api.settings.get();
        await getHost().api.settings.set({
          ...(deckRef ? { exportOptions: { ...s.exportOptions, [rememberKey(deckRef)]: toStored(final), [choiceKey(deckRef)]: current.id } } : {}),
          ...(final.header && isWord ? rememberMasthead(final.header, s) : {}),
        });
      }
      if (saved) {
        showSaved(saved);
        onClose();
      }
    } catch (e) {
      if (isCancelledError(e)) {
        setCancelled(t('export.cancelled', { format: choiceLabel(current) }));
        announce(t('export.cancelled', { format: choiceLabel(current) }), 'assertive');
        return;
      }
      const detail = e instanceof HostCallError ? messageIn(i18n.language, e.messages) : e instanceof Error ? e.message : String(e);
      setError(t('export.failed', { format: choiceLabel(current), message: detail }));
      announce(t('export.failed', { format: choiceLabel(current), message: detail }), 'assertive');
    } finally {
      stop.current = null;
      setBusy(false);
      setProgress(null);
    }
  };

  const header = options.header;
  const dist = options.distribution;
  return (
    <Modal
      open={open}
      onCancel={busy ? undefined : onClose}
      title={t('export.title')}
      width={640}
      data-testid="export-dialog"
      mask={{ closable: !busy }}
      footer={[
        busy ? (
          // While the file is being made, 取消 stops it; once the save dialog is up, that dialog has its own.
          <Button key="stop" onClick={() => stop.current?.abort()} data-testid="export-cancel">
            {t('export.stop')}
          </Button>
        ) : (
          <Button key="cancel" onClick={onClose}>
            {t('export.cancel')}
          </Button>
        ),
        <Button key="go" type="primary" onClick={() => void run()} loading={busy} disabled={!loaded} data-testid="export-run">
          {t('export.run')}
        </Button>,
      ]}
    >
      <div className="export-form">
        <fieldset className="export-group">
          <legend>{t('export.format')}</legend>
          <Radio.Group
            value={current.id}
            onChange={(e) => {
              const c = choices.find((x) => x.id === e.target.value)!;
              if (c.host) setHostChoice(c.id);
              else {
                setHostChoice(null);
                set({ format: c.format as ExportFormat, ...(c.kind ? { kind: c.kind } : {}) });
              }
            }}
            className="export-formats"
            options={choices.map((c) => ({
              value: c.id,
              label: (
                <span>
                  {choiceLabel(c)}
                  <Typography.Text type="secondary" className="export-hint">
                    {t(`export.hints.${c.kind ?? c.id.replace(':', '-')}`, { defaultValue: '' })}
                  </Typography.Text>
                </span>
              ),
            }))}
          />
        </fieldset>

        {isWord && (
          <>
            <WordTemplatePicker value={options.wordTemplate} onChange={(wordTemplate) => set({ wordTemplate })} />
            <fieldset className="export-group">
              <legend>{t('export.style')}</legend>
              <Radio.Group
                value={options.style}
                onChange={(e) => set({ style: e.target.value as ExportOptions['style'] })}
                options={[
                  { value: 'official', label: t('export.styles.official') },
                  { value: 'plain', label: t('export.styles.plain') },
                ]}
              />
              {current.kind === 'full' && (
                <Checkbox checked={options.numberPoints} onChange={(e) => set({ numberPoints: e.target.checked })}>
                  {t('export.numberPoints')}
                </Checkbox>
              )}
            </fieldset>

            <fieldset className={header ? 'export-group' : 'export-group export-off'}>
              <legend>
                <label className="export-switch">
                  <Switch size="small" checked={!!header} onChange={(on) => set({ header: on ? offerMasthead({ name: DEFAULT_HEADER_NAME, ...options.header }, memory) : undefined })} data-testid="export-header-switch" />
                  {t('export.header')}
                </label>
              </legend>
              {header && (
                <div className="export-grid">
                  <label>
                    <span>{t('export.headerName')}</span>
                    <Input value={header.name} onChange={(e) => setHeader({ name: e.target.value })} data-testid="export-header-name" />
                  </label>
                  <label>
                    <span>{t('export.issue')}</span>
                    <InputNumber
                      min={1}
                      precision={0}
                      value={typeof header.issue === 'number' ? header.issue : header.issue ? Number(header.issue) || null : null}
                      onChange={(v) => setHeader({ issue: v ?? undefined })}
                      prefix={t('export.issuePrefix')}
                      suffix={t('export.issueSuffix')}
                      style={{ width: '100%' }}
                      data-testid="export-issue"
                    />
                  </label>
                  <label>
                    <span>{t('export.unit')}</span>
                    <Input value={header.unit ?? ''} onChange={(e) => setHeader({ unit: e.target.value })} placeholder={t('export.unitPlaceholder')} data-testid="export-unit" />
                  </label>
                  <label>
                    <span>{t('export.date')}</span>
                    <Input value={header.date ?? ''} onChange={(e) => setHeader({ date: e.target.value })} placeholder="2024-07-01" data-testid="export-date" />
                    {header.date && <Typography.Text type="secondary" className="export-hint">{formatChineseDate(header.date)}</Typography.Text>}
                  </label>
                </div>
              )}
            </fieldset>

            <fieldset className={dist ? 'export-group' : 'export-group export-off'}>
              <legend>
                <label className="export-switch">
                  <Switch size="small" checked={!!dist} onChange={(on) => set({ distribution: on ? { ...options.distribution } : undefined })} />
                  {t('export.distribution')}
                </label>
              </legend>
              {dist && (
                <div className="export-grid">
                  <label>
                    <span>{t('export.report')}</span>
                    <Input value={dist.report ?? ''} onChange={(e) => setDistribution({ report: e.target.value })} />
                  </label>
                  <label>
                    <span>{t('export.copyTo')}</span>
                    <Input value={dist.copyTo ?? ''} onChange={(e) => setDistribution({ copyTo: e.target.value })} />
                  </label>
                  <label>
                    <span>{t('export.sendTo')}</span>
                    <Input value={dist.sendTo ?? ''} onChange={(e) => setDistribution({ sendTo: e.target.value })} />
                  </label>
                  <label>
                    <span>{t('export.copies')}</span>
                    <InputNumber min={1} precision={0} value={dist.copies ?? null} onChange={(v) => setDistribution({ copies: v ?? undefined })} style={{ width: '100%' }} />
                  </label>
                </div>
              )}
            </fieldset>
          </>
        )}
        {!isWord && <Typography.Paragraph type="secondary">{t('export.themeFromDeck')}</Typography.Paragraph>}

        {busy && <ExportProgress label={t('export.working', { format: choiceLabel(current) })} progress={progress} />}
        {error && <Alert type="error" showIcon title={error} data-testid="export-error" />}
        {cancelled && <Alert type="info" showIcon title={cancelled} data-testid="export-cancelled" />}
      </div>
    </Modal>
  );
}
