/**
 * The application menu's keys come from the one command list (core/command-list.ts).
 * Electron itself is stubbed: the binary is not on the build machines.
 */
import { describe, it, expect, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_LIST } from '../core/command-list';
import type { MenuCommand } from '../core/contract-channels';
import { acceleratorsOf, electronAccelerator, menuTemplate } from './menu';

vi.mock('electron', () => ({}));

function items(lang: 'zh-CN' | 'en' = 'zh-CN'): Array<MenuItemConstructorOptions & { cmd?: MenuCommand }> {
  const sent: MenuCommand[] = [];
  const out: Array<MenuItemConstructorOptions & { cmd?: MenuCommand }> = [];
  for (const top of menuTemplate(lang, (c) => sent.push(c), false)) {
    for (const it of top.submenu as MenuItemConstructorOptions[]) {
      const before = sent.length;
      (it.click as (() => void) | undefined)?.();
      out.push({ ...it, cmd: sent.length > before ? sent.at(-1) : undefined });
    }
  }
  return out;
}

describe('the application menu', () => {
  it('writes command-list keys as Electron accelerators', () => {
    expect(electronAccelerator('Mod+Shift+S')).toBe('CmdOrCtrl+Shift+S');
    expect(electronAccelerator('Alt+ArrowUp')).toBe('Alt+Up');
    expect(electronAccelerator('Mod+/')).toBe('CmdOrCtrl+/');
    expect(electronAccelerator('Mod+-')).toBe('CmdOrCtrl+-');
    expect(electronAccelerator('Mod+=')).toBe('CmdOrCtrl+=');
    expect(electronAccelerator('Shift+F5')).toBe('Shift+F5');
    expect(electronAccelerator('Mod+m')).toBe('CmdOrCtrl+M');
    expect(electronAccelerator('Escape')).toBe('Esc');
  });

  it('takes every accelerator from the command list: the first key on the item, the others on hidden items', () => {
    const all = items();
    expect(all.filter((i) => i.accelerator).length).toBeGreaterThanOrEqual(15);
    const listed = new Set(COMMAND_LIST.flatMap((c) => c.keys.map(electronAccelerator)));
    for (const i of all) if (i.accelerator) expect(listed, `${i.label} ${i.accelerator}`).toContain(i.accelerator);
    const save = all.find((i) => i.cmd === 'save')!;
    expect(save.accelerator).toBe('CmdOrCtrl+S');
    // The shortcuts help and the menu agree: Ctrl+/ is the help, Ctrl+Shift+M the source view.
    expect(all.find((i) => i.cmd === 'shortcuts' && i.visible !== false)!.accelerator).toBe('CmdOrCtrl+/');
    expect(all.find((i) => i.cmd === 'toggleSource')!.accelerator).toBe('CmdOrCtrl+Shift+M');
    const redo = all.filter((i) => i.cmd === 'redo');
    expect(redo.map((i) => [i.accelerator, i.visible !== false])).toEqual([
      ['CmdOrCtrl+Shift+Z', true],
      ['CmdOrCtrl+Y', false],
    ]);
    expect(acceleratorsOf('shortcuts')).toEqual(['CmdOrCtrl+/', 'F1']);
  });

  it('no menu key takes a key the list gives another command (Ctrl+I is 强调 in a text field)', () => {
    const owner = new Map(COMMAND_LIST.flatMap((c) => c.keys.map((k) => [electronAccelerator(k), c.id] as const)));
    const accels = items().filter((i) => i.accelerator);
    expect(new Set(accels.map((i) => i.accelerator)).size).toBe(accels.length);
    expect(accels.map((i) => i.accelerator)).not.toContain('CmdOrCtrl+I');
    for (const i of accels) expect(owner.get(i.accelerator as string), String(i.label)).toBeDefined();
  });

  it('is the same menu in English', () => {
    const zh = items('zh-CN').map((i) => i.accelerator);
    expect(items('en').map((i) => i.accelerator)).toEqual(zh);
  });
});
