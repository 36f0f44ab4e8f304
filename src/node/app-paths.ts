/** Where the app keeps things when run outside Electron (browser edition, CLI). */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface AppPaths {
  builtinDir: string;
  userLibraryDir: string;
  dataDir: string;
}

/** Env overrides let tests and portable installs point everything at one folder. */
export function defaultPaths(projectRoot: string, env: NodeJS.ProcessEnv = process.env): AppPaths {
  const home = homedir();
  const configBase =
    process.platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return {
    builtinDir: resolve(env.BRIEFING_BUILTIN_DIR ?? join(projectRoot, 'slides')),
    userLibraryDir: resolve(env.BRIEFING_LIBRARY_DIR ?? join(home, 'Documents', '简报工坊')),
    dataDir: resolve(env.BRIEFING_DATA_DIR ?? join(configBase, 'briefing-studio')),
  };
}
