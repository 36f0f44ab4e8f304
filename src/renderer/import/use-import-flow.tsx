/**
 * The import flow as a hook, so every entry point (toolbar button, menu,
 * Ctrl+I/Ctrl+O, drag and drop, paste) goes the same way: import in a worker
 * with progress and Cancel → review → generate. The screen that uses it shows
 * `review` in place of its own content while there is one, and `progress` always.
 */
import { useRef, useState, type ReactNode } from 'react';
import { Button, Modal, Progress, Typography, App as AntApp } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeckRef } from '../../core/contract';
import type { ThemeName } from '../../core/deck';
import { base64ToBytes } from '../../core/base64';
import { getHost, HostCallError } from '../host';
import { messageIn } from '../i18n';
import { importBatch, ImportCancelled, type ImportedSource, type ImportSource } from './import-client';
import { ImportReview, Later } from '../lazy-screens';
import { announce } from '../a11y/announce';

export interface ImportFlow {
  /** Open the host's file chooser (native dialog or file input) and import the file. */
  pick(): Promise<void>;
  /** Files dropped on the window. */
  files(files: File[]): Promise<void>;
  /** Text pasted on the screen, with the clipboard's HTML when it had some (kept like a .docx). */
  text(text: string, html?: string): Promise<void>;
  /** True while importing or reviewing: entry points should stay quiet. */
  busy: boolean;
  review: ReactNode | null;
  progress: ReactNode;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'importing'; done: number; total: number; current: string }
  | { kind: 'review'; sources: ImportedSource[] };

export function useImportFlow({ onCreated, defaultTheme }: { onCreated: (refs: DeckRef[]) => void; defaultTheme?: ThemeName }): ImportFlow {
  const { t, i18n } = useTranslation();
  const { modal, message } = AntApp.useApp();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const busy = stage.kind !== 'idle';
  // Entry points fire from window listeners; a ref answers "busy?" without re-subscribing them.
  const busyRef = useRef(false);
  busyRef.current = busy;

  const showFailures = (failed: Array<{ name: string; message: { zh: string; en: string } }>) => {
    announce([t('import.failedTitle', { count: failed.length }), ...failed.map((f) => messageIn(i18n.language, f.message))].join(' '), 'assertive');
    modal.error({
      title: t('import.failedTitle', { count: failed.length }),
      content: (
        <div data-testid="import-error">
          {failed.map((f, i) => (
            <Typography.Paragraph key={i}>
              {f.name ? (
                <>
                  <Typography.Text strong>{t('import.fileLabel', { name: f.name })}</Typography.Text>{' '}
                </>
              ) : null}
              {messageIn(i18n.language, f.message)}
            </Typography.Paragraph>
          ))}
        </div>
      ),
      okText: t('import.ok'),
    });
  };

  const run = async (sources: ImportSource[]) => {
    if (busyRef.current || sources.length === 0) return;
    busyRef.current = true;
    const ctl = new AbortController();
    abort.current = ctl;
    setStage({ kind: 'importing', done: 0, total: sources.length, current: sources[0]!.name });
    // Progress is spoken once per file (the dialog's text alone is not announced when it appears).
    const say = (done: number, total: number, name: string) =>
      announce(total > 1 ? t('import.progressMany', { n: Math.min(done + 1, total), total, name }) : t('import.progressOne', { name }));
    say(0, sources.length, sources[0]!.name);
    try {
      const results = await importBatch(
        sources,
        (done, total, current) => {
          setStage({ kind: 'importing', done, total, current });
          if (done < total) say(done, total, current);
        },
        ctl.signal,
      );
      const failed = results.filter((r) => !r.ok);
      if (failed.length === results.length) {
        setStage({ kind: 'idle' });
        showFailures(failed.map((f) => ({ name: f.name, message: f.error.message })));
      } else {
        // Partial failures are listed at the top of the review, beside what did import.
        setStage({ kind: 'review', sources: results });
        announce(t('import.reviewReady', { count: results.filter((r) => r.ok).length }));
      }
    } catch (e) {
      setStage({ kind: 'idle' });
      if (e instanceof ImportCancelled) {
        // Said plainly, so 取消 is not mistaken for a failure or for a deck made anyway.
        void message.info({ content: t('import.cancelled'), className: 'import-cancelled' });
        announce(t('import.cancelled'));
      } else showFailures([{ name: '', message: { zh: String(e), en: String(e) } }]);
    } finally {
      abort.current = null;
    }
  };

  const pick = async () => {
    if (busyRef.current) return;
    try {
      const opened = await getHost().api.file.openArticle();
      if (!opened) return;
      const bytes = base64ToBytes(opened.base64);
      await run([{ name: opened.name, bytes: bytes.buffer as ArrayBuffer }]);
    } catch (e) {
      showFailures([{ name: '', message: e instanceof HostCallError ? e.messages : { zh: String(e), en: String(e) } }]);
    }
  };

  const files = async (list: File[]) => {
    if (busyRef.current) return;
    const sources = await Promise.all(list.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
    await run(sources);
  };

  const text = async (s: string, html?: string) => {
    if (!s.trim()) return;
    await run([{ name: t('import.pastedName'), text: s, ...(html?.trim() ? { html } : {}) }]);
  };

  const pct = stage.kind === 'importing' ? Math.round((stage.done / stage.total) * 100) : 0;
  const progress = (
    <Modal
      open={stage.kind === 'importing'}
      title={t('import.importing')}
      destroyOnHidden
      closable={false}
      mask={{ closable: false }}
      footer={
        <Button data-testid="import-cancel" onClick={() => abort.current?.abort()}>
          {t('import.cancel')}
        </Button>
      }
    >
      {stage.kind === 'importing' && (
        <div data-testid="import-progress">
          <Typography.Paragraph>
            {stage.total > 1
              ? t('import.progressMany', { n: Math.min(stage.done + 1, stage.total), total: stage.total, name: stage.current })
              : t('import.progressOne', { name: stage.current })}
          </Typography.Paragraph>
          {/* One file has no meaningful percentage: an active bar says "working". */}
          <Progress percent={stage.total > 1 ? pct : 99} status="active" showInfo={stage.total > 1} />
        </div>
      )}
    </Modal>
  );

  const review =
    stage.kind === 'review' ? (
      <Later>
      <ImportReview
        sources={stage.sources}
        defaultTheme={defaultTheme}
        onCancel={() => setStage({ kind: 'idle' })}
        onCreated={(refs) => {
          setStage({ kind: 'idle' });
          onCreated(refs);
        }}
      />
      </Later>
    ) : null;

  return { pick, files, text, busy, review, progress };
}
