import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialog } from 'electron';
import { parseArgs } from '../core/contract';
import { dialogOps } from './dialogs';

describe('file/reveal', () => {
  it('shows a file exported in this session in the file manager, and refuses any other path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reveal-'));
    const target = join(dir, '学习会-讲义.docx');
    const dialog = { showSaveDialog: async () => ({ canceled: false, filePath: target }) } as unknown as Dialog;
    const shown: string[] = [];
    const ops = dialogOps(dialog, () => null, () => dir, { showItemInFolder: (p: string) => void shown.push(p) });
    const [args] = parseArgs('file/saveBytes', [{ suggestedName: '学习会-讲义.docx', kind: 'docx', base64: 'UEs=' }]);
    const saved = await ops['file/saveBytes'](args);
    expect(readFileSync(target, 'latin1')).toBe('PK');
    await ops['file/reveal']!({ path: saved!.path });
    expect(shown).toEqual([target]);
    await expect(ops['file/reveal']!({ path: '/etc/passwd' })).rejects.toMatchObject({ code: 'NOT_EXPORTED' });
    expect(shown).toHaveLength(1);
  });
});
