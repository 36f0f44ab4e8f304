/// <reference lib="webworker" />
/**
 * Runs a core exporter off the main thread: building a Word or PowerPoint file
 * for a long deck takes seconds of CPU, during which the window (and the
 * dialog's progress bar) must stay alive. Progress goes back as messages;
 * cancelling terminates this worker.
 */
import type { Article } from '../../core/article/types';
import type { Deck } from '../../core/deck';
import type { JobProgress } from '../../core/contract-jobs';
import { exporters, type ExportFormat, type ExportOptions } from '../../core/export';
import type { CustomTheme } from '../../core/theme/custom-theme';

export interface ExportJob {
  id: number;
  format: ExportFormat;
  deck: Deck;
  options: ExportOptions;
  /** The deck's pictures by their Markdown src, read through the host beforehand (a worker cannot call it). */
  assets?: Record<string, Uint8Array>;
  /** The chosen Word template's bytes (read through the host beforehand). */
  wordTemplate?: Uint8Array;
  /** The reviewed article saved with the deck (deck/readArticle): the briefings follow its structure. */
  article?: Article | null;
  /** The unit's own slide theme, for a deck whose theme is 'custom' (read through the host beforehand). */
  customTheme?: CustomTheme | null;
}
export type ExportReply =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; message: string }
  | { id: number; progress: JobProgress };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (ev: MessageEvent<ExportJob>) => {
  const { id, format, deck, options, assets, wordTemplate, article, customTheme } = ev.data;
  try {
    const bytes = await exporters[format].exporter(deck, options, {
      assets: (src) => assets?.[src] ?? null,
      article,
      customTheme,
      progress: (progress) => scope.postMessage({ id, progress } satisfies ExportReply),
      ...(wordTemplate ? { wordTemplate } : {}),
    });
    scope.postMessage({ id, ok: true, bytes } satisfies ExportReply, [bytes.buffer as ArrayBuffer]);
  } catch (e) {
    scope.postMessage({ id, ok: false, message: e instanceof Error ? e.message : String(e) } satisfies ExportReply);
  }
};
