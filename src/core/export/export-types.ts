import type { Article } from '../article/types';
import type { Deck } from '../deck/model';
import type { ExportOptions } from './export-options';
import type { JobProgress } from '../contract-jobs';
import type { CustomTheme } from '../theme/custom-theme';

/**
 * Reads an image a slide refers to (a path relative to the deck, e.g.
 * "wujin.assets/map.png"). Core cannot read files: the CLI passes a file-system
 * loader, the renderer one that goes through the host.
 */
export type AssetLoader = (src: string) => Promise<Uint8Array | null> | Uint8Array | null;

export interface ExportResources {
  assets?: AssetLoader;
  /** Pictures of the slides (PNG/JPEG), by slide index, for the handout. */
  slidePictures?: ReadonlyArray<Uint8Array | null | undefined>;
  /** A Word template (.docx with {{正文}} …) to write the briefing into instead of the generated layout. */
  wordTemplate?: Uint8Array;
  /** Stops the export between steps (a Web Worker is simply terminated; this serves Node and the main-thread fallback). */
  signal?: AbortSignal;
  /** Slides done of all, then package parts written: a long deck's export shows it is moving. */
  progress?: (p: JobProgress) => void;
  /** The article saved with the deck (<deck>.assets/article.json): the briefings follow its structure. */
  article?: Article | null;
  /** The unit's own slide theme (host's theme/get), for a deck whose theme is 'custom'; absent: the default theme. */
  customTheme?: CustomTheme | null;
}

export type Exporter = (deck: Deck, options: ExportOptions, resources?: ExportResources) => Promise<Uint8Array>;
