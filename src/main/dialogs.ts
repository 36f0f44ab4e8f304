/**
 * The operations that need native dialogs: open an article, save exported bytes,
 * and show a file just exported in the system's file manager.
 */
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { BrowserWindow, Dialog, FileFilter, Shell } from 'electron';
import { ARTICLE_EXTENSIONS } from '../core/article/detect-format';
import { HostError } from '../core/contract';
import type { HostSpecific } from '../node/services';
import { writeFileAtomic } from '../node/atomic-write';
import { fsError } from '../node/host-errors';

export const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

const FILTERS: Record<'docx' | 'pptx' | 'pdf' | 'html' | 'md' | 'zip', FileFilter> = {
  docx: { name: 'Word 文档', extensions: ['docx'] },
  pptx: { name: 'PowerPoint 演示文稿', extensions: ['pptx'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  html: { name: 'HTML', extensions: ['html'] },
  md: { name: 'Markdown', extensions: ['md'] },
  zip: { name: 'ZIP', extensions: ['zip'] },
};

export function dialogOps(
  dialog: Dialog,
  window: () => BrowserWindow | null,
  defaultDir: () => string,
  shell?: Pick<Shell, 'showItemInFolder'>,
): HostSpecific {
  // Only files this run saved can be revealed: a path from the renderer is never trusted on its own.
  const saved = new Set<string>();
  return {
    'file/reveal': async ({ path }) => {
      if (!saved.has(path) || !shell) {
        throw new HostError('NOT_EXPORTED', {
          zh: '只能打开本次导出文件所在的文件夹。',
          en: 'Only the folder of a file exported in this session can be opened.',
        });
      }
      shell.showItemInFolder(path);
      return null;
    },
    'file/openArticle': async () => {
      const win = window();
      const opts = {
        title: '导入文章',
        properties: ['openFile' as const],
        filters: [
          { name: '文章（txt、Markdown、Word、PDF、网页）', extensions: [...ARTICLE_EXTENSIONS] },
          { name: '所有文件', extensions: ['*'] },
        ],
      };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      const file = r.canceled ? undefined : r.filePaths[0];
      if (!file) return null;
      const st = await fs.stat(file).catch((e) => {
        throw fsError(e, { zh: '读取文件', en: 'Reading the file' });
      });
      if (st.size > MAX_ARTICLE_BYTES) {
        throw new HostError('TOO_LARGE', {
          zh: `文件过大（${(st.size / 1048576).toFixed(1)} MB），上限为 64 MB。`,
          en: `The file is too large (${(st.size / 1048576).toFixed(1)} MB); the limit is 64 MB.`,
        });
      }
      const bytes = await fs.readFile(file);
      return { name: basename(file), base64: bytes.toString('base64') };
    },
    'file/saveBytes': async (a) => {
      const win = window();
      const opts = { title: '导出', defaultPath: `${defaultDir()}/${a.suggestedName}`, filters: [FILTERS[a.kind]] };
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      if (r.canceled || !r.filePath) return null;
      await writeFileAtomic(r.filePath, Buffer.from(a.base64, 'base64')).catch((e) => {
        throw fsError(e, { zh: '导出文件', en: 'Exporting' });
      });
      saved.add(r.filePath);
      return { path: r.filePath, name: basename(r.filePath) };
    },
  };
}
