/**
 * The application menu, in Chinese (English when the user chose it). Built as a
 * plain template so a test can read it without Electron; each item either sends
 * a command to the focused window or uses one of Electron's roles. Its keys come
 * from the one command list (core/command-list.ts), written as Electron accelerators:
 * the first key on the item, any others on hidden items beside it.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../core/contract-channels';
import { keysOf, type CommandName } from '../core/command-list';

/** The command of the list whose keys a menu item carries (items without one have no key). */
const KEYS_OF: Partial<Record<MenuCommand, CommandName>> = {
  new: 'newDeck',
  open: 'openDeck',
  save: 'save',
  saveAs: 'saveAs',
  export: 'export',
  undo: 'undo',
  redo: 'redo',
  find: 'find',
  toggleSource: 'toggleSource',
  textStandard: 'textStandard',
  textLarger: 'textLarger',
  textSmaller: 'textSmaller',
  present: 'present',
  presentFromCurrent: 'presentFromCurrent',
  presenter: 'presenterView',
  shortcuts: 'help',
};

const KEY_NAMES: Record<string, string> = { Mod: 'CmdOrCtrl', ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right', Escape: 'Esc', '+': 'Plus', ' ': 'Space' };

/** A command-list key ("Mod+Shift+S", "Alt+ArrowUp") as an Electron accelerator ("CmdOrCtrl+Shift+S", "Alt+Up"). */
export function electronAccelerator(key: string): string {
  // The last part may itself be "+" ("Mod++"): split on the separators only.
  const parts = key.split(/\+(?=.)/u);
  return parts.map((p) => KEY_NAMES[p] ?? (p.length === 1 ? p.toUpperCase() : p)).join('+');
}

/** The accelerators of a menu command, from the command list. */
export function acceleratorsOf(cmd: MenuCommand): string[] {
  const id = KEYS_OF[cmd];
  return id ? keysOf(id).map(electronAccelerator) : [];
}

type Lang = 'zh-CN' | 'en';
const L = (lang: Lang, zh: string, en: string) => (lang === 'zh-CN' ? zh : en);

export function menuTemplate(lang: Lang, send: (cmd: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  /** The item, and its command's other keys (Ctrl+Y for redo, F1 for help) on hidden items that send the same. */
  const item = (zh: string, en: string, cmd: MenuCommand): MenuItemConstructorOptions[] => {
    const [accelerator, ...more] = acceleratorsOf(cmd);
    const label = L(lang, zh, en);
    return [
      { label, accelerator, click: () => send(cmd) },
      ...more.map((k): MenuItemConstructorOptions => ({ label, accelerator: k, visible: false, acceleratorWorksWhenHidden: true, click: () => send(cmd) })),
    ];
  };
  return [
    {
      label: L(lang, '文件(&F)', '&File'),
      submenu: [
        ...item('新建演示稿', 'New Deck', 'new'),
        ...item('打开演示稿…', 'Open Deck…', 'open'),
        ...item('导入文章…', 'Import Article…', 'import'),
        { type: 'separator' },
        ...item('保存', 'Save', 'save'),
        ...item('另存为…', 'Save As…', 'saveAs'),
        ...item('导出…', 'Export…', 'export'),
        { type: 'separator' },
        isMac ? { role: 'close', label: L(lang, '关闭窗口', 'Close Window') } : { role: 'quit', label: L(lang, '退出', 'Quit') },
      ],
    },
    {
      label: L(lang, '编辑(&E)', '&Edit'),
      submenu: [
        ...item('撤销', 'Undo', 'undo'),
        ...item('重做', 'Redo', 'redo'),
        { type: 'separator' },
        { role: 'cut', label: L(lang, '剪切', 'Cut') },
        { role: 'copy', label: L(lang, '复制', 'Copy') },
        { role: 'paste', label: L(lang, '粘贴', 'Paste') },
        { role: 'selectAll', label: L(lang, '全选', 'Select All') },
        { type: 'separator' },
        ...item('查找和替换…', 'Find and Replace…', 'find'),
      ],
    },
    {
      label: L(lang, '视图(&V)', '&View'),
      submenu: [
        ...item('源码视图', 'Source View', 'toggleSource'),
        { type: 'separator' },
        // Text size is the interface's own setting (标准/大/特大, remembered), not Chromium's page zoom,
        // so the menu, the keys and the display settings panel all change the same thing.
        ...item('标准文字', 'Standard Text Size', 'textStandard'),
        ...item('放大文字', 'Larger Text', 'textLarger'),
        ...item('缩小文字', 'Smaller Text', 'textSmaller'),
        { role: 'togglefullscreen', label: L(lang, '全屏', 'Full Screen') },
        { type: 'separator' },
        ...item('中文界面', 'Chinese Interface', 'language:zh-CN'),
        ...item('English Interface', 'English Interface', 'language:en'),
      ],
    },
    {
      label: L(lang, '放映(&P)', '&Present'),
      submenu: [
        ...item('从头开始', 'From Beginning', 'present'),
        ...item('从当前幻灯片开始', 'From Current Slide', 'presentFromCurrent'),
        ...item('演讲者视图', 'Presenter View', 'presenter'),
      ],
    },
    {
      label: L(lang, '帮助(&H)', '&Help'),
      submenu: [...item('键盘快捷键', 'Keyboard Shortcuts', 'shortcuts'), ...item('关于简报工坊', 'About Briefing Studio', 'about')],
    },
  ];
}
