/** Messages between the host and its deck-render worker thread (deck-render.ts ↔ deck-render-worker.ts). */
import type { SlideAspect } from '../core/deck/model';

export interface RenderRequest {
  text: string;
  mode: 'present' | 'print';
  printNotes?: boolean;
  themesDir?: string;
  /** The unit's own theme's CSS, for a deck whose theme is 'custom' (CustomThemeStore.css). */
  customCss?: string | null;
}

export type ToWorker = ({ type: 'start' } & RenderRequest) | { type: 'images'; images: Record<string, string> | undefined };

export type FromWorker =
  | { type: 'parsed'; sources: string[]; slides: number; aspect: SlideAspect | undefined }
  | { type: 'html'; html: string }
  | { type: 'error'; message: string };
