/**
 * The application menu, in Chinese (English when the user chose it). Built as a
 * plain template so a test can read it without Electron; each item either sends
 * a command to the focused window or uses one of Electron's roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../core/contract-channels';

type Lang = 'zh-CN' | 'en';
const L = (lang: Lang, zh: string, en: string) => (lang === 'zh-CN' ? zh : en);

export function menuTemplate(lang: Lang, send: (cmd: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  const item = (zh: string, en: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: L(lang, zh, en),
    accelerator,
    click: () => send(cmd),
  });
  return [
    {
      label: L(lang, '文件(&F)', '&File'),
      submenu: [
        item('新建演示稿', 'New Deck', 'new', 'CmdOrCtrl+N'),
        item('打开演示稿…', 'Open Deck…', 'open', 'CmdOrCtrl+O'),
        item('导入文章…', 'Import Article…', 'import', 'CmdOrCtrl+I'),
        { type: 'separator' },
        item('保存', 'Save', 'save', 'CmdOrCtrl+S'),
        item('另存为…', 'Save As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
        item('导出…', 'Export…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        isMac ? { role: 'close', label: L(lang, '关闭窗口', 'Close Window') } : { role: 'quit', label: L(lang, '退出', 'Quit') },
      ],
    },
    {
      label: L(lang, '编辑(&E)', '&Edit'),
      submenu: [
        item('撤销', 'Undo', 'undo', 'CmdOrCtrl+Z'),
        item('重做', 'Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut', label: L(lang, '剪切', 'Cut') },
        { role: 'copy', label: L(lang, '复制', 'Copy') },
        { role: 'paste', label: L(lang, '粘贴', 'Paste') },
        { role: 'selectAll', label: L(lang, '全选', 'Select All') },
        { type: 'separator' },
        item('查找和替换…', 'Find and Replace…', 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: L(lang, '视图(&V)', '&View'),
      submenu: [
        item('源码视图', 'Source View', 'toggleSource', 'CmdOrCtrl+/'),
        { type: 'separator' },
        // Text size is the interface's own setting (标准/大/特大, remembered), not Chromium's page zoom,
        // so the menu, the keys and the display settings panel all change the same thing.
        item('标准文字', 'Standard Text Size', 'textStandard', 'CmdOrCtrl+0'),
        item('放大文字', 'Larger Text', 'textLarger', 'CmdOrCtrl+='),
        item('缩小文字', 'Smaller Text', 'textSmaller', 'CmdOrCtrl+-'),
        { role: 'togglefullscreen', label: L(lang, '全屏', 'Full Screen') },
        { type: 'separator' },
        item('中文界面', 'Chinese Interface', 'language:zh-CN'),
        item('English Interface', 'English Interface', 'language:en'),
      ],
    },
    {
      label: L(lang, '放映(&P)', '&Present'),
      submenu: [
        item('从头开始', 'From Beginning', 'present', 'F5'),
        item('从当前幻灯片开始', 'From Current Slide', 'presentFromCurrent', 'Shift+F5'),
        item('演讲者视图', 'Presenter View', 'presenter', 'Alt+F5'),
      ],
    },
    {
      label: L(lang, '帮助(&H)', '&Help'),
      submenu: [item('键盘快捷键', 'Keyboard Shortcuts', 'shortcuts', 'F1'), item('关于简报工坊', 'About Briefing Studio', 'about')],
    },
  ];
}
