/**
 * The unit's Word templates (.docx with {{正文}} …), kept in the data folder's
 * word-templates/ so every export dialog and the CLI can offer them, beside the
 * example that ships in resources/word-templates (read-only). A template is
 * checked (zip guards, placeholders) before it is kept, so a kept one can be used.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HostError } from '../core/contract';
import type { WordTemplateEntry } from '../core/contract';
import { ImportError } from '../core/article/errors';
import { TemplateError, inspectWordTemplate } from '../core/export/docx-template';
import { writeFileAtomic } from './atomic-write';
import { fsError } from './host-errors';

const here = dirname(fileURLToPath(import.meta.url));
/** resources/word-templates of this checkout (the packaged app passes its resources folder). */
export const defaultWordTemplatesDir = resolve(here, '../../resources/word-templates');

/** ImportError / TemplateError → the contract's bilingual error. */
export function templateHostError(e: unknown): unknown {
  if (e instanceof TemplateError) return new HostError(e.code, e.messages);
  if (e instanceof ImportError) return new HostError(e.code, { zh: e.message.zh, en: e.message.en });
  return e;
}

/** A plain .docx file name a user may see; anything else is not a template of ours. */
function cleanName(name: string): string {
  const base = basename(name.replace(/\\/g, '/')).replace(/[\0<>:"|?*]/g, '').trim();
  const stem = base.replace(/\.docx$/i, '').slice(0, 100) || '模板';
  return `${stem}.docx`;
}

export class WordTemplateStore {
  constructor(
    private readonly userDir: string,
    private readonly builtinDir: string = defaultWordTemplatesDir,
  ) {}

  private async entries(dir: string, builtin: boolean): Promise<WordTemplateEntry[]> {
    const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => /\.docx$/i.test(n) && !n.startsWith('.')).sort((a, b) => a.localeCompare(b, 'zh-CN'));
    const out: WordTemplateEntry[] = [];
    for (const name of names) {
      try {
        const info = await inspectWordTemplate(new Uint8Array(await fs.readFile(join(dir, name))));
        out.push({ name, builtin, placeholders: info.placeholders });
      } catch {
        // A file dropped in by hand that is no template is not offered.
      }
    }
    return out;
  }

  async list(): Promise<WordTemplateEntry[]> {
    return [...(await this.entries(this.builtinDir, true)), ...(await this.entries(this.userDir, false))];
  }

  /** Check and keep a template; a template of the same name is replaced (the user chose the new one). */
  async import(name: string, bytes: Uint8Array): Promise<WordTemplateEntry> {
    const info = await inspectWordTemplate(bytes).catch((e: unknown) => {
      throw templateHostError(e);
    });
    const file = cleanName(name);
    try {
      await fs.mkdir(this.userDir, { recursive: true });
      await writeFileAtomic(join(this.userDir, file), bytes);
    } catch (e) {
      throw fsError(e, { zh: '保存 Word 模板', en: 'Saving the Word template' });
    }
    return { name: file, builtin: false, placeholders: info.placeholders };
  }

  async read(name: string, builtin: boolean): Promise<Uint8Array> {
    try {
      return new Uint8Array(await fs.readFile(join(builtin ? this.builtinDir : this.userDir, cleanName(name))));
    } catch {
      throw new HostError('TEMPLATE_MISSING', {
        zh: `找不到 Word 模板“${name}”（可能已被删除）。请重新选择模板。`,
        en: `The Word template “${name}” is gone (perhaps deleted). Choose a template again.`,
      });
    }
  }

  async remove(name: string): Promise<null> {
    await fs.rm(join(this.userDir, cleanName(name)), { force: true });
    return null;
  }
}
