/**
 * Electron main: one hardened window, the app:// protocol, the Chinese menu and
 * the IPC channels of the host contract. Everything else is delegated to src/node.
 */
import { app, BrowserWindow, Menu, dialog, ipcMain, protocol, session, shell } from 'electron';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices, imageResolver } from '../node/services';
import { defaultPaths } from '../node/app-paths';
import { MENU_CHANNEL, type MenuCommand } from '../core/contract-channels';
import { registerIpc, makeTrustedOrigin } from './ipc';
import { secureWebPreferences, hardenSession, hardenWebContents } from './security';
import { APP_SCHEME, APP_ORIGIN, respondAppUrl } from './app-protocol';
import { menuTemplate } from './menu';
import { dialogOps } from './dialogs';
import { confirmCloseWithDialog } from './confirm-close';
import { PresenterWindows } from './presenter-window';
import { electronPdfExport } from './pdf-export';
import { Library } from '../node/library';
import { CustomThemeStore } from '../node/custom-theme-store';
import { customCssFrom } from '../node/present-service';

const here = dirname(fileURLToPath(import.meta.url));
const log = (line: string) => console.log(`[main] ${line}`);
const devUrl = process.env.ELECTRON_RENDERER_URL ?? null;
const devOrigin = devUrl ? new URL(devUrl).origin : null;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.on('web-contents-created', (_e, contents) => {
    hardenWebContents(contents, (url) => url.startsWith(APP_ORIGIN + '/') || (devOrigin !== null && url.startsWith(devOrigin)), log);
  });

  app.whenReady().then(async () => {
    const rendererDir = join(here, '../renderer');
    protocol.handle(APP_SCHEME, (req) => respondAppUrl(rendererDir, req.url));
    hardenSession(session.defaultSession, devOrigin, log);

    const paths = defaultPaths(app.getAppPath(), {
      ...process.env,
      BRIEFING_BUILTIN_DIR: process.env.BRIEFING_BUILTIN_DIR ?? (app.isPackaged ? join(process.resourcesPath, 'slides') : undefined),
      BRIEFING_DATA_DIR: process.env.BRIEFING_DATA_DIR ?? app.getPath('userData'),
      BRIEFING_LIBRARY_DIR: process.env.BRIEFING_LIBRARY_DIR ?? join(app.getPath('documents'), '简报工坊'),
    });
    // Packaged: themes are an extra resource; from the source tree, resources/themes (present-assets' default).
    const themesDir = app.isPackaged ? join(process.resourcesPath, 'themes') : undefined;
    const presenter = new PresenterWindows({
      audienceWindow: () => mainWindow,
      preload: join(here, '../preload/index.cjs'),
      urlOf: (hash) => (devUrl ?? `${APP_ORIGIN}/index.html`) + hash,
      log,
    });
    const services = createServices(
      { roots: { builtin: paths.builtinDir, user: paths.userLibraryDir }, dataDir: paths.dataDir, host: 'electron', version: app.getVersion(), themesDir, wordTemplatesDir: app.isPackaged ? join(process.resourcesPath, 'word-templates') : undefined, moveToTrash: (p) => shell.trashItem(p) },
      {
        ...dialogOps(dialog, () => mainWindow, () => paths.userLibraryDir, shell),
        ...presenter.ops(),
        'export/pdf': electronPdfExport({
          themesDir,
          customCss: customCssFrom(() => new CustomThemeStore(paths.dataDir).css()),
          images: imageResolver(new Library({ builtin: paths.builtinDir, user: paths.userLibraryDir })),
        }),
      },
    );
    // The close prompt is shown synchronously, so main keeps the interface language at hand.
    let language = (await services['settings/get']()).language;
    const setSettings = services['settings/set'];
    services['settings/set'] = async (patch) => {
      const next = await setSettings(patch);
      language = next.language;
      return next;
    };
    const trusted = makeTrustedOrigin([APP_ORIGIN, ...(devOrigin ? [devOrigin] : [])]);
    registerIpc(ipcMain, services, trusted, log);

    const send = (cmd: MenuCommand) => BrowserWindow.getFocusedWindow()?.webContents.send(MENU_CHANNEL, cmd);
    const settings = await services['settings/get']();
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(settings.language, send, process.platform === 'darwin')));

    mainWindow = new BrowserWindow({
      width: 1440,
      height: 900,
      minWidth: 960,
      minHeight: 600,
      title: '简报工坊',
      show: false,
      backgroundColor: '#f5f5f5',
      webPreferences: secureWebPreferences(join(here, '../preload/index.cjs')),
    });
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    confirmCloseWithDialog(mainWindow, dialog, () => language);
    mainWindow.on('closed', () => {
      mainWindow = null;
      presenter.close();
    });
    await mainWindow.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
