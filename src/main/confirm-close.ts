/**
 * The renderer asks before closing with unsaved edits through `beforeunload`;
 * Chromium shows no prompt of its own inside Electron, so main answers the
 * `will-prevent-unload` event with a native dialog. preventDefault() there means
 * "unload anyway".
 */
import type { Dialog, BrowserWindow } from 'electron';

type Lang = 'zh-CN' | 'en';

export function unloadPrompt(lang: Lang) {
  return lang === 'en'
    ? { buttons: ['Leave without saving', 'Stay'], title: 'Unsaved changes', message: 'This deck has changes that are not saved.', detail: 'They are kept in the draft and offered again next time you open the deck.' }
    : { buttons: ['不保存，离开', '留下'], title: '尚未保存', message: '演示稿有尚未保存的修改。', detail: '修改已保存在草稿中，下次打开该演示稿时可以恢复。' };
}

export function confirmCloseWithDialog(win: BrowserWindow, dialog: Pick<Dialog, 'showMessageBoxSync'>, lang: () => Lang): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const p = unloadPrompt(lang());
    const choice = dialog.showMessageBoxSync(win, { type: 'question', buttons: p.buttons, defaultId: 1, cancelId: 1, title: p.title, message: p.message, detail: p.detail, noLink: true });
    if (choice === 0) event.preventDefault();
  });
}
