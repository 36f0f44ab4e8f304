import { describe, it, expect, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { confirmCloseWithDialog } from './confirm-close';

function fakeWindow() {
  const webContents = new EventEmitter();
  return { win: { webContents } as unknown as BrowserWindow, webContents };
}

describe('confirm close with unsaved edits', () => {
  it('unloads only when the user chooses to leave', () => {
    const { win, webContents } = fakeWindow();
    const dialog = { showMessageBoxSync: vi.fn().mockReturnValueOnce(1).mockReturnValueOnce(0) };
    confirmCloseWithDialog(win, dialog, () => 'zh-CN');

    const stay = { preventDefault: vi.fn() };
    webContents.emit('will-prevent-unload', stay);
    expect(stay.preventDefault).not.toHaveBeenCalled();

    const leave = { preventDefault: vi.fn() };
    webContents.emit('will-prevent-unload', leave);
    expect(leave.preventDefault).toHaveBeenCalledOnce();
    expect(dialog.showMessageBoxSync.mock.calls[0]![1]).toMatchObject({ message: '演示稿有尚未保存的修改。', cancelId: 1 });
  });

  it('asks in English when the interface is English', () => {
    const { win, webContents } = fakeWindow();
    const dialog = { showMessageBoxSync: vi.fn().mockReturnValue(1) };
    confirmCloseWithDialog(win, dialog, () => 'en');
    webContents.emit('will-prevent-unload', { preventDefault: vi.fn() });
    expect(dialog.showMessageBoxSync.mock.calls[0]![1]).toMatchObject({ buttons: ['Leave without saving', 'Stay'] });
  });
});
