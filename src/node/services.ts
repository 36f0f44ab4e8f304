/**
 * The services behind the host contract, shared by Electron main and the browser
 * edition's server. Both hosts validate arguments with the contract's schemas and
 * then call `services[op](...args)`; operations that need a native dialog are
 * supplied by the host itself (see HostSpecific).
 */
import { HostError, type DeckRef, type ServiceTable } from '../core/contract';
import { Library, type LibraryRoots } from './library';
import { readAsset, writeAsset } from './deck-assets';
import { DraftStore } from './drafts';
import { removeStaleTemps } from './atomic-write';
import { SettingsStore } from './settings-store';
import { presentServices, noPresenterWindows } from './present-service';
import { imagesFromSources } from './deck-images';
import { createMany, duplicateDeck, renameDeck, trashDeck, trashFolder, type MoveToTrash } from './deck-files';
import { readDocForHost } from './article-file';
import { WordTemplateStore } from './word-templates';
import { sessionServices } from './session-store';
import { readSavedArticle, writeSavedArticle } from './saved-article';
import { CustomThemeStore } from './custom-theme-store';
import { customCssFrom } from './present-service';

export interface ServiceConfig {
  roots: LibraryRoots;
  dataDir: string;
  host: 'electron' | 'web';
  version: string;
  /** Theme CSS folder for PDF/HTML export; resources/themes of the checkout by default. */
  themesDir?: string;
  /** The shipped Word templates; resources/word-templates of the checkout by default. */
  wordTemplatesDir?: string;
  /** Where a deleted deck goes: the system trash in Electron; by default a trash folder in dataDir. */
  moveToTrash?: MoveToTrash;
}

export type HostSpecific = Pick<ServiceTable, 'file/saveBytes' | 'file/openArticle'> & Partial<Pick<ServiceTable, 'file/reveal'>>;

/** Operations a desktop host provides itself: presenter windows, full screen, printToPDF. */
export type PresentHostOps = Pick<
  ServiceTable,
  'present/openPresenter' | 'present/closePresenter' | 'present/swapDisplays' | 'present/setFullScreen' | 'export/pdf'
>;

export function createServices(cfg: ServiceConfig, hostSpecific?: Partial<HostSpecific & PresentHostOps>): ServiceTable {
  // Backups of replaced deck versions live in the data folder, not among the user's files.
  const library = new Library(cfg.roots, { backupDir: cfg.dataDir + '/backups' });
  const drafts = new DraftStore(cfg.dataDir + '/drafts');
  // Temporary files of saves a kill interrupted are removed on the next start.
  void library.removeStaleTemps().catch(() => {});
  void removeStaleTemps(cfg.dataDir + '/drafts').catch(() => {});
  const settings = new SettingsStore(cfg.dataDir);
  const templates = new WordTemplateStore(cfg.dataDir + '/word-templates', cfg.wordTemplatesDir);
  const customTheme = new CustomThemeStore(cfg.dataDir);
  const present = presentServices(cfg.themesDir, imageResolver(library), customCssFrom(() => customTheme.css()));
  const unsupported = (op: string) => async (): Promise<never> => {
    throw new HostError('UNSUPPORTED', {
      zh: `此版本不支持该操作：${op}`,
      en: `This edition does not support ${op}`,
    });
  };
  return {
    'app/info': async () => ({
      host: cfg.host,
      version: cfg.version,
      platform: process.platform,
      libraryDir: library.rootDir('user'),
    }),
    'library/list': () => library.list(),
    'deck/read': (ref) => library.read(ref),
    'deck/write': (a) => library.write(a.ref, a.text, a.expectedVersion),
    'deck/create': async (a) => {
      const made = await library.create(a.name, a.text);
      if (a.article) await writeSavedArticle(library, made.ref, a.article);
      return made;
    },
    'deck/createMany': (a) => createMany(library, a.decks),
    'deck/rename': (a) => renameDeck(library, a.ref, a.name),
    'deck/duplicate': (a) => duplicateDeck(library, a.ref, a.name),
    'deck/trash': (ref) => trashDeck(library, ref, cfg.moveToTrash ?? trashFolder(cfg.dataDir)),
    'deck/stat': (ref) => library.stat(ref),
    'deck/writeAsset': (a) => writeAsset(library, a),
    'deck/readAsset': (a) => readAsset(library, a),
    ...sessionServices(library),
    'deck/readArticle': (ref) => readSavedArticle(library, ref),
    'draft/save': (d) => drafts.save({ key: d.key, text: d.text, ref: d.ref ?? null, baseVersion: d.baseVersion ?? null }),
    'draft/load': (key) => drafts.load(key),
    'draft/discard': (key) => drafts.discard(key),
    'draft/list': () => drafts.list(),
    'settings/get': () => settings.get(),
    'settings/set': (patch) => settings.set(patch as never),
    'file/saveBytes': hostSpecific?.['file/saveBytes'] ?? unsupported('file/saveBytes'),
    'file/openArticle': hostSpecific?.['file/openArticle'] ?? unsupported('file/openArticle'),
    'file/reveal': hostSpecific?.['file/reveal'] ?? unsupported('file/reveal'),
    'article/readDoc': (a, job) => readDocForHost(a, job),
    'present/openPresenter': hostSpecific?.['present/openPresenter'] ?? noPresenterWindows('present/openPresenter'),
    'present/closePresenter': hostSpecific?.['present/closePresenter'] ?? noPresenterWindows('present/closePresenter'),
    'present/swapDisplays': hostSpecific?.['present/swapDisplays'] ?? noPresenterWindows('present/swapDisplays'),
    'present/setFullScreen': hostSpecific?.['present/setFullScreen'] ?? noPresenterWindows('present/setFullScreen'),
    'export/pdf': hostSpecific?.['export/pdf'] ?? present['export/pdf'],
    'export/html': present['export/html'],
    'template/list': () => templates.list(),
    'template/import': (a) => templates.import(a.name, Buffer.from(a.base64, 'base64')),
    'template/read': async (r) => ({ base64: Buffer.from(await templates.read(r.name, r.builtin)).toString('base64') }),
    'template/remove': (r) => (r.builtin ? Promise.resolve(null) : templates.remove(r.name)),
    'theme/get': () => customTheme.get(),
    'theme/set': (t) => customTheme.set(t),
    'theme/remove': () => customTheme.remove(),
  };
}

/** Pictures of a library deck for PDF/HTML export (by the sources its slides show): read beside the deck, inside its library root. */
export function imageResolver(library: Library) {
  return async (ref: DeckRef, sources: readonly string[]) => imagesFromSources(sources, await library.resolveRef(ref, true), library.rootDir(ref.root));
}
