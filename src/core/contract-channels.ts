/**
 * The names of every host operation, as plain data. The preload script builds
 * window.briefing from this list and must not pull in zod (a sandboxed preload
 * can only require 'electron'), so the names live apart from the schemas in
 * contract.ts; a test checks the two lists agree.
 */
export const OPERATIONS = [
  'app/info',
  'library/list',
  'deck/read',
  'deck/write',
  'deck/create',
  'deck/createMany',
  'deck/rename',
  'deck/duplicate',
  'deck/trash',
  'deck/stat',
  'deck/writeAsset',
  'deck/readAsset',
  'session/read',
  'session/write',
  'session/create',
  'deck/readArticle',
  'draft/save',
  'draft/load',
  'draft/discard',
  'draft/list',
  'settings/get',
  'settings/set',
  'file/saveBytes',
  'file/openArticle',
  'file/reveal',
  'article/readDoc',
  'present/openPresenter',
  'present/closePresenter',
  'present/swapDisplays',
  'present/setFullScreen',
  'export/pdf',
  'export/html',
  'template/list',
  'template/import',
  'template/read',
  'template/remove',
  'theme/get',
  'theme/set',
  'theme/remove',
  'job/progress',
  'job/cancel',
] as const;

export type OperationName = (typeof OPERATIONS)[number];

/** IPC channel for an operation: every channel the app registers starts with this prefix. */
export const CHANNEL_PREFIX = 'app:';
export const channelOf = (op: OperationName): string => CHANNEL_PREFIX + op;

/** Commands the application menu sends to the renderer (main → renderer, one channel). */
export const MENU_COMMANDS = [
  'new',
  'open',
  'import',
  'save',
  'saveAs',
  'export',
  'undo',
  'redo',
  'find',
  'present',
  'presentFromCurrent',
  'presenter',
  'toggleSource',
  'shortcuts',
  'about',
  'language:zh-CN',
  'language:en',
  'textLarger',
  'textSmaller',
  'textStandard',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_CHANNEL = 'app:menu';
