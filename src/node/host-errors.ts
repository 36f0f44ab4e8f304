/** Turn filesystem failures into messages a user can act on, in both languages. */
import { HostError } from '../core/contract';

export function fsError(e: unknown, what: { zh: string; en: string }): HostError {
  const code = (e as NodeJS.ErrnoException)?.code ?? 'EIO';
  const why: Record<string, { zh: string; en: string }> = {
    ENOSPC: { zh: '磁盘已满', en: 'the disk is full' },
    EDQUOT: { zh: '磁盘配额已满', en: 'the disk quota is exceeded' },
    EACCES: { zh: '没有写入权限', en: 'permission denied' },
    EPERM: { zh: '没有写入权限', en: 'permission denied' },
    EROFS: { zh: '文件夹是只读的', en: 'the folder is read-only' },
    ENOENT: { zh: '文件或文件夹不存在（可能已被移动或删除）', en: 'the file or folder no longer exists' },
  };
  const w = why[code] ?? { zh: `系统错误 ${code}`, en: `system error ${code}` };
  return new HostError(`FS_${code}`, {
    zh: `${what.zh}失败：${w.zh}。您的修改仍保留在编辑器和草稿中。`,
    en: `${what.en} failed: ${w.en}. Your edits are still in the editor and in the draft.`,
  });
}
