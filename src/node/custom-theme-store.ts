/**
 * The unit's own slide theme on disk: one JSON file in the data folder, pictures
 * inside it as data: URLs (see core/theme/custom-theme.ts for why one file), written
 * atomically. A file that no longer parses (edited by hand, from a newer version)
 * reads as "no theme", so decks fall back to the default theme instead of breaking.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { HostError } from '../core/contract';
import { CustomThemeSchema, ThemeError, checkThemePictures, type CustomTheme } from '../core/theme/custom-theme';
import { customThemeCss } from '../core/theme/custom-theme-css';
import { writeFileAtomic } from './atomic-write';
import { fsError } from './host-errors';

export const CUSTOM_THEME_FILE = 'slide-theme.json';

export class CustomThemeStore {
  private readonly file: string;
  constructor(dataDir: string) {
    this.file = join(dataDir, CUSTOM_THEME_FILE);
  }

  async get(): Promise<CustomTheme | null> {
    const text = await fs.readFile(this.file, 'utf8').catch(() => null);
    if (text === null) return null;
    try {
      const r = CustomThemeSchema.safeParse(JSON.parse(text));
      return r.success ? r.data : null;
    } catch {
      return null;
    }
  }

  /** The theme's slide CSS for PDF/HTML export, or null when there is none. */
  async css(): Promise<string | null> {
    const t = await this.get();
    return t ? customThemeCss(t) : null;
  }

  async set(theme: CustomTheme): Promise<CustomTheme> {
    try {
      checkThemePictures(theme);
    } catch (e) {
      if (e instanceof ThemeError) throw new HostError(e.code, e.messages);
      throw e;
    }
    try {
      await fs.mkdir(join(this.file, '..'), { recursive: true });
      await writeFileAtomic(this.file, JSON.stringify(theme));
    } catch (e) {
      throw fsError(e, { zh: '保存幻灯片主题', en: 'Saving the slide theme' });
    }
    return theme;
  }

  async remove(): Promise<null> {
    await fs.rm(this.file, { force: true });
    return null;
  }
}
